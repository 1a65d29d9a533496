#include "reference/gojson/decoder.h"

#include <limits>

#include "reference/gojson/utf8.h"

namespace specconf::gojson {

void Decoder::type_error(std::string_view value, const std::string& type) {
  if (saved_ || aborted_) return;
  std::string msg = "json: cannot unmarshal ";
  msg += value;
  if (!struct_name_.empty() || !field_stack_.empty()) {
    msg += " into Go struct field ";
    msg += struct_name_;
    msg += '.';
    for (std::size_t i = 0; i < field_stack_.size(); ++i) {
      if (i) msg += '.';
      msg += field_stack_[i];
    }
  } else {
    msg += " into Go value";
  }
  msg += " of type ";
  msg += type;
  saved_ = std::move(msg);
  saved_path_ = current_path();
}

void Decoder::save_error(std::string message) {
  if (saved_ || aborted_) return;
  saved_ = std::move(message);
  saved_path_ = current_path();
}

void Decoder::abort(std::string message) {
  if (aborted_) return;
  aborted_ = true;
  immediate_ = std::move(message);
  immediate_path_ = current_path();
}

std::string Decoder::current_path() const {
  std::string p;
  for (const PathElem& e : path_) {
    if (e.is_index) {
      p += "[" + std::to_string(e.index) + "]";
    } else {
      p += ".";
      p += e.key;
    }
  }
  return p.empty() ? "." : p;
}

std::optional<std::string> Decoder::error() const { return aborted_ ? immediate_ : saved_; }

namespace {

// Digits only, no sign: the magnitude, or false on overflow of uint64.
bool parse_magnitude(std::string_view s, std::uint64_t& out) {
  if (s.empty()) return false;
  std::uint64_t v = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
    const std::uint64_t d = static_cast<std::uint64_t>(c - '0');
    if (v > (std::numeric_limits<std::uint64_t>::max() - d) / 10) return false;
    v = v * 10 + d;
  }
  out = v;
  return true;
}

}  // namespace

bool go_parse_int(std::string_view s, int bits, std::int64_t& out) {
  bool neg = false;
  std::string_view digits = s;
  if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
    neg = digits[0] == '-';
    digits.remove_prefix(1);
  }
  std::uint64_t mag = 0;
  if (!parse_magnitude(digits, mag)) return false;
  const std::uint64_t limit = std::uint64_t{1} << (bits - 1);  // |min| of a bits-wide signed int
  if (neg ? mag > limit : mag >= limit) return false;
  out = neg ? static_cast<std::int64_t>(0 - mag) : static_cast<std::int64_t>(mag);
  return true;
}

bool go_parse_uint(std::string_view s, int bits, std::uint64_t& out) {
  std::uint64_t v = 0;
  if (!parse_magnitude(s, v)) return false;
  if (bits < 64 && v >> bits) return false;
  out = v;
  return true;
}

namespace {

constexpr unsigned char kCaseMask = static_cast<unsigned char>(~0x20u);

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool ascii_equal_fold(std::string_view s, std::string_view t) {
  if (s.size() != t.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char a = static_cast<unsigned char>(s[i]);
    const unsigned char b = static_cast<unsigned char>(t[i]);
    if (a == b) continue;
    if (is_ascii_letter(a)) {
      if ((a & kCaseMask) != (b & kCaseMask)) return false;
    } else {
      return false;
    }
  }
  return true;
}

bool simple_letter_equal_fold(std::string_view s, std::string_view t) {
  if (s.size() != t.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & kCaseMask) != (static_cast<unsigned char>(t[i]) & kCaseMask))
      return false;
  }
  return true;
}

bool equal_fold_right(std::string_view s, std::string_view t) {
  std::size_t ti = 0;
  for (const char sc : s) {
    const unsigned char sb = static_cast<unsigned char>(sc);
    if (ti >= t.size()) return false;
    const unsigned char tb = static_cast<unsigned char>(t[ti]);
    if (tb < 0x80) {
      if (sb != tb) {
        const unsigned char upper = sb & kCaseMask;
        if (upper >= 'A' && upper <= 'Z') {
          if (upper != (tb & kCaseMask)) return false;
        } else {
          return false;
        }
      }
      ++ti;
      continue;
    }
    const Rune r = decode_rune(t, ti);
    switch (sb) {
      case 's': case 'S':
        if (r.rune != 0x017F) return false;  // LATIN SMALL LETTER LONG S
        break;
      case 'k': case 'K':
        if (r.rune != 0x212A) return false;  // KELVIN SIGN
        break;
      default:
        return false;
    }
    ti += r.size;
  }
  return ti == t.size();
}

// Go's bytes.EqualFold for field names with non-ASCII bytes (none of podman's have any).
bool unicode_equal_fold(std::string_view s, std::string_view t) {
  std::size_t i = 0, j = 0;
  const auto fold = [](char32_t r) -> char32_t {
    if (r < 0x80) return (r >= 'A' && r <= 'Z') ? r + 32 : r;
    if (r == 0x212A) return 'k';
    if (r == 0x017F) return 's';
    return r;
  };
  while (i < s.size() && j < t.size()) {
    const Rune a = decode_rune(s, i), b = decode_rune(t, j);
    if (fold(a.rune) != fold(b.rune)) return false;
    i += a.size;
    j += b.size;
  }
  return i == s.size() && j == t.size();
}

}  // namespace

bool go_fold_equal(std::string_view name, std::string_view key) {
  bool non_letter = false, special = false;
  for (const char c : name) {
    const unsigned char b = static_cast<unsigned char>(c);
    if (b >= 0x80) return unicode_equal_fold(name, key);
    const unsigned char upper = b & kCaseMask;
    if (upper < 'A' || upper > 'Z') {
      non_letter = true;
    } else if (upper == 'K' || upper == 'S') {
      special = true;
    }
  }
  if (special) return equal_fold_right(name, key);
  if (non_letter) return ascii_equal_fold(name, key);
  return simple_letter_equal_fold(name, key);
}

}  // namespace specconf::gojson
