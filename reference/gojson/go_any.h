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

struct GoAny {
  using Array = std::vector<GoAny>;
  using Object = std::map<std::string, GoAny>;
  std::variant<std::monostate, bool, double, std::string, std::shared_ptr<Array>, std::shared_ptr<Object>>
      value;

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
