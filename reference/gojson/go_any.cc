#include "reference/gojson/go_any.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace specconf::gojson {

bool GoAny::operator==(const GoAny& o) const {
  if (value.index() != o.value.index()) return false;
  if (const auto* a = std::get_if<std::shared_ptr<Array>>(&value))
    return **a == *std::get<std::shared_ptr<Array>>(o.value);
  if (const auto* m = std::get_if<std::shared_ptr<Object>>(&value))
    return **m == *std::get<std::shared_ptr<Object>>(o.value);
  return value == o.value;
}

std::string go_format_float(double f) {
  // encoding/json's floatEncoder: 'f' format unless the exponent is < -6 or >= 21, shortest digits that
  // round-trip, and "e-07" cleaned to "e-7".
  char buf[64];
  const double abs = std::fabs(f);
  const bool use_exp = abs != 0 && (abs < 1e-6 || abs >= 1e21);
  const auto res = std::to_chars(buf, buf + sizeof buf, f,
                                 use_exp ? std::chars_format::scientific : std::chars_format::fixed);
  std::string s(buf, res.ptr);
  if (use_exp) {
    // Both write "1e-07"; Go then cleans a negative two-digit exponent to "1e-7".
    const std::size_t n = s.size();
    if (n >= 4 && s[n - 4] == 'e' && s[n - 3] == '-' && s[n - 2] == '0') s.erase(n - 2, 1);
  }
  return s;
}

void GoCodec<GoAny>::decode(Decoder& d, GoAny& v) {
  const Token& t = d.peek();
  switch (t.kind) {
    case TokenKind::kNull: v.value = std::monostate{}; d.advance(); return;
    case TokenKind::kTrue: v.value = true; d.advance(); return;
    case TokenKind::kFalse: v.value = false; d.advance(); return;
    case TokenKind::kString: v.value = t.text; d.advance(); return;
    case TokenKind::kNumber: {
      char* end = nullptr;
      const double f = std::strtod(t.text.c_str(), &end);
      if (std::isinf(f)) {
        d.type_error("number " + t.text, "float64");
      } else {
        v.value = f;
      }
      d.advance();
      return;
    }
    case TokenKind::kBeginArray: {
      auto arr = std::make_shared<GoAny::Array>();
      d.advance();
      while (d.peek().kind != TokenKind::kEndArray) {
        if (d.aborted()) return;
        arr->emplace_back();
        decode(d, arr->back());
      }
      d.advance();
      v.value = std::move(arr);
      return;
    }
    case TokenKind::kBeginObject: {
      auto obj = std::make_shared<GoAny::Object>();
      d.advance();
      while (d.peek().kind != TokenKind::kEndObject) {
        if (d.aborted()) return;
        const std::string key = d.peek().text;
        d.advance();
        GoAny elem;
        decode(d, elem);
        (*obj)[key] = std::move(elem);
      }
      d.advance();
      v.value = std::move(obj);
      return;
    }
    default:
      d.skip_value();
  }
}

void GoCodec<GoAny>::encode(Encoder& e, const GoAny& v) {
  if (v.is_nil()) return e.null();
  if (const bool* b = std::get_if<bool>(&v.value)) return e.boolean(*b);
  if (const double* f = std::get_if<double>(&v.value)) return e.raw(go_format_float(*f));
  if (const std::string* s = std::get_if<std::string>(&v.value)) return e.string(*s);
  if (const auto* a = std::get_if<std::shared_ptr<GoAny::Array>>(&v.value)) {
    e.put('[');
    for (std::size_t i = 0; i < (*a)->size(); ++i) {
      if (i) e.put(',');
      encode(e, (**a)[i]);
    }
    return e.put(']');
  }
  const auto& m = *std::get<std::shared_ptr<GoAny::Object>>(v.value);
  e.put('{');
  bool first = true;
  for (const auto& [k, val] : m) {
    if (!first) e.put(',');
    first = false;
    e.string(k);
    e.put(':');
    encode(e, val);
  }
  e.put('}');
}

}  // namespace specconf::gojson
