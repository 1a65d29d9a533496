// Go's unicode package as podman's create path consults it: a name in `$NAME` ends where IsLetter and
// IsDigit say, strings.ToUpper/ToLower map rune by rune, strings.TrimSpace strips IsSpace runes.
// Tables are Go 1.19's (Unicode 13.0.0).
#pragma once

namespace specconf::goport {

// unicode.IsLetter (Go 1.19)
bool is_letter(char32_t r);

// unicode.IsDigit (Go 1.19): category Nd only, so a superscript two is not a digit.
bool is_digit(char32_t r);

// unicode.IsSpace (Go 1.19)
bool is_space(char32_t r);

// unicode.ToUpper (Go 1.19): the simple case mapping, one rune to one rune.
char32_t to_upper(char32_t r);

// unicode.ToLower (Go 1.19)
char32_t to_lower(char32_t r);

}  // namespace specconf::goport
