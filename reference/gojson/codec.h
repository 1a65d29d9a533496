// Go encoding/json semantics for C++ models: typed decoding from a Tape and encoding in Go's form.
//
// A model struct T opts in by specializing GoStruct<T> with its Go type name and a field table in Go
// declaration order (embedded structs flattened in place, as Go promotes their fields):
//
//   template <> struct GoStruct<Mount> {
//     static constexpr std::string_view go_name = "specs.Mount";
//     static const FieldTable& fields();   // { field<&Mount::destination>("destination"), ... }
//   };
//
// Types with their own Go (Un)marshalers specialize GoCodec<T> instead (see net_types.h, go_any.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "reference/gojson/decoder.h"
#include "reference/gojson/encoder.h"
#include "reference/gojson/go_types.h"
#include "reference/gojson/scanner.h"

namespace specconf::gojson {

template <class T>
struct GoStruct;  // specialized per model struct

template <class T>
struct GoCodec;  // specialized per type with custom (un)marshalers

template <class T, class = void>
struct is_go_struct : std::false_type {};
template <class T>
struct is_go_struct<T, std::void_t<decltype(GoStruct<T>::go_name)>> : std::true_type {};

template <class T, class = void>
struct has_go_codec : std::false_type {};
template <class T>
struct has_go_codec<T, std::void_t<decltype(GoCodec<T>::go_name)>> : std::true_type {};

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_map : std::false_type {};
template <class K, class V>
struct is_map<std::map<K, V>> : std::true_type {};

template <class T>
constexpr bool is_go_integer_v = std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>;

// ---- Go type names, as reflect.Type.String() prints them in decode errors ----

template <class T>
std::string go_element_type_name();

template <class T>
std::string go_type_name() {
  if constexpr (std::is_same_v<T, bool>) return "bool";
  else if constexpr (std::is_same_v<T, std::string>) return "string";
  else if constexpr (std::is_same_v<T, GoInt>) return "int";
  else if constexpr (std::is_same_v<T, GoUint>) return "uint";
  else if constexpr (std::is_same_v<T, std::int64_t>) return "int64";
  else if constexpr (std::is_same_v<T, std::int32_t>) return "int32";
  else if constexpr (std::is_same_v<T, std::int16_t>) return "int16";
  else if constexpr (std::is_same_v<T, std::int8_t>) return "int8";
  else if constexpr (std::is_same_v<T, std::uint64_t>) return "uint64";
  else if constexpr (std::is_same_v<T, std::uint32_t>) return "uint32";
  else if constexpr (std::is_same_v<T, std::uint16_t>) return "uint16";
  else if constexpr (std::is_same_v<T, std::uint8_t>) return "uint8";
  else if constexpr (is_named_string<T>::value || is_named_int<T>::value) return T::tag_type::go_name;
  else if constexpr (has_go_codec<T>::value) return std::string(GoCodec<T>::go_name);
  else if constexpr (is_go_struct<T>::value) return std::string(GoStruct<T>::go_name);
  // A pointer field or a nil-able slice or map: Go's errors name what the pointer points to.
  else if constexpr (is_optional<T>::value) return go_type_name<typename T::value_type>();
  else if constexpr (is_vector<T>::value) return "[]" + go_element_type_name<typename T::value_type>();
  else if constexpr (is_map<T>::value)
    return "map[" + go_type_name<typename T::key_type>() + "]" + go_element_type_name<typename T::mapped_type>();
  else static_assert(sizeof(T) == 0, "no Go type for this C++ type");
}

// A slice element's or map value's Go type: there std::optional<T> is a pointer, *T, unless T is itself a
// slice or map, which the optional only makes nil-able ([][]string, not []*[]string).
template <class T>
std::string go_element_type_name() {
  if constexpr (is_optional<T>::value) {
    using U = typename T::value_type;
    if constexpr (is_vector<U>::value || is_map<U>::value) return go_type_name<U>();
    else return "*" + go_type_name<U>();
  } else {
    return go_type_name<T>();
  }
}

// Go's reflect Type.Name() of a struct: the part after the package qualifier.
inline std::string_view go_short_name(std::string_view go_name) {
  const auto dot = go_name.rfind('.');
  return dot == std::string_view::npos ? go_name : go_name.substr(dot + 1);
}

// ---- Field tables ----

class Encoder;
struct FieldInfo {
  std::string_view name;
  bool omitempty;
  void (*decode)(Decoder&, void* object);
  void (*encode)(Encoder&, const void* object);
  bool (*is_empty)(const void* object);
};

struct FieldTable {
  FieldTable(std::initializer_list<FieldInfo> f) : list(f) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      exact.emplace(list[i].name, i);
      Encoder e;
      e.string(list[i].name);
      e.put(':');
      keys.push_back(e.take());
    }
  }
  std::vector<FieldInfo> list;
  std::unordered_map<std::string_view, std::size_t> exact;
  // list[i]'s name as Go writes it before the value, `"name":`, escaped once per table like encoding/json's
  // field.nameEscHTML rather than once per value written.
  std::vector<std::string> keys;
};

