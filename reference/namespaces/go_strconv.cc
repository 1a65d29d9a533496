#include "reference/namespaces/go_strconv.h"

#include <limits>

#include "reference/gojson/utf8.h"

namespace specconf::ref::gostrconv {
namespace {

constexpr const char* kHex = "0123456789abcdef";

// unicode.IsPrint, approximated for runes outside ASCII (see the header).
bool is_print(char32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  struct Range { char32_t lo, hi; };
  static constexpr Range kUnprintable[] = {
      {0x80, 0xA0},       {0xAD, 0xAD},       {0x600, 0x605},     {0x61C, 0x61C},   {0x6DD, 0x6DD},
      {0x70F, 0x70F},     {0x8E2, 0x8E2},     {0x1680, 0x1680},   {0x180E, 0x180E}, {0x2000, 0x200F},
      {0x2028, 0x202F},   {0x205F, 0x2064},   {0x2066, 0x206F},   {0x3000, 0x3000}, {0xD800, 0xF8FF},
      {0xFDD0, 0xFDEF},   {0xFEFF, 0xFEFF},   {0xFFF0, 0xFFFB},   {0xFFFE, 0xFFFF}, {0x110BD, 0x110BD},
      {0x1D173, 0x1D17A}, {0xE0000, 0xE007F}, {0xF0000, 0x10FFFF},
  };
  for (const Range& x : kUnprintable)
    if (r >= x.lo && r <= x.hi) return false;
  return (r & 0xFFFE) != 0xFFFE;  // the noncharacters at the end of every plane
}

void append_hex(std::string& out, const char* prefix, std::uint32_t v, int digits) {
  out += prefix;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(v >> shift) & 0xF];
}

std::string num_error(const char* fn, std::string_view num, const char* err) {
  return std::string("strconv.") + fn + ": parsing " + quote(num) + ": " + err;
}

constexpr const char* kSyntax = "invalid syntax";
constexpr const char* kRange = "value out of range";

enum class UintStatus { kOk, kSyntax, kRange };

// The digit loop of strconv.ParseUint for base 10: it stops at the first bad byte or the first overflow.
UintStatus parse_uint_digits(std::string_view s, std::uint64_t max_val, std::uint64_t& out) {
  if (s.empty()) return UintStatus::kSyntax;
  const std::uint64_t cutoff = std::numeric_limits<std::uint64_t>::max() / 10 + 1;
  std::uint64_t n = 0;
  for (unsigned char c : s) {
    if (c < '0' || c > '9') return UintStatus::kSyntax;
    if (n >= cutoff) return UintStatus::kRange;
    n *= 10;
    const std::uint64_t n1 = n + (c - '0');
    if (n1 < n || n1 > max_val) return UintStatus::kRange;
    n = n1;
  }
  out = n;
  return UintStatus::kOk;
}

}  // namespace

// strconv.Quote (Go 1.19 strconv/quote.go:appendQuotedWith + appendEscapedRune)
std::string quote(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const gojson::Rune dr = gojson::decode_rune(s, i);
    if (dr.size == 1 && dr.rune == gojson::kRuneError) {
      append_hex(out, "\\x", static_cast<unsigned char>(s[i]), 2);
      i += 1;
      continue;
    }
    i += dr.size;
    const char32_t r = dr.rune;
    if (r == '"' || r == '\\') {
      out += '\\';
      out += static_cast<char>(r);
      continue;
    }
    if (is_print(r)) {
      gojson::append_rune(out, r);
      continue;
    }
    switch (r) {
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      default:
        if (r < ' ' || r == 0x7f) {
          append_hex(out, "\\x", r, 2);
        } else if (r < 0x10000) {
          append_hex(out, "\\u", r, 4);
        } else {
          append_hex(out, "\\U", r, 8);
        }
    }
  }
  return out + "\"";
}

// strconv.Atoi (Go 1.19): fast path for short inputs, else ParseInt(s, 10, 0) renamed to Atoi.
std::optional<std::int64_t> atoi(std::string_view s, std::string& error) {
  if (!s.empty() && s.size() < 19) {
    std::string_view digits = s;
    if (digits[0] == '-' || digits[0] == '+') digits.remove_prefix(1);
    if (digits.empty()) {
      error = num_error("Atoi", s, kSyntax);
      return std::nullopt;
    }
    std::int64_t n = 0;
    for (unsigned char c : digits) {
      if (c < '0' || c > '9') {
        error = num_error("Atoi", s, kSyntax);
        return std::nullopt;
      }
      n = n * 10 + (c - '0');
    }
    return s[0] == '-' ? -n : n;
  }
  if (s.empty()) {
    error = num_error("Atoi", s, kSyntax);
    return std::nullopt;
  }
  std::string_view body = s;
  const bool neg = body[0] == '-';
  if (body[0] == '+' || body[0] == '-') body.remove_prefix(1);
  std::uint64_t un = 0;
  const UintStatus st = parse_uint_digits(body, std::numeric_limits<std::uint64_t>::max(), un);
  if (st == UintStatus::kSyntax) {
    error = num_error("Atoi", s, kSyntax);
    return std::nullopt;
  }
  const std::uint64_t cutoff = std::uint64_t{1} << 63;
  if (st == UintStatus::kRange || (!neg && un >= cutoff) || (neg && un > cutoff)) {
    error = num_error("Atoi", s, kRange);
    return std::nullopt;
  }
  return neg ? static_cast<std::int64_t>(0 - un) : static_cast<std::int64_t>(un);
}

// strconv.ParseUint(s, 10, bitSize) (Go 1.19)
std::optional<std::uint64_t> parse_uint10(std::string_view s, int bit_size, std::string& error) {
  const std::uint64_t max_val =
      bit_size >= 64 ? std::numeric_limits<std::uint64_t>::max() : (std::uint64_t{1} << bit_size) - 1;
  std::uint64_t n = 0;
  switch (parse_uint_digits(s, max_val, n)) {
    case UintStatus::kOk: return n;
    case UintStatus::kSyntax: error = num_error("ParseUint", s, kSyntax); break;
    case UintStatus::kRange: error = num_error("ParseUint", s, kRange); break;
  }
  return std::nullopt;
}

}  // namespace specconf::ref::gostrconv
