// UTF-8 decoding and encoding with Go's unicode/utf8 rules (invalid input decodes as U+FFFD, width 1).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace specconf::gojson {

inline constexpr char32_t kRuneError = 0xFFFD;

struct Rune {
  char32_t rune;
  std::size_t size;
};

// Go's utf8.DecodeRuneInString(s[i:]) for i < s.size(): rejects overlong forms, surrogates and
// values above U+10FFFF by returning {U+FFFD, 1}.
inline Rune decode_rune(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const std::size_t n = s.size() - i;
  const unsigned char c0 = b(0);
  if (c0 < 0x80) return {c0, 1};
  const auto cont = [&](std::size_t k, unsigned char lo, unsigned char hi) {
    return k < n && b(k) >= lo && b(k) <= hi;
  };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (cont(1, 0x80, 0xBF)) return {char32_t(c0 & 0x1F) << 6 | (b(1) & 0x3F), 2};
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    const unsigned char lo = c0 == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = c0 == 0xED ? 0x9F : 0xBF;
    if (cont(1, lo, hi) && cont(2, 0x80, 0xBF))
      return {char32_t(c0 & 0x0F) << 12 | char32_t(b(1) & 0x3F) << 6 | (b(2) & 0x3F), 3};
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    const unsigned char lo = c0 == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF))
      return {char32_t(c0 & 0x07) << 18 | char32_t(b(1) & 0x3F) << 12 | char32_t(b(2) & 0x3F) << 6 |
                  (b(3) & 0x3F),
              4};
  }
  return {kRuneError, 1};
}

// Go's utf8.EncodeRune: surrogates and out-of-range values encode as U+FFFD.
inline void append_rune(std::string& out, char32_t r) {
  if ((r >= 0xD800 && r <= 0xDFFF) || r > 0x10FFFF) r = kRuneError;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

// True when every byte sequence of s is valid UTF-8.
inline bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const Rune r = decode_rune(s, i);
    if (r.rune == kRuneError && r.size == 1) return false;
    i += r.size;
  }
  return true;
}

}  // namespace specconf::gojson