inline constexpr bool kOmitEmpty = true;

template <class T>
void decode_value(Decoder& d, T& v);
template <class T>
void encode_value(Encoder& e, const T& v);
template <class T>
bool is_empty_value(const T& v);

template <class M>
struct member_traits;
template <class C, class M>
struct member_traits<M C::*> {
  using class_type = C;
  using member_type = M;
};

// One entry of a field table: the member at P, under JSON name `name`, with Go's `omitempty` or not.
template <auto P, bool omitempty = false>
FieldInfo field(std::string_view name) {
  using C = typename member_traits<decltype(P)>::class_type;
  using M = typename member_traits<decltype(P)>::member_type;
  static_assert(omitempty || !(is_vector<M>::value || is_map<M>::value),
                "a slice or map without omitempty must be std::optional<...> to keep Go's nil apart");
  return FieldInfo{
      name,
      omitempty,
      [](Decoder& d, void* o) { decode_value(d, static_cast<C*>(o)->*P); },
      [](Encoder& e, const void* o) { encode_value(e, static_cast<const C*>(o)->*P); },
      [](const void* o) { return is_empty_value(static_cast<const C*>(o)->*P); },
  };
}

// ---- Decoding (Go's decodeState.value / literalStore / object / array) ----

namespace detail {

template <class T>
void decode_struct(Decoder& d, T& v) {
  const FieldTable& table = GoStruct<T>::fields();
  const std::string_view short_name = go_short_name(GoStruct<T>::go_name);
  d.advance();  // '{'
  while (d.peek().kind != TokenKind::kEndObject) {
    if (d.aborted()) return;
    const std::string& key = d.peek().text;
    d.advance();
    const FieldInfo* f = nullptr;
    if (auto it = table.exact.find(key); it != table.exact.end()) {
      f = &table.list[it->second];
    } else {
      for (const FieldInfo& cand : table.list) {
        if (go_fold_equal(cand.name, key)) {
          f = &cand;
          break;
        }
      }
    }
    if (!f) {
      d.skip_value();  // Go ignores unknown keys
      continue;
    }
    const Decoder::Context saved = d.enter_field(short_name, f->name);
    d.push_key(key);
    f->decode(d, &v);
    d.pop_path();
    d.leave_field(saved);
  }
  d.advance();  // '}'
}

template <class K>
bool decode_map_key(Decoder& d, const std::string& key, K& out) {
  if constexpr (std::is_same_v<K, std::string> || is_named_string<K>::value) {
    out = K(key);
    return true;
  } else if constexpr (std::is_signed_v<K>) {
    std::int64_t n = 0;
    if (!go_parse_int(key, sizeof(K) * 8, n)) {
      d.type_error("number " + key, go_type_name<K>());
      return false;
    }
    out = static_cast<K>(n);
    return true;
  } else {
    std::uint64_t n = 0;
    if (!go_parse_uint(key, sizeof(K) * 8, n)) {
      d.type_error("number " + key, go_type_name<K>());
      return false;
    }
    out = static_cast<K>(n);
    return true;
  }
}

template <class M>
void decode_map(Decoder& d, M& m) {
  d.advance();  // '{'
  while (d.peek().kind != TokenKind::kEndObject) {
    if (d.aborted()) return;
    const std::string& key = d.peek().text;
    d.advance();
    typename M::mapped_type elem{};  // Go decodes each value into a fresh zero element
    d.push_key(key);
    decode_value(d, elem);
    typename M::key_type k{};
    if (decode_map_key(d, key, k)) m[k] = std::move(elem);
    d.pop_path();
  }
  d.advance();
}

template <class V>
void decode_array(Decoder& d, V& vec) {
  d.advance();  // '['
  std::size_t i = 0;
  while (d.peek().kind != TokenKind::kEndArray) {
    if (d.aborted()) return;
    if (i >= vec.size()) vec.emplace_back();
    d.push_index(i);
    decode_value(d, vec[i]);  // Go decodes into the existing element when there is one
    d.pop_path();
    ++i;
  }
  d.advance();
  vec.resize(i);
}

template <class T, bool = is_named_int<T>::value>
struct int_rep {
  using type = T;
};
template <class T>
struct int_rep<T, true> {
  using type = typename T::rep;
};

// A value of the wrong JSON kind: Go saves an UnmarshalTypeError naming the JSON kind, skips the value.
inline void decode_mismatch(Decoder& d, const std::string& type) {
  switch (d.peek().kind) {
    case TokenKind::kString: d.type_error("string", type); break;
    case TokenKind::kNumber: d.type_error("number", type); break;
    case TokenKind::kTrue:
    case TokenKind::kFalse: d.type_error("bool", type); break;
    case TokenKind::kBeginObject: d.type_error("object", type); break;
    case TokenKind::kBeginArray: d.type_error("array", type); break;
    default: break;
  }
  d.skip_value();
}

template <class T>
void decode_integer(Decoder& d, T& v, const std::string& text) {
  using Rep = typename int_rep<T>::type;
  if constexpr (std::is_signed_v<Rep>) {
    std::int64_t n = 0;
    if (!go_parse_int(text, sizeof(Rep) * 8, n)) return d.type_error("number " + text, go_type_name<T>());
    v = static_cast<Rep>(n);
  } else {
    std::uint64_t n = 0;
    if (!go_parse_uint(text, sizeof(Rep) * 8, n)) return d.type_error("number " + text, go_type_name<T>());
    v = static_cast<Rep>(n);
  }
}

}  // namespace detail

