#include "reference/process/go_unicode.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "reference/gojson/utf8.h"

namespace specconf::ref::gostr {
namespace {

struct RuneRange {
  char32_t lo;
  char32_t hi;
};

struct CaseRun {
  char32_t lo;
  char32_t hi;
  std::int32_t stride;
  std::int32_t delta;
};

#include "reference/process/go_unicode_tables.inc"

template <std::size_t N>
bool in_ranges(const RuneRange (&table)[N], char32_t r) {
  const auto it = std::upper_bound(std::begin(table), std::end(table), r,
                                   [](char32_t v, const RuneRange& e) { return v < e.lo; });
  return it != std::begin(table) && r <= std::prev(it)->hi;
}

constexpr char kLowerHex[] = "0123456789abcdef";

// strconv.appendEscapedRune with quote '"', ASCIIonly and graphicOnly false.
void append_escaped_rune(std::string& out, char32_t r) {
  if (r == '"' || r == '\\') {
    out += '\\';
    out += static_cast<char>(r);
    return;
  }
  if (is_print(r)) {
    gojson::append_rune(out, r);
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    default: break;
  }
  if (r < ' ' || r == 0x7f) {
    out += "\\x";
    out += kLowerHex[(r >> 4) & 0xF];
    out += kLowerHex[r & 0xF];
    return;
  }
  // Decoded runes are always valid here, so Go's !utf8.ValidRune branch cannot be taken.
  if (r < 0x10000) {
    out += "\\u";
    for (int s = 12; s >= 0; s -= 4) out += kLowerHex[(r >> s) & 0xF];
  } else {
    out += "\\U";
    for (int s = 28; s >= 0; s -= 4) out += kLowerHex[(r >> s) & 0xF];
  }
}

}  // namespace

bool is_letter(char32_t r) { return in_ranges(kLetter, r); }
bool is_digit(char32_t r) { return in_ranges(kDigit, r); }
bool is_print(char32_t r) { return in_ranges(kPrint, r); }

char32_t to_upper(char32_t r) {
  const auto it = std::upper_bound(std::begin(kUpper), std::end(kUpper), r,
                                   [](char32_t v, const CaseRun& e) { return v < e.lo; });
  if (it == std::begin(kUpper)) return r;
  const CaseRun& run = *std::prev(it);
  if (r > run.hi || (r - run.lo) % static_cast<char32_t>(run.stride) != 0) return r;
  return static_cast<char32_t>(static_cast<std::int64_t>(r) + run.delta);
}

// strings.ToUpper (Go 1.19): an all-ASCII string maps byte by byte; otherwise strings.Map, which
// re-encodes every rune and so turns each invalid byte into U+FFFD.
std::string to_upper(std::string_view s) {
  const bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string out;
  out.reserve(s.size());
  if (ascii) {
    for (char c : s) out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    return out;
  }
  for (std::size_t i = 0; i < s.size();) {
    const gojson::Rune d = gojson::decode_rune(s, i);
    gojson::append_rune(out, to_upper(d.rune));
    i += d.size;
  }
  return out;
}

// strconv.Quote: invalid bytes as \xNN, unprintable runes escaped, everything else verbatim.
std::string quote(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const gojson::Rune d = gojson::decode_rune(s, i);
    if (d.size == 1 && d.rune == gojson::kRuneError) {
      const auto b = static_cast<unsigned char>(s[i]);
      out += "\\x";
      out += kLowerHex[b >> 4];
      out += kLowerHex[b & 0xF];
    } else {
      append_escaped_rune(out, d.rune);
    }
    i += d.size;
  }
  out += '"';
  return out;
}

}  // namespace specconf::ref::gostr
