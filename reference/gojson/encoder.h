// Output in Go encoding/json's exact form: json.Marshal's compact bytes, HTML-safe string escaping,
// and json.Indent / MarshalIndent-style re-indentation that only touches whitespace.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace specconf::gojson {

class Encoder {
 public:
  // A string as Go writes it: <, >, & as \u003c \u003e \u0026; U+2028/U+2029 escaped; invalid UTF-8
  // bytes as \ufffd; control bytes as \u00XX except \n, \r, \t.
  void string(std::string_view s);
  void integer(std::int64_t v);
  void unsigned_integer(std::uint64_t v);
  void boolean(bool v) { out_ += v ? "true" : "false"; }
  void null() { out_ += "null"; }
  void raw(std::string_view s) { out_ += s; }
  void put(char c) { out_ += c; }

  std::string& out() { return out_; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Go's json.Indent(dst, compact, prefix "", indent): valid JSON in, the same tokens out with newlines and
// `indent` per level; empty objects and arrays stay "{}" and "[]".
std::string go_indent(std::string_view compact, std::string_view indent);

// Go's json.Compact: whitespace outside strings removed.
std::string go_compact(std::string_view json);

}  // namespace specconf::gojson
