// A decode error's JSON path as people read it in a one-line message.
#pragma once

#include <string>
#include <string_view>

namespace specconf::gojson {

// `path` unchanged when it fits in `max` bytes; otherwise its start and end around a marker that says
// how much was left out. Go allows 10,000 levels of nesting, so a path can be 30 KB of "[0]".
std::string shown_path(std::string_view path, std::size_t max = 160);

}  // namespace specconf::gojson
