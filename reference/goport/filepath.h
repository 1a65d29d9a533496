// Go's path/filepath package on Linux where it differs from path (see path.h for Clean, Join, IsAbs).
#pragma once

#include <string>
#include <string_view>

#include "reference/goport/path.h"

namespace specconf::goport {

// filepath.Abs (Go 1.19) with the process's working directory given, since os.Getwd is the host's and
// cannot fail here.
std::string filepath_abs(std::string_view p, std::string_view cwd);

// filepath.Match (Go 1.19), which podman's shouldMask applies to each unmask glob. Unlike path_match it
// stops at the first mismatch, so a malformed part of the pattern after it goes unreported. Work is
// O(|pattern|·|name|).
MatchResult filepath_match(std::string_view pattern, std::string_view name);

}  // namespace specconf::goport
