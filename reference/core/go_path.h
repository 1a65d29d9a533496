// Go's path package (slash-separated paths), which podman uses for mount destinations and unmask entries.
#pragma once

#include <string>
#include <string_view>

namespace specconf::ref {

// path.Clean: the shortest equivalent path ("" → ".", "/a//b/../c/" → "/a/c").
std::string go_path_clean(std::string_view p);

// path.Match / filepath.Match: shell glob match of `name` against `pattern`. Returns false on a
// malformed pattern and sets *bad_pattern (Go's ErrBadPattern) when given.
bool go_path_match(std::string_view pattern, std::string_view name, bool* bad_pattern = nullptr);

}  // namespace specconf::ref
