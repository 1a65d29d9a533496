// How deeply a JSON text nests, counted on its bytes. The recursive readers around the reference
// (nlohmann, rapidjson's validator, the fuzz mutator) check it first, so a 100,000-bracket input gets
// a clear error instead of exhausting the stack; Go's own scanner has its limit in scanner.h.
#pragma once

#include <cstddef>
#include <string_view>

namespace specconf::gojson {

// The deepest nesting of brackets outside strings; stops reading once it exceeds `limit`. Neither
// validates nor needs valid JSON: unbalanced closers are ignored.
std::size_t nesting_depth(std::string_view text, std::size_t limit);

}  // namespace specconf::gojson
