// `specconf list KIND`: what specconf knows of a kind, one line per item. Kinds are a table so that other
// catalogs (mutant engines) join by adding a row.
#include <iostream>

#include "properties/catalog/catalog.h"
#include "properties/mutants/mutant.h"
#include "tools/specconf/cli.h"
#include "tools/specconf/commands.h"

namespace specconf::cli {

const char* const kListHelp = R"(usage: specconf list KIND [--markdown]

Lists what specconf knows of one kind, one line per item.
  invariants   the invariant catalog: "ID<TAB>statement" per invariant, in ID order
  --markdown   the full table instead (kind, podman branch, versions, host facts, known podman
               violations with reproducers): the text of docs/invariants.md
  mutants      the mutant engines (--engine mutant:NAME): "NAME<TAB>the bug it simulates" per mutant;
               --markdown adds the podman branch each one breaks (docs/mutants.md has the kill matrix)

Exit status: 0 listed; 2 unknown kind or option.
)";

namespace {

int list_invariants(bool markdown) {
  if (markdown) {
    std::cout << props::invariants_markdown();
    return kExitOk;
  }
  for (const auto& inv : props::catalog()) std::cout << inv.id << "\t" << inv.statement << "\n";
  return kExitOk;
}

int list_mutants(bool markdown) {
  if (!markdown) {
    std::cout << props::mut::mutants_list();
    return kExitOk;
  }
  std::cout << "| mutant | the bug it simulates | podman branch it breaks |\n|---|---|---|\n";
  for (const auto& m : props::mut::mutants()) std::cout << "| `" << m.name << "` | " << m.bug << " | " << m.podman << " |\n";
  return kExitOk;
}

struct ListKind {
  const char* name;
  int (*print)(bool markdown);
};

const ListKind kKinds[] = {
    {"invariants", list_invariants},
    {"mutants", list_mutants},
};

std::string kind_names() {
  std::string names;
  for (const auto& k : kKinds) names += (names.empty() ? "" : ", ") + std::string(k.name);
  return names;
}

}  // namespace

int run_list(const std::vector<std::string>& args) {
  std::string kind;
  bool markdown = false;
  for (const auto& a : args) {
    if (a == "--help" || a == "-h") {
      std::cout << kListHelp;
      return kExitOk;
    } else if (a == "--markdown") {
      markdown = true;
    } else if (!a.empty() && a[0] == '-') {
      throw UsageError{"list: unknown option " + a + " (see specconf list --help)"};
    } else if (kind.empty()) {
      kind = a;
    } else {
      throw UsageError{"list: more than one KIND given"};
    }
  }
  if (kind.empty()) throw UsageError{"list: need a KIND (" + kind_names() + ")"};
  for (const auto& k : kKinds) {
    if (kind == k.name) return k.print(markdown);
  }
  throw UsageError{"list: no \"" + kind + "\" yet (kinds: " + kind_names() + ")"};
}

}  // namespace specconf::cli
