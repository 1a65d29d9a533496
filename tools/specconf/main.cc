// specconf: conformance and fuzzing suite for podman's OCI spec generation.
#include <iostream>
#include <string>
#include <vector>

#include "tools/capture/capture_command.h"
#include "tools/capture/probe_command.h"
#include "tools/diff/diff_command.h"
#include "tools/specconf/cli.h"
#include "tools/specconf/commands.h"

namespace {

struct Command {
  const char* name;
  int (*run)(const std::vector<std::string>&);
  const char* summary;
};

const Command kCommands[] = {
    {"generate", specconf::cli::run_generate, "the reference engine: the spec podman would store for a request"},
    {"diff", [](const std::vector<std::string>& a) { return specconf::diff::run_diff(a); },
     "compare two specs or results under the golden comparison rules"},
    {"check", specconf::cli::run_check, "judge one engine result with the whole invariant catalog"},
    {"list", specconf::cli::run_list, "list the invariants (--markdown: the docs table)"},
    {"conform", specconf::cli::run_conform, "judge an engine: golden records, invariants, --vs another engine"},
    {"campaign", specconf::cli::run_campaign, "differential campaign of two engines on generated inputs, shrunk"},
    {"capture", specconf::capture::run_capture, "capture goldens from real podman (root; starts services)"},
    {"probe", specconf::capture::run_probe, "write the host profiles of the live podman services"},
};

void usage(std::ostream& os) {
  os << "usage: specconf <command> [options]   (specconf <command> --help for details)\n\ncommands:\n";
  for (const Command& c : kCommands) os << "  " << c.name << std::string(12 - std::string(c.name).size(), ' ') << c.summary << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h" ||
      std::string(argv[1]) == "help") {
    usage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? specconf::cli::kExitUsage : specconf::cli::kExitOk;
  }
  const std::string name = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  for (const Command& c : kCommands) {
    if (name != c.name) continue;
    try {
      return c.run(args);
    } catch (const specconf::cli::UsageError& e) {
      std::cerr << "specconf: " << e.message << "\n";
      return specconf::cli::kExitUsage;
    } catch (const std::exception& e) {
      std::cerr << "specconf: internal error: " << e.what() << "\n";
      return specconf::cli::kExitUsage;
    }
  }
  std::cerr << "specconf: unknown command \"" << name << "\"\n";
  usage(std::cerr);
  return specconf::cli::kExitUsage;
}
