// The Docker-format seccomp profile that podman decodes: containers/common pkg/seccomp/types.go
// (v0.50.1), with Go encoding/json field tables so that reference/gojson decodes it as json.Unmarshal
// does (case-insensitive keys, unknown keys such as "comment" or "minKernel" ignored, Go's error texts).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reference/gojson/codec.h"
#include "reference/gojson/go_types.h"

namespace specconf::ref::seccomp {

using gojson::GoUint;

struct ActionTag {
  static constexpr const char* go_name = "seccomp.Action";
};
struct ArchTag {
  static constexpr const char* go_name = "seccomp.Arch";
};
struct OperatorTag {
  static constexpr const char* go_name = "seccomp.Operator";
};

using Action = gojson::NamedString<ActionTag>;
using Arch = gojson::NamedString<ArchTag>;
using Operator = gojson::NamedString<OperatorTag>;

// seccomp.Arg.
struct Arg {
  GoUint index = 0;
  std::uint64_t value = 0;
  std::uint64_t value_two = 0;
  Operator op;
};

// seccomp.Filter.
struct Filter {
  std::vector<std::string> caps;
  std::vector<std::string> arches;
};

// seccomp.Syscall. `args` is a []*Arg: a JSON null element is a nil pointer.
struct Syscall {
  std::string name;
  std::vector<std::string> names;
  Action action;
  std::optional<std::vector<std::optional<Arg>>> args;
  std::string comment;
  Filter includes;
  Filter excludes;
  std::optional<GoUint> errno_ret;
  std::string errno_;
};

// seccomp.Architecture.
struct Architecture {
  Arch arch;
  std::optional<std::vector<Arch>> sub_arches;
};

// seccomp.Seccomp. `syscalls` is a []*Syscall: a JSON null element is a nil pointer.
struct Seccomp {
  Action default_action;
  std::optional<GoUint> default_errno_ret;
  std::string default_errno;
  std::vector<Arch> architectures;
  std::vector<Architecture> arch_map;
  std::optional<std::vector<std::optional<Syscall>>> syscalls;
  std::vector<std::string> flags;
  std::string listener_path;
  std::string listener_metadata;
};

}  // namespace specconf::ref::seccomp

namespace specconf::gojson {

template <>
struct GoStruct<ref::seccomp::Arg> {
  static constexpr std::string_view go_name = "seccomp.Arg";
  static const FieldTable& fields();
};
template <>
struct GoStruct<ref::seccomp::Filter> {
  static constexpr std::string_view go_name = "seccomp.Filter";
  static const FieldTable& fields();
};
template <>
struct GoStruct<ref::seccomp::Syscall> {
  static constexpr std::string_view go_name = "seccomp.Syscall";
  static const FieldTable& fields();
};
template <>
struct GoStruct<ref::seccomp::Architecture> {
  static constexpr std::string_view go_name = "seccomp.Architecture";
  static const FieldTable& fields();
};
template <>
struct GoStruct<ref::seccomp::Seccomp> {
  static constexpr std::string_view go_name = "seccomp.Seccomp";
  static const FieldTable& fields();
};

}  // namespace specconf::gojson
