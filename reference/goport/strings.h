// Go's strings package as far as podman's create path uses it. Semantics are Go 1.19's: Split keeps empty
// pieces, ToUpper/ToLower map by Unicode simple case mapping and turn invalid UTF-8 into U+FFFD.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace specconf::goport {

// strings.Split (Go 1.19); an empty sep splits after each UTF-8 sequence.
std::vector<std::string> split(std::string_view s, std::string_view sep);

// strings.SplitN (Go 1.19): at most n pieces, the last holding the rest; n == 0 gives none, n < 0 all.
std::vector<std::string> split_n(std::string_view s, std::string_view sep, int n);

// strings.Join (Go 1.19)
std::string join(const std::vector<std::string>& parts, std::string_view sep);

// strings.HasPrefix (Go 1.19)
inline bool has_prefix(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// strings.Contains (Go 1.19)
inline bool contains(std::string_view s, std::string_view sub) { return s.find(sub) != std::string_view::npos; }

// strings.TrimSpace (Go 1.19): strips unicode.IsSpace runes at both ends.
std::string_view trim_space(std::string_view s);

// strings.TrimLeft (Go 1.19): strips leading runes that appear in cutset.
std::string_view trim_left(std::string_view s, std::string_view cutset);

// strings.ToUpper (Go 1.19)
std::string to_upper(std::string_view s);

// strings.ToLower (Go 1.19)
std::string to_lower(std::string_view s);

// strings.ToLower(s) == word, the form in which podman compares options case-insensitively; not
// strings.EqualFold, which would also let "ſ" (long s) stand for "s".
inline bool lower_equals(std::string_view s, std::string_view word) { return to_lower(s) == word; }

}  // namespace specconf::goport
