// C++ stand-ins for the Go types whose JSON behaviour podman's models depend on.
//
// Go's encoding/json names the destination type in its errors ("... of type uint16", "of type
// specs.LinuxNamespaceType"), distinguishes nil from empty slices and maps, and keeps Go's `int` apart
// from `int64`. These aliases carry exactly that information into the C++ models:
//   - GoInt / GoUint: Go's `int` and `uint` (64-bit here). They are `long long` / `unsigned long long`,
//     distinct C++ types from int64_t / uint64_t (`long` / `unsigned long` on LP64), so a type trait can
//     tell them apart while arithmetic stays natural.
//   - std::optional<T>: a Go pointer (*T); std::optional<std::vector<T>> and std::optional<std::map<..>>:
//     a slice or map whose nil-ness matters (podman tests `!= nil`, or the field has no omitempty).
//   - NamedString<Tag> / NamedInt<Tag, Rep>: Go named types (`type Arch string`), named in errors by Tag.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace specconf::gojson {

using GoInt = long long;
using GoUint = unsigned long long;
static_assert(!std::is_same_v<GoInt, std::int64_t> && sizeof(GoInt) == 8,
              "Go's int must be a 64-bit type distinct from int64_t (LP64 Linux)");
static_assert(!std::is_same_v<GoUint, std::uint64_t> && sizeof(GoUint) == 8,
              "Go's uint must be a 64-bit type distinct from uint64_t (LP64 Linux)");

// A Go named string type. Tag::go_name is what Go's reflect prints, e.g. "specs.Arch".
template <class Tag>
struct NamedString : std::string {
  using tag_type = Tag;
  using std::string::string;
  NamedString() = default;
  NamedString(const std::string& s) : std::string(s) {}  // NOLINT: implicit like Go's conversion
  NamedString(std::string&& s) : std::string(std::move(s)) {}  // NOLINT
  NamedString(std::string_view s) : std::string(s) {}  // NOLINT
  const std::string& str() const { return *this; }
};

// A Go named integer type, e.g. os.FileMode (uint32) or syscall.Signal (int).
template <class Tag, class Rep>
struct NamedInt {
  using tag_type = Tag;
  using rep = Rep;
  Rep value{};
  NamedInt() = default;
  constexpr NamedInt(Rep v) : value(v) {}  // NOLINT: implicit like Go's conversion
  constexpr operator Rep() const { return value; }
};

template <class T>
struct is_named_string : std::false_type {};
template <class Tag>
struct is_named_string<NamedString<Tag>> : std::true_type {};

template <class T>
struct is_named_int : std::false_type {};
template <class Tag, class Rep>
struct is_named_int<NamedInt<Tag, Rep>> : std::true_type {};

}  // namespace specconf::gojson
