#include "reference/gojson/encoder.h"

#include <charconv>

#include "reference/gojson/utf8.h"

namespace specconf::gojson {

namespace {
constexpr char kHex[] = "0123456789abcdef";

// Go's htmlSafeSet as a table: the ASCII bytes copied unchanged. Every byte of every spec passes this
// test, so it is one load instead of six comparisons.
struct HtmlSafe {
  bool byte[256] = {};
  constexpr HtmlSafe() {
    for (int c = 0x20; c < 0x80; ++c) byte[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
  }
};
constexpr HtmlSafe kHtmlSafe;
}  // namespace

void Encoder::string(std::string_view s) {
  // Room for the usual case, nothing to escape; checked here because reserve() is an out-of-line call.
  if (out_.capacity() - out_.size() < s.size() + 2) out_.reserve(out_.size() + s.size() + 2);
  out_ += '"';
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (kHtmlSafe.byte[b]) {
        ++i;
        continue;
      }
      out_.append(s.substr(start, i - start));
      out_ += '\\';
      switch (b) {
        case '\\': case '"': out_ += static_cast<char>(b); break;
        case '\n': out_ += 'n'; break;
        case '\r': out_ += 'r'; break;
        case '\t': out_ += 't'; break;
        default:
          out_ += "u00";
          out_ += kHex[b >> 4];
          out_ += kHex[b & 0xF];
      }
      start = ++i;
      continue;
    }
    const Rune r = decode_rune(s, i);
    if (r.rune == kRuneError && r.size == 1) {
      out_.append(s.substr(start, i - start));
      out_ += "\\ufffd";
      start = ++i;
      continue;
    }
    if (r.rune == 0x2028 || r.rune == 0x2029) {
      out_.append(s.substr(start, i - start));
      out_ += "\\u202";
      out_ += kHex[r.rune & 0xF];
      start = i + r.size;
    }
    i += r.size;
  }
  out_.append(s.substr(start));
  out_ += '"';
}

void Encoder::integer(std::int64_t v) {
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, res.ptr);
}

void Encoder::unsigned_integer(std::uint64_t v) {
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, res.ptr);
}

std::string go_compact(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  bool in_string = false, escaped = false;
  for (const char c : json) {
    if (in_string) {
      out += c;
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (c == '"') in_string = true;
    out += c;
  }
  return out;
}

std::string go_indent(std::string_view compact, std::string_view indent) {
  std::string out;
  out.reserve(compact.size() * 2);
  int depth = 0;
  bool in_string = false, escaped = false, need_indent = false;
  const auto newline = [&](int d) {
    out += '\n';
    for (int i = 0; i < d; ++i) out.append(indent);
  };
  for (const char c : compact) {
    if (in_string) {
      out += c;
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (need_indent && c != ']' && c != '}') {
      need_indent = false;
      newline(++depth);
    }
    switch (c) {
      case '"':
        in_string = true;
        out += c;
        break;
      case '{':
      case '[':
        out += c;
        need_indent = true;  // delayed, so that {} and [] stay on one line
        break;
      case ',':
        out += c;
        newline(depth);
        break;
      case ':':
        out += ": ";
        break;
      case '}':
      case ']':
        if (need_indent) {
          need_indent = false;  // empty container
        } else {
          newline(--depth);
        }
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace specconf::gojson
