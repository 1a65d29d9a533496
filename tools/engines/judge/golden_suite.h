// The golden group of `specconf conform`: every golden record of the chosen profiles (what real podman
// 4.3.1 stored or replied for a corpus request) against the engine's answer on the same request and
// host, compared by tools/diff under golden/README.md's rules. One testcase per record.
#pragma once

#include <string>
#include <vector>

#include "tools/engines/engine.h"
#include "tools/engines/judge/filter.h"
#include "tools/engines/judge/progress.h"
#include "tools/engines/judge/report.h"

namespace specconf::engine::judge {

struct GoldenOptions {
  std::string root;                   // the checkout: golden/<profile>/, golden/hosts/, corpus/specgen/
  std::vector<std::string> profiles;  // the golden/<profile>/ directories to run
  Filter only;
  std::string reproduce;  // the command line a failure's reproduce line starts with
};

// Fills `out` (name "golden"). An engine with a fixed host (podman:PROFILE) answers on that host; the
// donor ids in the records, which podman draws anew in every session, are mapped to the live ones by
// donor name first. Returns "" or an infrastructure error (a file that cannot be read).
std::string run_golden(Engine& engine, const GoldenOptions& options, Group& out, Progress& progress);

}  // namespace specconf::engine::judge
