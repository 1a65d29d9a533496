// The Linux capabilities podman 4.3.1 knows, by number: syndtr/gocapability's capability.List() (enum.go,
// vendored at aa47e05ae4), CAP_ prefixed. A host fact's data, not behaviour: the reference and the
// invariant catalog both need capability numbers (cap_last_cap compares with them).
#pragma once

#include <array>
#include <string_view>

namespace specconf::linux_caps {

inline constexpr std::array<std::string_view, 41> kNames = {
    "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL",
    "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE", "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT",
    "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE",
    "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL", "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN",
    "CAP_SYSLOG", "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
};

inline constexpr int kBlockSuspend = 36;

// containers/common capabilities.go init(): the last capability it lists for a kernel reporting
// cap_last_cap `last`. gocapability leaves CAP_LAST_CAP at 63 when the file cannot be read, and common
// takes 63 for "RHEL6, no cap_last_cap" and uses CAP_BLOCK_SUSPEND instead.
inline constexpr int common_last_cap(int last) { return last == 63 ? kBlockSuspend : last; }

// The capability's number, or -1 for a name gocapability does not know.
inline constexpr int number_of(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace specconf::linux_caps