template <class T>
void decode_value(Decoder& d, T& v) {
  if (d.aborted()) return;
  const Token& tok = d.peek();
  if constexpr (has_go_codec<T>::value) {
    GoCodec<T>::decode(d, v);
  } else if constexpr (is_optional<T>::value) {
    if (tok.kind == TokenKind::kNull) {
      v.reset();
      d.advance();
      return;
    }
    if (!v) v.emplace();
    decode_value(d, *v);
  } else if (tok.kind == TokenKind::kNull) {
    // Go: null sets a slice or map to nil and leaves every other kind unchanged.
    if constexpr (is_vector<T>::value || is_map<T>::value) v.clear();
    d.advance();
  } else if constexpr (std::is_same_v<T, bool>) {
    if (tok.kind == TokenKind::kTrue || tok.kind == TokenKind::kFalse) {
      v = tok.kind == TokenKind::kTrue;
      d.advance();
    } else {
      detail::decode_mismatch(d, go_type_name<T>());
    }
  } else if constexpr (std::is_same_v<T, std::string> || is_named_string<T>::value) {
    if (tok.kind == TokenKind::kString) {
      v = T(tok.text);
      d.advance();
    } else {
      detail::decode_mismatch(d, go_type_name<T>());
    }
  } else if constexpr (is_go_integer_v<T> || is_named_int<T>::value) {
    if (tok.kind == TokenKind::kNumber) {
      detail::decode_integer(d, v, tok.text);
      d.advance();
    } else {
      detail::decode_mismatch(d, go_type_name<T>());
    }
  } else if constexpr (is_vector<T>::value) {
    if (tok.kind == TokenKind::kBeginArray) {
      detail::decode_array(d, v);
    } else {
      detail::decode_mismatch(d, go_type_name<T>());
    }
  } else if constexpr (is_map<T>::value) {
    if (tok.kind == TokenKind::kBeginObject) {
      detail::decode_map(d, v);
    } else {
      detail::decode_mismatch(d, go_type_name<T>());
    }
  } else if constexpr (is_go_struct<T>::value) {
    if (tok.kind == TokenKind::kBeginObject) {
      detail::decode_struct(d, v);
    } else {
      detail::decode_mismatch(d, go_type_name<T>());
    }
  } else {
    static_assert(sizeof(T) == 0, "no Go decoding for this C++ type");
  }
}

