// Go's path package (slash-separated paths), which podman uses for mount destinations and unmask entries.
// On Linux filepath.Clean, filepath.Join and filepath.IsAbs are these same functions; filepath.h holds
// the two that differ (Abs, and Match's error reporting).
#pragma once

#include <string>
#include <string_view>

namespace specconf::goport {

// path.Clean (Go 1.19): the shortest equivalent path ("" → ".", "/a//b/../c/" → "/a/c").
std::string path_clean(std::string_view p);

// path.Join (Go 1.19) of two elements: the non-empty ones joined by "/" and cleaned; "" when both are empty.
std::string path_join(std::string_view a, std::string_view b);

// path.Base / filepath.Base: the last element once trailing slashes are gone ("" → ".", "/" → "/").
std::string path_base(std::string_view p);

// path.IsAbs (Go 1.19)
inline bool path_is_abs(std::string_view p) { return !p.empty() && p[0] == '/'; }

// The outcome of a glob match: Go's (matched bool, err error), err being only ever ErrBadPattern.
struct MatchResult {
  bool matched = false;
  bool bad_pattern = false;  // path.ErrBadPattern, "syntax error in pattern"
};

// path.Match (Go 1.19): like filepath_match, but when the name fails to match it still scans the rest
// of the pattern and reports a syntax error there.
MatchResult path_match(std::string_view pattern, std::string_view name);

}  // namespace specconf::goport
