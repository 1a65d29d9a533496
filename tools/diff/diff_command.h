// `specconf diff EXPECTED ACTUAL`: the semantic diff of two files, each an OCI spec, a golden record
// or an engine result.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace specconf::diff {

// `args` are the arguments after "diff". Prints one line per difference to stdout and returns 0 when
// the two match, 1 when they differ, 2 on a usage error or unusable input (one line on stderr naming
// the file).
int run_diff(const std::vector<std::string>& args);

// The same, writing to the given streams (for tests).
int run_diff(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace specconf::diff
