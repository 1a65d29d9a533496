// Go's interface{} as encoding/json fills it: nil, bool, float64, string, []interface{} or
// map[string]interface{}. Only the OCI spec's windows.credentialSpec has this type.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "reference/gojson/codec.h"

namespace specconf::gojson {

// Values nest as deep as Go's scanner allows (10000 levels), so decoding, encoding and destruction are
// iterative: recursion that deep overflows the stack under sanitizers.
struct GoAny {
  using Array = std::vector<GoAny>;
  using Object = std::map<std::string, GoAny>;
  std::variant<std::monostate, bool, double, std::string, std::shared_ptr<Array>, std::shared_ptr<Object>>
      value;

  GoAny() = default;
  GoAny(const GoAny&) = default;
  GoAny(GoAny&&) = default;
  GoAny& operator=(const GoAny&) = default;
  GoAny& operator=(GoAny&&) = default;
  ~GoAny();

  bool is_nil() const { return std::holds_alternative<std::monostate>(value); }
  bool operator==(const GoAny& o) const;
};

// strconv.FormatFloat(f, 'f' or 'e', -1, 64) as encoding/json picks it for a float64.
std::string go_format_float(double f);

template <>
struct GoCodec<GoAny> {
  static constexpr std::string_view go_name = "interface {}";
  static void decode(Decoder& d, GoAny& v);
  static void encode(Encoder& e, const GoAny& v);
  static bool is_empty(const GoAny& v) { return v.is_nil(); }
};

}  // namespace specconf::gojson
