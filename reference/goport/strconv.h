// Go's strconv as podman's error texts show it: Quote is fmt's %q of a string, and Atoi/ParseUint errors
// print as *strconv.NumError (`strconv.Atoi: parsing "x": invalid syntax`).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace specconf::goport {

// strconv.IsPrint (Go 1.19): the runes Quote leaves unescaped.
bool is_print(char32_t r);

// strconv.Quote (Go 1.19): invalid UTF-8 bytes become \xNN, unprintable runes Go escapes.
std::string quote(std::string_view s);

// strconv.QuoteToASCII (Go 1.19): Quote with every non-ASCII rune escaped too.
std::string quote_to_ascii(std::string_view s);

// fmt's %+q of a []string (Go 1.19): ["a" "b"], each element quoted by QuoteToASCII.
std::string quote_ascii_list(const std::vector<std::string>& list);

// strconv.Atoi (Go 1.19, 64-bit int): the value, or nullopt with `error` set to the NumError text.
std::optional<std::int64_t> atoi(std::string_view s, std::string& error);

// strconv.ParseUint(s, 10, bit_size) (Go 1.19): the value, or nullopt with `error` set to the NumError text.
std::optional<std::uint64_t> parse_uint10(std::string_view s, int bit_size, std::string& error);

}  // namespace specconf::goport
