#include "reference/gojson/net_types.h"

#include <algorithm>
#include <cstdio>

namespace specconf::gojson {
namespace {

constexpr int kBig = 0xFFFFFF;

// Go's net.dtoi: decimal prefix of s. ok is false when there are no digits or the value is too big.
bool dtoi(std::string_view s, int& n, std::size_t& i) {
  n = 0;
  for (i = 0; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    n = n * 10 + (s[i] - '0');
    if (n >= kBig) {
      n = kBig;
      return false;
    }
  }
  return i != 0;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Go's net.xtoi: hexadecimal prefix of s.
bool xtoi(std::string_view s, int& n, std::size_t& i) {
  n = 0;
  for (i = 0; i < s.size(); ++i) {
    const int h = hex_digit(s[i]);
    if (h < 0) break;
    n = n * 16 + h;
    if (n >= kBig) {
      n = 0;
      return false;
    }
  }
  return i != 0;
}

std::optional<std::array<std::uint8_t, 4>> parse_ipv4(std::string_view s) {
  std::array<std::uint8_t, 4> ip{};
  for (int k = 0; k < 4; ++k) {
    if (k > 0) {
      if (s.empty() || s[0] != '.') return std::nullopt;
      s.remove_prefix(1);
    }
    int n = 0;
    std::size_t c = 0;
    if (!dtoi(s, n, c) || n > 0xFF) return std::nullopt;
    if (c > 1 && s[0] == '0') return std::nullopt;  // leading zeros are rejected since Go 1.17
    s.remove_prefix(c);
    ip[k] = static_cast<std::uint8_t>(n);
  }
  if (!s.empty()) return std::nullopt;
  return ip;
}

std::optional<GoIP> parse_ipv6(std::string_view s) {
  std::vector<std::uint8_t> ip(16, 0);
  int ellipsis = -1;
  if (s.size() >= 2 && s[0] == ':' && s[1] == ':') {
    ellipsis = 0;
    s.remove_prefix(2);
    if (s.empty()) return GoIP{ip};
  }
  int i = 0;
  while (i < 16) {
    int n = 0;
    std::size_t c = 0;
    if (!xtoi(s, n, c) || n > 0xFFFF) return std::nullopt;
    if (c < s.size() && s[c] == '.') {
      if (ellipsis < 0 && i != 12) return std::nullopt;
      if (i + 4 > 16) return std::nullopt;
      const auto v4 = parse_ipv4(s);
      if (!v4) return std::nullopt;
      for (int k = 0; k < 4; ++k) ip[i + k] = (*v4)[k];
      s = {};
      i += 4;
      break;
    }
    ip[i] = static_cast<std::uint8_t>(n >> 8);
    ip[i + 1] = static_cast<std::uint8_t>(n);
    i += 2;
    s.remove_prefix(c);
    if (s.empty()) break;
    if (s[0] != ':' || s.size() == 1) return std::nullopt;
    s.remove_prefix(1);
    if (s[0] == ':') {
      if (ellipsis >= 0) return std::nullopt;
      ellipsis = i;
      s.remove_prefix(1);
      if (s.empty()) break;
    }
  }
  if (!s.empty()) return std::nullopt;
  if (i < 16) {
    if (ellipsis < 0) return std::nullopt;
    const int n = 16 - i;
    for (int j = i - 1; j >= ellipsis; --j) ip[j + n] = ip[j];
    for (int j = ellipsis + n - 1; j >= ellipsis; --j) ip[j] = 0;
  } else if (ellipsis >= 0) {
    return std::nullopt;
  }
  return GoIP{ip};
}

constexpr char kHex[] = "0123456789abcdef";

}  // namespace

std::optional<GoIP> go_parse_ip(std::string_view s) {
  for (const char c : s) {
    if (c == '.') {
      const auto v4 = parse_ipv4(s);
      if (!v4) return std::nullopt;
      GoIP ip{std::vector<std::uint8_t>(16, 0)};
      ip.bytes[10] = ip.bytes[11] = 0xFF;  // IPv4-in-IPv6, as net.IPv4 builds it
      for (int k = 0; k < 4; ++k) ip.bytes[12 + k] = (*v4)[k];
      return ip;
    }
    if (c == ':') return parse_ipv6(s);
  }
  return std::nullopt;
}

std::string GoIP::to_string() const {
  const auto& b = bytes;
  if (b.empty()) return "<nil>";
  const bool v4_in_v6 = b.size() == 16 && std::all_of(b.begin(), b.begin() + 10, [](auto x) { return x == 0; }) &&
                        b[10] == 0xFF && b[11] == 0xFF;
  if (b.size() == 4 || v4_in_v6) {
    const std::size_t o = b.size() - 4;
    return std::to_string(b[o]) + "." + std::to_string(b[o + 1]) + "." + std::to_string(b[o + 2]) + "." +
           std::to_string(b[o + 3]);
  }
  if (b.size() != 16) {
    std::string s = "?";
    for (auto x : b) {
      s += kHex[x >> 4];
      s += kHex[x & 0xF];
    }
    return s;
  }
  // The longest run of two or more zero groups becomes "::" (the first such run on ties).
  int e0 = -1, e1 = -1;
  for (int i = 0; i < 16; i += 2) {
    int j = i;
    while (j < 16 && b[j] == 0 && b[j + 1] == 0) j += 2;
    if (j > i && j - i > e1 - e0) {
      e0 = i;
      e1 = j;
      i = j;
    }
  }
  if (e1 - e0 <= 2) e0 = e1 = -1;  // "::" never stands for a single zero group
  std::string s;
  for (int i = 0; i < 16; i += 2) {
    if (i == e0) {
      s += "::";
      i = e1;
      if (i >= 16) break;
    } else if (i > 0) {
      s += ':';
    }
    const unsigned v = unsigned(b[i]) << 8 | b[i + 1];
    char buf[8];
    const int len = std::snprintf(buf, sizeof buf, "%x", v);
    s.append(buf, static_cast<std::size_t>(len));
  }
  return s;
}

void GoCodec<GoIP>::decode(Decoder& d, GoIP& v) {
  const Token& t = d.peek();
  switch (t.kind) {
    case TokenKind::kNull:
      v.bytes.clear();
      d.advance();
      return;
    case TokenKind::kString: {
      if (t.text.empty()) {
        v.bytes.clear();
      } else if (auto ip = go_parse_ip(t.text)) {
        v = *ip;
      } else {
        d.abort("invalid IP address: " + t.text);
      }
      d.advance();
      return;
    }
    case TokenKind::kNumber: d.type_error("number", std::string(go_name)); break;
    case TokenKind::kTrue:
    case TokenKind::kFalse: d.type_error("bool", std::string(go_name)); break;
    case TokenKind::kBeginObject: d.type_error("object", std::string(go_name)); break;
    case TokenKind::kBeginArray: d.type_error("array", std::string(go_name)); break;
    default: break;
  }
  d.skip_value();
}

void GoCodec<GoIP>::encode(Encoder& e, const GoIP& v) {
  // net.IP.MarshalText: "" for nil.
  e.string(v.bytes.empty() ? std::string() : v.to_string());
}

std::optional<GoHardwareAddr> go_parse_mac(std::string_view s) {
  // Go's xtoi2: two hex digits, followed by `sep` (or the end).
  const auto xtoi2 = [](std::string_view p, char sep, std::uint8_t& out) {
    if (p.size() > 2 && p[2] != sep) return false;
    if (p.size() < 2) return false;
    const int hi = hex_digit(p[0]), lo = hex_digit(p[1]);
    if (hi < 0 || lo < 0) return false;
    out = static_cast<std::uint8_t>(hi * 16 + lo);
    return true;
  };
  if (s.size() < 14) return std::nullopt;
  GoHardwareAddr hw;
  if (s[2] == ':' || s[2] == '-') {
    if ((s.size() + 1) % 3 != 0) return std::nullopt;
    const std::size_t n = (s.size() + 1) / 3;
    if (n != 6 && n != 8 && n != 20) return std::nullopt;
    hw.bytes.resize(n);
    for (std::size_t x = 0, i = 0; i < n; ++i, x += 3) {
      if (!xtoi2(s.substr(x), s[2], hw.bytes[i])) return std::nullopt;
    }
  } else if (s[4] == '.') {
    if ((s.size() + 1) % 5 != 0) return std::nullopt;
    const std::size_t n = 2 * (s.size() + 1) / 5;
    if (n != 6 && n != 8 && n != 20) return std::nullopt;
    hw.bytes.resize(n);
    for (std::size_t x = 0, i = 0; i < n; i += 2, x += 5) {
      if (!xtoi2(s.substr(x, 2), 0, hw.bytes[i])) return std::nullopt;
      const char sep = x + 4 < s.size() ? s[x + 4] : 0;
      if (!xtoi2(s.substr(x + 2), sep, hw.bytes[i + 1])) return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  return hw;
}

std::string GoHardwareAddr::to_string() const {
  std::string s;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i) s += ':';
    s += kHex[bytes[i] >> 4];
    s += kHex[bytes[i] & 0xF];
  }
  return s;
}

bool go_base64_decode(std::string_view src, std::vector<std::uint8_t>& out, std::string& error) {
  const auto value = [](unsigned char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  const auto corrupt = [&](std::size_t at) {
    error = "illegal base64 data at input byte " + std::to_string(at);
    return false;
  };
  const auto is_nl = [](char c) { return c == '\n' || c == '\r'; };
  out.clear();
  std::size_t si = 0;
  while (si < src.size()) {
    int dbuf[4] = {0, 0, 0, 0};
    int dlen = 4;
    for (int j = 0; j < 4; ++j) {
      if (si == src.size()) {
        if (j == 0) return true;
        return corrupt(si - static_cast<std::size_t>(j));  // StdEncoding pads, so a short quantum is corrupt
      }
      const unsigned char in = static_cast<unsigned char>(src[si++]);
      const int v = value(in);
      if (v >= 0) {
        dbuf[j] = v;
        continue;
      }
      if (is_nl(static_cast<char>(in))) {
        --j;
        continue;
      }
      if (in != '=') return corrupt(si - 1);
      if (j == 0 || j == 1) return corrupt(si - 1);
      if (j == 2) {
        while (si < src.size() && is_nl(src[si])) ++si;
        if (si == src.size()) return corrupt(src.size());
        if (src[si] != '=') return corrupt(si - 1);
        ++si;
      }
      while (si < src.size() && is_nl(src[si])) ++si;
      if (si < src.size()) return corrupt(si);
      dlen = j;
      break;
    }
    const unsigned val = unsigned(dbuf[0]) << 18 | unsigned(dbuf[1]) << 12 | unsigned(dbuf[2]) << 6 | unsigned(dbuf[3]);
    const std::uint8_t b0 = static_cast<std::uint8_t>(val >> 16), b1 = static_cast<std::uint8_t>(val >> 8),
                       b2 = static_cast<std::uint8_t>(val);
    switch (dlen) {
      case 4: out.push_back(b0); out.push_back(b1); out.push_back(b2); break;
      case 3: out.push_back(b0); out.push_back(b1); break;
      case 2: out.push_back(b0); break;
    }
  }
  return true;
}

void GoCodec<GoHardwareAddr>::decode(Decoder& d, GoHardwareAddr& v) {
  // types.HardwareAddr.UnmarshalJSON: a MAC string, else json.Unmarshal into a net.HardwareAddr ([]byte:
  // base64 string or array of bytes). Every error it returns stops decoding, without field context.
  const Token& t = d.peek();
  const std::string type = "net.HardwareAddr";
  switch (t.kind) {
    case TokenKind::kNull:
      v.bytes.clear();
      d.advance();
      return;
    case TokenKind::kString: {
      if (auto mac = go_parse_mac(t.text)) {
        v = *mac;
      } else {
        std::string err;
        std::vector<std::uint8_t> bytes;
        if (go_base64_decode(t.text, bytes, err)) {
          v.bytes = std::move(bytes);
        } else {
          d.abort(err);
        }
      }
      d.advance();
      return;
    }
    case TokenKind::kBeginArray: {
      std::vector<std::uint8_t> bytes;
      std::optional<std::string> err;
      d.advance();
      while (d.peek().kind != TokenKind::kEndArray) {
        const Token& e = d.peek();
        std::uint64_t n = 0;
        if (e.kind == TokenKind::kNumber) {
          if (go_parse_uint(e.text, 8, n)) {
            bytes.push_back(static_cast<std::uint8_t>(n));
          } else if (!err) {
            err = "json: cannot unmarshal number " + e.text + " into Go value of type uint8";
          }
        } else if (e.kind != TokenKind::kNull && !err) {
          const char* what = e.kind == TokenKind::kString ? "string"
                             : e.kind == TokenKind::kBeginObject ? "object"
                             : e.kind == TokenKind::kBeginArray ? "array" : "bool";
          err = std::string("json: cannot unmarshal ") + what + " into Go value of type uint8";
          if (e.kind == TokenKind::kNull) bytes.push_back(0);
        } else if (e.kind == TokenKind::kNull) {
          bytes.push_back(0);
        }
        d.skip_value();
      }
      d.advance();
      if (err) return d.abort(*err);
      v.bytes = std::move(bytes);
      return;
    }
    case TokenKind::kNumber: d.abort("json: cannot unmarshal number into Go value of type " + type); break;
    case TokenKind::kTrue:
    case TokenKind::kFalse: d.abort("json: cannot unmarshal bool into Go value of type " + type); break;
    case TokenKind::kBeginObject: d.abort("json: cannot unmarshal object into Go value of type " + type); break;
    default: break;
  }
  d.skip_value();
}

void GoCodec<GoHardwareAddr>::encode(Encoder& e, const GoHardwareAddr& v) { e.string(v.to_string()); }

}  // namespace specconf::gojson
