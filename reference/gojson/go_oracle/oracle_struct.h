// The C++ twin of oracle.go's Root: one struct that exercises every mechanism of the gojson replica
// (embedded fields, named types, pointers, nil-aware slices and maps, integer map keys, net.IP,
// interface{}, case-folded keys including the Kelvin sign and long s).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reference/gojson/codec.h"
#include "reference/gojson/go_any.h"
#include "reference/gojson/net_types.h"

namespace specconf::gojson::oracle {

struct ModeTag { static constexpr const char* go_name = "main.Mode"; };
using Mode = NamedString<ModeTag>;

struct Inner {
  GoInt a = 0;
  std::optional<std::uint16_t> b;
  std::optional<std::vector<std::string>> s;
};

struct Root {
  std::string e;
  std::string kind;
  std::string name;
  bool flag = false;
  std::int64_t n = 0;
  std::uint8_t u8 = 0;
  GoInt i = 0;
  GoUint u = 0;
  std::int32_t i32 = 0;
  Mode mode;
  std::vector<Mode> modes;
  std::optional<Inner> p;
  std::optional<std::vector<Inner>> l;
  std::vector<std::optional<Inner>> lp;
  std::optional<std::map<std::string, std::string>> m;
  std::map<std::uint16_t, std::string> mu;
  std::map<std::string, Inner> mi;
  std::vector<GoIP> ip;
  std::string untagged;
  GoAny any;
  std::optional<bool> opt;
  std::vector<std::optional<std::vector<std::string>>> ss;
};

}  // namespace specconf::gojson::oracle

namespace specconf::gojson {

template <>
struct GoStruct<oracle::Inner> {
  static constexpr std::string_view go_name = "main.Inner";
  static const FieldTable& fields() {
    using T = oracle::Inner;
    static const FieldTable t{field<&T::a>("a"), field<&T::b, kOmitEmpty>("b"), field<&T::s>("s")};
    return t;
  }
};

template <>
struct GoStruct<oracle::Root> {
  static constexpr std::string_view go_name = "main.Root";
  static const FieldTable& fields() {
    using T = oracle::Root;
    static const FieldTable t{
        field<&T::e, kOmitEmpty>("e"),       field<&T::kind>("kind"),
        field<&T::name, kOmitEmpty>("name"), field<&T::flag>("flag"),
        field<&T::n, kOmitEmpty>("n"),       field<&T::u8>("u8"),
        field<&T::i>("i"),                   field<&T::u, kOmitEmpty>("u"),
        field<&T::i32, kOmitEmpty>("i32"),   field<&T::mode>("mode"),
        field<&T::modes, kOmitEmpty>("modes"), field<&T::p, kOmitEmpty>("p"),
        field<&T::l>("l"),                   field<&T::lp, kOmitEmpty>("lp"),
        field<&T::m>("m"),                   field<&T::mu, kOmitEmpty>("mu"),
        field<&T::mi, kOmitEmpty>("mi"),     field<&T::ip, kOmitEmpty>("ip"),
        field<&T::untagged>("Untagged"),     field<&T::any, kOmitEmpty>("any"),
        field<&T::opt, kOmitEmpty>("opt"),   field<&T::ss, kOmitEmpty>("ss"),
    };
    return t;
  }
};

}  // namespace specconf::gojson
