// containers/common pkg/seccomp/errno_list.go:errnoArch, the errno names a profile may use. Its values
// are golang.org/x/sys/unix constants, fixed when podman is compiled for a GOARCH; on Linux only the
// mips family differs from the asm-generic numbers. Generated into errno_tables.cc by gen/errno_tables.py.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace specconf::ref::seccomp {

struct ErrnoName {
  const char* name;
  std::uint32_t generic;  // amd64, 386, arm, arm64, ppc64, ppc64le, riscv64, s390x
  std::uint32_t mips;     // mips, mipsle, mips64, mips64le
};

extern const ErrnoName kErrnoNames[];
extern const std::size_t kErrnoNameCount;

// errnoArch[name] for a podman whose libseccomp reports `native_arch` (GetNativeArch().String()). The
// Go build architecture follows from it: libseccomp's mips, mipsel, mips64, mipsel64 and the n32 ABIs
// run only under a mips GOARCH. Architectures Go has no port for (parisc) are given the generic table.
inline std::optional<std::uint32_t> errno_by_name(std::string_view name, std::string_view native_arch) {
  const bool mips = native_arch.substr(0, 4) == "mips";
  for (std::size_t i = 0; i < kErrnoNameCount; ++i) {
    if (name == kErrnoNames[i].name) return mips ? kErrnoNames[i].mips : kErrnoNames[i].generic;
  }
  return std::nullopt;
}

}  // namespace specconf::ref::seccomp
