#include "tools/diff/canonical_json.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <utility>
#include <vector>

namespace specconf::diff {
namespace {

void append_string(const std::string& s, std::string& out) {
  out += '"';
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);  // raw bytes, valid UTF-8 or not: keeps the text injective
    }
  }
  out += '"';
}

void append_canonical(const nlohmann::json& v, std::string& out) {
  switch (v.type()) {
    case nlohmann::json::value_t::object: {
      out += '{';
      bool first = true;
      for (auto it = v.begin(); it != v.end(); ++it) {  // std::map: already in byte order of keys
        if (!first) out += ',';
        first = false;
        append_string(it.key(), out);
        out += ':';
        append_canonical(it.value(), out);
      }
      out += '}';
      return;
    }
    case nlohmann::json::value_t::array: {
      out += '[';
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += ',';
        append_canonical(v[i], out);
      }
      out += ']';
      return;
    }
    case nlohmann::json::value_t::string:
      append_string(v.get_ref<const std::string&>(), out);
      return;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
      out += canonical_number(v);
      return;
    case nlohmann::json::value_t::boolean:
      out += v.get<bool>() ? "true" : "false";
      return;
    default:  // null, discarded, binary (never produced by the parser)
      out += "null";
      return;
  }
}

}  // namespace

bool nested_deeper_than(const nlohmann::json& v, std::size_t limit) {
  std::vector<std::pair<const nlohmann::json*, std::size_t>> stack{{&v, 0}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (!node->is_structured()) continue;
    if (depth + 1 > limit) return true;
    for (const auto& child : *node) stack.emplace_back(&child, depth + 1);
  }
  return false;
}

std::string canonical_number(const nlohmann::json& v) {
  if (v.is_number_unsigned()) return std::to_string(v.get<std::uint64_t>());
  if (v.is_number_integer()) return std::to_string(v.get<std::int64_t>());
  const double d = v.get<double>();
  // An integral float means the same number as the integer Go would have written.
  if (std::isfinite(d) && d == std::floor(d)) {
    if (d >= 0 && d < 18446744073709551616.0) return std::to_string(static_cast<std::uint64_t>(d));
    if (d < 0 && d >= -9223372036854775808.0) return std::to_string(static_cast<std::int64_t>(d));
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  return buf;
}

std::string canonical_text(const nlohmann::json& v) {
  std::string out;
  append_canonical(v, out);
  return out;
}

std::string compact_text(const nlohmann::json& v) {
  return v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace specconf::diff
