// The glob matcher that Go 1.19's path.Match and filepath.Match share on Linux. They differ only after a
// mismatch: path.Match goes on scanning the rest of the pattern for syntax errors, filepath.Match stops.
#pragma once

#include <string_view>

#include "reference/goport/path.h"

namespace specconf::goport::glob {

enum class RestOfPattern { kCheck, kIgnore };

// path.Match / filepath.Match (Go 1.19). Like Go it may report a match before it reaches a malformed
// part of the pattern.
MatchResult match(std::string_view pattern, std::string_view name, RestOfPattern rest);

}  // namespace specconf::goport::glob