// Decodes `input` into `out` the way podman's Go code would (json.Unmarshal, or json.Decoder for a
// REST request body). Returns Go's error text, or "" on success; `error_path`, when given, receives the
// JSON path of the offending value (".resource_limits.memory.limit", ".mounts[2]").
template <class T>
std::string go_unmarshal(std::string_view input, T& out, ScanMode mode = ScanMode::kUnmarshal,
                         std::string* error_path = nullptr) {
  Tape tape;
  if (std::string err = scan(input, mode, tape); !err.empty()) {
    if (error_path) *error_path = tape_error_path(tape);
    return err;
  }
  Decoder d(tape);
  decode_value(d, out);
  if (error_path) *error_path = d.error_path();
  return d.error().value_or("");
}

// ---- Encoding (Go's encodeState with escapeHTML, struct field order, omitempty) ----

template <class T>
bool is_empty_value(const T& v) {
  if constexpr (has_go_codec<T>::value) return GoCodec<T>::is_empty(v);
  else if constexpr (std::is_same_v<T, bool>) return !v;
  else if constexpr (std::is_same_v<T, std::string> || is_named_string<T>::value) return v.empty();
  else if constexpr (is_go_integer_v<T> || is_named_int<T>::value) return v == 0;
  else if constexpr (is_vector<T>::value || is_map<T>::value) return v.empty();
  else if constexpr (is_optional<T>::value) {
    // A nil-able slice or map is empty when nil or of length 0; a pointer only when nil.
    using U = typename T::value_type;
    if constexpr (is_vector<U>::value || is_map<U>::value) return !v || v->empty();
    else return !v.has_value();
  } else if constexpr (is_go_struct<T>::value) return false;  // Go never omits a struct value
  else static_assert(sizeof(T) == 0, "no Go emptiness for this C++ type");
}

namespace detail {
template <class K>
std::string map_key_string(const K& k) {
  if constexpr (std::is_same_v<K, std::string> || is_named_string<K>::value) return k;
  else return std::to_string(k);
}
}  // namespace detail

template <class T>
void encode_value(Encoder& e, const T& v) {
  if constexpr (has_go_codec<T>::value) {
    GoCodec<T>::encode(e, v);
  } else if constexpr (std::is_same_v<T, bool>) {
    e.boolean(v);
  } else if constexpr (std::is_same_v<T, std::string> || is_named_string<T>::value) {
    e.string(v);
  } else if constexpr (is_named_int<T>::value) {
    encode_value(e, v.value);
  } else if constexpr (is_go_integer_v<T>) {
    if constexpr (std::is_signed_v<T>) e.integer(v);
    else e.unsigned_integer(v);
  } else if constexpr (is_optional<T>::value) {
    if (!v) e.null();
    else encode_value(e, *v);
  } else if constexpr (is_vector<T>::value) {
    e.put('[');
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) e.put(',');
      encode_value(e, v[i]);
    }
    e.put(']');
  } else if constexpr (is_map<T>::value) {
    // Go sorts map keys by their string form, byte by byte.
    std::map<std::string, const typename T::mapped_type*> sorted;
    for (const auto& [k, val] : v) sorted.emplace(detail::map_key_string(k), &val);
    e.put('{');
    bool first = true;
    for (const auto& [k, val] : sorted) {
      if (!first) e.put(',');
      first = false;
      e.string(k);
      e.put(':');
      encode_value(e, *val);
    }
    e.put('}');
  } else if constexpr (is_go_struct<T>::value) {
    e.put('{');
    bool first = true;
    const FieldTable& table = GoStruct<T>::fields();
    for (std::size_t i = 0; i < table.list.size(); ++i) {
      const FieldInfo& f = table.list[i];
      if (f.omitempty && f.is_empty(&v)) continue;
      if (!first) e.put(',');
      first = false;
      e.raw(table.keys[i]);
      f.encode(e, &v);
    }
    e.put('}');
  } else {
    static_assert(sizeof(T) == 0, "no Go encoding for this C++ type");
  }
}

// json.Marshal(v).
template <class T>
std::string go_marshal(const T& v) {
  Encoder e;
  encode_value(e, v);
  return e.take();
}

}  // namespace specconf::gojson
