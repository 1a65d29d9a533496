#include "reference/goport/strings.h"

#include <algorithm>

#include "reference/gojson/utf8.h"
#include "reference/goport/unicode.h"

namespace specconf::goport {
namespace {

// strings.explode (Go 1.19): one piece per UTF-8 sequence, an invalid byte becoming a piece "\uFFFD" of
// its own, except in the last piece, which holds the rest as it is.
std::vector<std::string> explode(std::string_view s, int n) {
  int runes = 0;
  for (std::size_t i = 0; i < s.size(); i += gojson::decode_rune(s, i).size) ++runes;
  if (n < 0 || n > runes) n = runes;
  std::vector<std::string> out;
  for (int i = 0; i < n - 1; ++i) {
    const gojson::Rune r = gojson::decode_rune(s, 0);
    if (r.rune == gojson::kRuneError) {
      gojson::append_rune(out.emplace_back(), r.rune);
    } else {
      out.emplace_back(s.substr(0, r.size));
    }
    s.remove_prefix(r.size);
  }
  if (n > 0) out.emplace_back(s);
  return out;
}

// strings.Map (Go 1.19) with a rune-to-rune mapping: every rune re-encoded, so each invalid byte becomes
// U+FFFD; an unchanged string comes back as is, invalid bytes included.
template <class F>
std::string map_runes(std::string_view s, F&& mapping) {
  bool changed = false;
  for (std::size_t i = 0; i < s.size() && !changed;) {
    const gojson::Rune r = gojson::decode_rune(s, i);
    changed = mapping(r.rune) != r.rune || (r.rune == gojson::kRuneError && r.size == 1);
    i += r.size;
  }
  if (!changed) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const gojson::Rune r = gojson::decode_rune(s, i);
    gojson::append_rune(out, mapping(r.rune));
    i += r.size;
  }
  return out;
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

// strings.Split (Go 1.19): genSplit(s, sep, 0, -1).
std::vector<std::string> split(std::string_view s, std::string_view sep) { return split_n(s, sep, -1); }

// strings.SplitN (Go 1.19): genSplit(s, sep, 0, n).
std::vector<std::string> split_n(std::string_view s, std::string_view sep, int n) {
  if (n == 0) return {};
  if (sep.empty()) return explode(s, n);
  std::vector<std::string> out;
  std::size_t start = 0;
  while (n < 0 || static_cast<int>(out.size()) + 1 < n) {
    const std::size_t at = s.find(sep, start);
    if (at == std::string_view::npos) break;
    out.emplace_back(s.substr(start, at - start));
    start = at + sep.size();
  }
  out.emplace_back(s.substr(start));
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

// strings.TrimSpace (Go 1.19): TrimFunc(s, unicode.IsSpace), where an invalid byte decodes as U+FFFD and
// so is never a space.
std::string_view trim_space(std::string_view s) {
  while (!s.empty()) {
    const gojson::Rune r = gojson::decode_rune(s, 0);
    if (!is_space(r.rune)) break;
    s.remove_prefix(r.size);
  }
  while (!s.empty()) {
    // The last rune starts at the last byte that is not a continuation byte, at most 4 bytes back.
    std::size_t start = s.size() - 1;
    while (start > 0 && s.size() - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    gojson::Rune r = gojson::decode_rune(s, start);
    if (start + r.size != s.size()) r = {gojson::kRuneError, 1};  // utf8.DecodeLastRune's invalid tail
    if (!is_space(r.rune)) break;
    s.remove_suffix(r.size);
  }
  return s;
}

// strings.TrimLeft (Go 1.19): an ASCII cutset trims bytes; any other cutset trims runes, an invalid byte
// counting as U+FFFD.
std::string_view trim_left(std::string_view s, std::string_view cutset) {
  if (is_ascii(cutset)) {
    const std::size_t start = s.find_first_not_of(cutset);
    return start == std::string_view::npos ? std::string_view() : s.substr(start);
  }
  while (!s.empty()) {
    const gojson::Rune r = gojson::decode_rune(s, 0);
    bool in_cutset = false;
    for (std::size_t i = 0; i < cutset.size() && !in_cutset;) {
      const gojson::Rune c = gojson::decode_rune(cutset, i);
      in_cutset = c.rune == r.rune;
      i += c.size;
    }
    if (!in_cutset) break;
    s.remove_prefix(r.size);
  }
  return s;
}

// strings.ToUpper (Go 1.19): an all-ASCII string maps byte by byte, anything else goes through strings.Map.
std::string to_upper(std::string_view s) {
  if (is_ascii(s)) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
  }
  return map_runes(s, [](char32_t r) { return to_upper(r); });
}

// strings.ToLower (Go 1.19), shaped like ToUpper.
std::string to_lower(std::string_view s) {
  if (is_ascii(s)) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  return map_runes(s, [](char32_t r) { return to_lower(r); });
}

}  // namespace specconf::goport
