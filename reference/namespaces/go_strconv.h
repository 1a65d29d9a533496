// The few pieces of Go's strconv whose outputs reach podman's error texts on the namespace path:
// Quote (for %q), Atoi (default_ulimits) and ParseUint base 10 (keep-id uid=/gid=), each with the exact
// *strconv.NumError text: `strconv.Atoi: parsing "x": invalid syntax`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace specconf::ref::gostrconv {

// strconv.Quote (Go 1.19). Deliberate difference: unicode.IsPrint is approximated for non-ASCII runes
// (C1 controls, non-ASCII spaces, format characters, private use and noncharacters count as unprintable;
// every other valid rune as printable).
std::string quote(std::string_view s);

// strconv.Atoi on a 64-bit platform: the value, or nullopt with `error` set to the NumError text.
std::optional<std::int64_t> atoi(std::string_view s, std::string& error);

// strconv.ParseUint(s, 10, bit_size): the value, or nullopt with `error` set to the NumError text.
std::optional<std::uint64_t> parse_uint10(std::string_view s, int bit_size, std::string& error);

}  // namespace specconf::ref::gostrconv
