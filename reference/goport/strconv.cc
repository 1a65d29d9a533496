#include "reference/goport/strconv.h"

#include <limits>

#include "reference/gojson/utf8.h"
#include "reference/goport/unicode_tables.h"

namespace specconf::goport {
namespace {

constexpr char kLowerHex[] = "0123456789abcdef";

void append_hex(std::string& out, const char* prefix, std::uint32_t v, int digits) {
  out += prefix;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kLowerHex[(v >> shift) & 0xF];
}

// strconv.appendEscapedRune (Go 1.19) with quote '"' and graphicOnly false.
void append_escaped_rune(std::string& out, char32_t r, bool ascii_only) {
  if (r == '"' || r == '\\') {
    out += '\\';
    out += static_cast<char>(r);
    return;
  }
  if (ascii_only ? (r < 0x80 && is_print(r)) : is_print(r)) {
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
  // Decoded runes are always valid, so Go's !utf8.ValidRune branch cannot be taken.
  if (r < ' ' || r == 0x7F) {
    append_hex(out, "\\x", r, 2);
  } else if (r < 0x10000) {
    append_hex(out, "\\u", r, 4);
  } else {
    append_hex(out, "\\U", r, 8);
  }
}

// strconv.appendQuotedWith (Go 1.19) with quote '"'.
std::string quote_with(std::string_view s, bool ascii_only) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const gojson::Rune r = gojson::decode_rune(s, i);
    if (r.size == 1 && r.rune == gojson::kRuneError) {
      append_hex(out, "\\x", static_cast<unsigned char>(s[i]), 2);
    } else {
      append_escaped_rune(out, r.rune, ascii_only);
    }
    i += r.size;
  }
  out += '"';
  return out;
}

constexpr const char* kSyntax = "invalid syntax";  // strconv.ErrSyntax
constexpr const char* kRange = "value out of range";  // strconv.ErrRange

std::string num_error(const char* fn, std::string_view num, const char* err) {
  return std::string("strconv.") + fn + ": parsing " + quote(num) + ": " + err;
}

enum class UintStatus { kOk, kSyntax, kRange };

// The digit loop of strconv.ParseUint (Go 1.19) for base 10: it stops at the first bad byte or at the
// first overflow, whichever comes first, which decides between the two error texts.
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

bool is_print(char32_t r) { return tables::contains(tables::kPrint, r); }

std::string quote(std::string_view s) { return quote_with(s, false); }

std::string quote_to_ascii(std::string_view s) { return quote_with(s, true); }

// fmt's %+q of a []string (Go 1.19): the slice's brackets and spaces around each element's QuoteToASCII.
std::string quote_ascii_list(const std::vector<std::string>& list) {
  std::string out = "[";
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i) out += ' ';
    out += quote_to_ascii(list[i]);
  }
  return out + "]";
}

// strconv.Atoi (Go 1.19): a fast path for short inputs, else ParseInt(s, 10, 0) with its errors renamed to
// Atoi's.
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

// strconv.ParseUint (Go 1.19) with base 10.
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

}  // namespace specconf::goport
