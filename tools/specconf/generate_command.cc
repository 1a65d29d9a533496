// `specconf generate --host HOST SPECGEN.json`: the reference engine on one request.
#include "tools/specconf/commands.h"

#include <iostream>

#include "reference/gojson/encoder.h"
#include "reference/model/oci_spec_json.h"
#include "reference/pipeline/create.h"
#include "tools/specconf/cli.h"
#include "reference/gojson/path_text.h"

namespace specconf::cli {

const char* const kGenerateHelp = R"(usage: specconf generate --host HOST [--compact] SPECGEN.json

Runs the reference engine: what podman would store for this request on this host.
  --host HOST   a built-in host profile (root-cgroupv1, root-cgroupv2, rootless-cgroupv1,
                rootless-cgroupv2, rootless-3gids, rootless-4gids) or a HostProfile JSON file
  --compact     print the spec exactly as podman stores it (one line) instead of indented
  SPECGEN.json  the request body of POST /libpod/containers/create ("-" for stdin)

Exit status and output:
  0  the spec, in Go's field order (json.MarshalIndent with a one-space indent), on stdout
  1  podman rejects the request: stderr "specconf: <podman's message>", nothing on stdout
  2  unusable input (unreadable file, not JSON, wrong types, bad host profile):
     stderr "specconf: <file>: <JSON path>: <error>"
)";

int run_generate(const std::vector<std::string>& args) {
  std::string host_arg, input;
  bool compact = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::cout << kGenerateHelp;
      return kExitOk;
    } else if (a == "--host" && i + 1 < args.size()) {
      host_arg = args[++i];
    } else if (a.rfind("--host=", 0) == 0) {
      host_arg = a.substr(7);
    } else if (a == "--compact") {
      compact = true;
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      throw UsageError{"generate: unknown option " + a + " (see specconf generate --help)"};
    } else if (input.empty()) {
      input = a;
    } else {
      throw UsageError{"generate: more than one SPECGEN file given"};
    }
  }
  if (host_arg.empty() || input.empty()) throw UsageError{"generate: need --host HOST and SPECGEN.json (see --help)"};
  const host::HostProfile h = load_host(host_arg);
  const std::string body = read_input(input);
  const ref::CreateResult r = ref::create_container(h, body);
  if (r.decode_error) throw UsageError{input + ": " + gojson::shown_path(r.error_path) + ": " + r.error};
  if (!r.ok()) {
    std::cerr << "specconf: " << r.error << "\n";
    return kExitFailed;
  }
  const std::string out = oci::to_go_json(*r.spec);
  std::cout << (compact ? out : gojson::go_indent(out, " ")) << "\n";
  return kExitOk;
}

}  // namespace specconf::cli
