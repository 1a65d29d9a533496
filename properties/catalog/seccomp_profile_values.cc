#include "properties/catalog/seccomp_profile_values.h"

#include "reference/gojson/decoder.h"
#include "reference/gojson/scanner.h"

namespace specconf::props {

std::optional<SeccompProfileValues> SeccompProfileValues::read(std::string_view profile_text) {
  gojson::Tape tape;
  if (!gojson::scan(profile_text, gojson::ScanMode::kUnmarshal, tape).empty()) return std::nullopt;
  SeccompProfileValues out;
  // The key each open container is the value of (arrays pass theirs to their elements).
  struct Open {
    bool array;
    std::string key;
    std::vector<std::string> keys;  // an object's keys so far
  };
  std::vector<Open> open;
  std::string member_key;
  const auto key_here = [&]() -> std::string {
    if (open.empty()) return "";
    return open.back().array ? open.back().key : member_key;
  };
  for (const gojson::Token& t : tape.tokens) {
    switch (t.kind) {
      case gojson::TokenKind::kKey:
        member_key = t.text;
        open.back().keys.push_back(t.text);
        break;
      case gojson::TokenKind::kBeginObject:
      case gojson::TokenKind::kBeginArray:
        open.push_back({t.kind == gojson::TokenKind::kBeginArray, key_here(), {}});
        break;
      case gojson::TokenKind::kEndObject:
        out.objects_.push_back({std::move(open.back().key), std::move(open.back().keys)});
        open.pop_back();
        break;
      case gojson::TokenKind::kEndArray:
        open.pop_back();
        break;
      case gojson::TokenKind::kString:
      case gojson::TokenKind::kNumber:
        out.values_.emplace_back(key_here(), t.text);
        break;
      case gojson::TokenKind::kNull:
        out.values_.emplace_back(key_here(), "");
        break;
      default:
        break;
    }
  }
  return out;
}

bool SeccompProfileValues::has_element_without(std::string_view array_field, std::string_view field) const {
  for (const auto& o : objects_) {
    if (!gojson::go_fold_equal(array_field, o.under)) continue;
    bool found = false;
    for (const auto& k : o.keys) found = found || gojson::go_fold_equal(field, k);
    if (!found) return true;
  }
  return false;
}

bool SeccompProfileValues::has(std::string_view go_field, std::string_view value) const {
  for (const auto& [key, v] : values_)
    if (v == value && gojson::go_fold_equal(go_field, key)) return true;
  return false;
}

}  // namespace specconf::props
