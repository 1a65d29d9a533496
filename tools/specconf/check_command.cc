// `specconf check --host HOST SPECGEN.json OUTCOME.json`: the whole invariant catalog on one engine result.
#include <iostream>

#include "properties/catalog/catalog.h"
#include "properties/catalog/outcome.h"
#include "reference/model/specgen_json.h"
#include "tools/specconf/cli.h"
#include "tools/specconf/commands.h"

namespace specconf::cli {

const char* const kCheckHelp = R"(usage: specconf check --host HOST SPECGEN.json OUTCOME.json

Judges one engine result with every invariant of the catalog (specconf list invariants).
  --host HOST    a built-in host profile (root-cgroupv1, root-cgroupv2, rootless-cgroupv1,
                 rootless-cgroupv2, rootless-3gids, rootless-4gids) or a HostProfile JSON file
  SPECGEN.json   the request body of POST /libpod/containers/create ("-" for stdin); a body that
                 does not decode is a valid request too (podman must reject it)
  OUTCOME.json   what the engine made of it ("-" for stdin): a spec, an engine result
                 {"spec": ...} / {"error": "..."}, or a golden record (golden/<profile>/<case>.json)

Exit status and output:
  0  every invariant holds; violations podman itself commits on such inputs (known podman bugs,
     docs/invariants.md) are reported on stderr as "specconf: known podman bug: ID: message"
  1  one line per violated invariant on stdout: "ID<TAB>message"
  2  unusable input (unreadable file, OUTCOME in none of the forms, bad host profile):
     stderr "specconf: <file>: <why>"
)";

int run_check(const std::vector<std::string>& args) {
  std::string host_arg;
  std::vector<std::string> files;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::cout << kCheckHelp;
      return kExitOk;
    } else if (a == "--host" && i + 1 < args.size()) {
      host_arg = args[++i];
    } else if (a.rfind("--host=", 0) == 0) {
      host_arg = a.substr(7);
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      throw UsageError{"check: unknown option " + a + " (see specconf check --help)"};
    } else {
      files.push_back(a);
    }
  }
  if (host_arg.empty() || files.size() != 2) throw UsageError{"check: need --host HOST, SPECGEN.json and OUTCOME.json (see --help)"};
  if (files[0] == "-" && files[1] == "-") throw UsageError{"check: only one of SPECGEN and OUTCOME can be stdin"};
  const host::HostProfile h = load_host(host_arg);
  const std::string body = read_input(files[0]);
  props::Outcome outcome;
  if (std::string err = props::parse_outcome(read_input(files[1]), outcome); !err.empty()) {
    throw UsageError{files[1] + ": " + err};
  }
  specgen::SpecGenerator s;
  const bool decoded = specgen::from_go_json(body, s).empty();
  const props::Judged j{h, body, decoded ? &s : nullptr, outcome.spec ? &*outcome.spec : nullptr, outcome.spec_json,
                        outcome.error};
  int failures = 0;
  for (const auto& v : props::check_all(j)) {
    if (v.known) {
      std::cerr << "specconf: known podman bug: " << v.id << ": " << v.message << "\n";
    } else {
      std::cout << v.id << "\t" << v.message << "\n";
      ++failures;
    }
  }
  return failures ? kExitFailed : kExitOk;
}

}  // namespace specconf::cli
