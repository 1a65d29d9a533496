#include "reference/security/seccomp_types.h"

namespace specconf::gojson {

using namespace ref::seccomp;  // NOLINT: field tables name many members

const FieldTable& GoStruct<Arg>::fields() {
  static const FieldTable table{
      field<&Arg::index>("index"),
      field<&Arg::value>("value"),
      field<&Arg::value_two>("valueTwo"),
      field<&Arg::op>("op"),
  };
  return table;
}

const FieldTable& GoStruct<Filter>::fields() {
  static const FieldTable table{
      field<&Filter::caps, kOmitEmpty>("caps"),
      field<&Filter::arches, kOmitEmpty>("arches"),
  };
  return table;
}

const FieldTable& GoStruct<Syscall>::fields() {
  static const FieldTable table{
      field<&Syscall::name, kOmitEmpty>("name"),
      field<&Syscall::names, kOmitEmpty>("names"),
      field<&Syscall::action>("action"),
      field<&Syscall::args>("args"),
      field<&Syscall::comment>("comment"),
      field<&Syscall::includes>("includes"),
      field<&Syscall::excludes>("excludes"),
      field<&Syscall::errno_ret, kOmitEmpty>("errnoRet"),
      field<&Syscall::errno_, kOmitEmpty>("errno"),
  };
  return table;
}

const FieldTable& GoStruct<Architecture>::fields() {
  static const FieldTable table{
      field<&Architecture::arch>("architecture"),
      field<&Architecture::sub_arches>("subArchitectures"),
  };
  return table;
}

const FieldTable& GoStruct<Seccomp>::fields() {
  static const FieldTable table{
      field<&Seccomp::default_action>("defaultAction"),
      field<&Seccomp::default_errno_ret, kOmitEmpty>("defaultErrnoRet"),
      field<&Seccomp::default_errno, kOmitEmpty>("defaultErrno"),
      field<&Seccomp::architectures, kOmitEmpty>("architectures"),
      field<&Seccomp::arch_map, kOmitEmpty>("archMap"),
      field<&Seccomp::syscalls>("syscalls"),
      field<&Seccomp::flags, kOmitEmpty>("flags"),
      field<&Seccomp::listener_path, kOmitEmpty>("listenerPath"),
      field<&Seccomp::listener_metadata, kOmitEmpty>("listenerMetadata"),
  };
  return table;
}

}  // namespace specconf::gojson
