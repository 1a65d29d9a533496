#include "reference/gojson/go_any.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace specconf::gojson {

namespace {

// Moves the children of a uniquely owned container out of `v`, so that destroying `v` recurses no further.
void take_children(GoAny& v, std::vector<GoAny>& out) {
  if (auto* a = std::get_if<std::shared_ptr<GoAny::Array>>(&v.value)) {
    if (*a && a->use_count() == 1) {
      for (auto& x : **a) out.push_back(std::move(x));
      (*a)->clear();
    }
  } else if (auto* m = std::get_if<std::shared_ptr<GoAny::Object>>(&v.value)) {
    if (*m && m->use_count() == 1) {
      for (auto& kv : **m) out.push_back(std::move(kv.second));
      (*m)->clear();
    }
  }
}

}  // namespace

GoAny::~GoAny() {
  if (std::holds_alternative<std::shared_ptr<Array>>(value) || std::holds_alternative<std::shared_ptr<Object>>(value)) {
    std::vector<GoAny> pending;
    take_children(*this, pending);
    while (!pending.empty()) {
      GoAny x = std::move(pending.back());
      pending.pop_back();
      take_children(x, pending);
    }
  }
}

bool GoAny::operator==(const GoAny& o) const {
  // Iterative structural comparison.
  std::vector<std::pair<const GoAny*, const GoAny*>> work{{this, &o}};
  while (!work.empty()) {
    auto [a, b] = work.back();
    work.pop_back();
    if (a->value.index() != b->value.index()) return false;
    if (const auto* x = std::get_if<std::shared_ptr<Array>>(&a->value)) {
      const auto& y = *std::get<std::shared_ptr<Array>>(b->value);
      if ((*x)->size() != y.size()) return false;
      for (std::size_t i = 0; i < y.size(); ++i) work.emplace_back(&(**x)[i], &y[i]);
    } else if (const auto* m = std::get_if<std::shared_ptr<Object>>(&a->value)) {
      const auto& n = *std::get<std::shared_ptr<Object>>(b->value);
      if ((*m)->size() != n.size()) return false;
      auto it = n.begin();
      for (const auto& [k, v] : **m) {
        if (k != it->first) return false;
        work.emplace_back(&v, &it->second);
        ++it;
      }
    } else if (!(a->value == b->value)) {
      return false;
    }
  }
  return true;
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

namespace {

// One scalar token as a GoAny; containers are handled by the callers' explicit stacks.
void decode_scalar(Decoder& d, GoAny& v) {
  const Token& t = d.peek();
  switch (t.kind) {
    case TokenKind::kNull: v.value = std::monostate{}; break;
    case TokenKind::kTrue: v.value = true; break;
    case TokenKind::kFalse: v.value = false; break;
    case TokenKind::kString: v.value = t.text; break;
    case TokenKind::kNumber: {
      const double f = std::strtod(t.text.c_str(), nullptr);
      if (std::isinf(f)) {
        d.type_error("number " + t.text, "float64");
      } else {
        v.value = f;
      }
      break;
    }
    default: break;
  }
  d.advance();
}

}  // namespace

void GoCodec<GoAny>::decode(Decoder& d, GoAny& v) {
  // Explicit stack of open containers; each new element is created in place in its parent.
  struct Open {
    GoAny* value;
    bool is_object;
  };
  std::vector<Open> stack;
  GoAny* target = &v;
  for (;;) {
    const TokenKind k = d.peek().kind;
    if (k == TokenKind::kBeginArray || k == TokenKind::kBeginObject) {
      if (k == TokenKind::kBeginArray) {
        target->value = std::make_shared<GoAny::Array>();
      } else {
        target->value = std::make_shared<GoAny::Object>();
      }
      stack.push_back({target, k == TokenKind::kBeginObject});
      d.advance();
    } else if (k != TokenKind::kEndArray && k != TokenKind::kEndObject) {
      decode_scalar(d, *target);
    }
    // Close finished containers, then find the slot for the next element.
    for (;;) {
      if (stack.empty()) return;
      const TokenKind next = d.peek().kind;
      if (next == TokenKind::kEndArray || next == TokenKind::kEndObject) {
        d.advance();
        stack.pop_back();
        continue;
      }
      Open& top = stack.back();
      if (top.is_object) {
        const std::string key = d.peek().text;  // kKey
        d.advance();
        auto& obj = *std::get<std::shared_ptr<GoAny::Object>>(top.value->value);
        GoAny& slot = obj[key];
        slot = GoAny{};  // Go assigns a fresh value to a repeated key
        target = &slot;
      } else {
        auto& arr = *std::get<std::shared_ptr<GoAny::Array>>(top.value->value);
        arr.emplace_back();
        target = &arr.back();
      }
      break;
    }
  }
}

void GoCodec<GoAny>::encode(Encoder& e, const GoAny& root) {
  // Explicit stack: each frame walks one container's children.
  struct Frame {
    const GoAny::Array* array = nullptr;
    const GoAny::Object* object = nullptr;
    std::size_t index = 0;
    GoAny::Object::const_iterator it;
  };
  std::vector<Frame> stack;
  const GoAny* v = &root;
  for (;;) {
    if (v) {
      if (v->is_nil()) {
        e.null();
      } else if (const bool* b = std::get_if<bool>(&v->value)) {
        e.boolean(*b);
      } else if (const double* f = std::get_if<double>(&v->value)) {
        e.raw(go_format_float(*f));
      } else if (const std::string* s = std::get_if<std::string>(&v->value)) {
        e.string(*s);
      } else if (const auto* a = std::get_if<std::shared_ptr<GoAny::Array>>(&v->value)) {
        e.put('[');
        stack.push_back(Frame{a->get(), nullptr, 0, {}});
      } else {
        const auto* m = std::get<std::shared_ptr<GoAny::Object>>(v->value).get();
        e.put('{');
        stack.push_back(Frame{nullptr, m, 0, m->begin()});
      }
      v = nullptr;
    }
    if (stack.empty()) return;
    Frame& f = stack.back();
    if (f.array) {
      if (f.index == f.array->size()) {
        e.put(']');
        stack.pop_back();
        continue;
      }
      if (f.index) e.put(',');
      v = &(*f.array)[f.index++];
    } else {
      if (f.it == f.object->end()) {
        e.put('}');
        stack.pop_back();
        continue;
      }
      if (f.index++) e.put(',');
      e.string(f.it->first);
      e.put(':');
      v = &f.it->second;
      ++f.it;
    }
  }
}

}  // namespace specconf::gojson
