// The few Go unicode/strings/strconv behaviours the env, annotation and rlimit code depends on, with
// Go 1.19's tables (Unicode 13.0.0): a name in `$NAME` ends where unicode.IsLetter/IsDigit say, rlimit
// types go through strings.ToUpper, and env errors print the entry with %q.
#pragma once

#include <string>
#include <string_view>

namespace specconf::ref::gostr {

bool is_letter(char32_t r);  // unicode.IsLetter
bool is_digit(char32_t r);   // unicode.IsDigit (category Nd)
bool is_print(char32_t r);   // strconv.IsPrint
char32_t to_upper(char32_t r);  // unicode.ToUpper (simple case mapping)

// strings.ToUpper: invalid UTF-8 bytes come out as U+FFFD once any byte is non-ASCII.
std::string to_upper(std::string_view s);

// strconv.Quote, i.e. fmt's %q of a string.
std::string quote(std::string_view s);

}  // namespace specconf::ref::gostr
