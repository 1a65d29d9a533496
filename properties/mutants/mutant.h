// Mutant engines: the reference with one realistic bug. Each mutant lives here, not in reference/: it runs
// the reference and then rewrites its result the way a port, a fork or an older podman gets one branch of
// SpecGenToOCI wrong (a flipped predicate, a step in the wrong place, a forgotten case), or re-runs the
// reference on a request with that one branch's input flipped. A mutant that does not apply to an input
// returns the reference's result unchanged. The kill matrix (properties/tests, docs/mutants.md) proves that
// the invariant catalog notices every one of them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"
#include "reference/pipeline/create.h"

namespace specconf::props::mut {

// What a mutant sees besides the reference's result: the inputs, and the request decoded as podman
// decodes it (mutants only run on bodies that decode).
struct MutantInput {
  const host::HostProfile& host;
  std::string_view body;
  const specgen::SpecGenerator& s;
};

struct Mutant {
  const char* name;    // kebab-case, stable: `specconf ... --engine mutant:NAME`
  const char* bug;     // the bug it simulates, one line
  const char* podman;  // the podman branch it breaks (file:line at aa47e05ae4) and any bug report behind it
  // Rewrites the reference's result for these inputs; leaves it as it is where the bug does not show.
  void (*apply)(const MutantInput& in, ref::CreateResult& result);
};

// Every mutant, in name order.
const std::vector<Mutant>& mutants();

// The mutant of that name, or nullptr.
const Mutant* find_mutant(std::string_view name);

// The mutant engine: the reference on (host, body), then the mutant's rewrite.
ref::CreateResult run_mutant(const Mutant& m, const host::HostProfile& host, std::string_view body);

// The same from a reference result already computed for (host, body): for running many mutants on one input.
ref::CreateResult mutate(const Mutant& m, const host::HostProfile& host, std::string_view body,
                         ref::CreateResult reference);

// `specconf list mutants`: one line per mutant, "NAME<TAB>bug".
std::string mutants_list();

}  // namespace specconf::props::mut
