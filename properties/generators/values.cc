#include "properties/generators/values.h"

namespace specconf::props::gen {

const std::vector<std::string>& cap_names() {
  static const std::vector<std::string> names = {
      "CAP_CHOWN",         "CAP_DAC_OVERRIDE",  "CAP_DAC_READ_SEARCH", "CAP_FOWNER",         "CAP_FSETID",
      "CAP_KILL",          "CAP_SETGID",        "CAP_SETUID",          "CAP_SETPCAP",        "CAP_LINUX_IMMUTABLE",
      "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_ADMIN",    "CAP_NET_RAW",        "CAP_IPC_LOCK",
      "CAP_IPC_OWNER",     "CAP_SYS_MODULE",    "CAP_SYS_RAWIO",       "CAP_SYS_CHROOT",     "CAP_SYS_PTRACE",
      "CAP_SYS_PACCT",     "CAP_SYS_ADMIN",     "CAP_SYS_BOOT",        "CAP_SYS_NICE",       "CAP_SYS_RESOURCE",
      "CAP_SYS_TIME",      "CAP_SYS_TTY_CONFIG", "CAP_MKNOD",          "CAP_LEASE",          "CAP_AUDIT_WRITE",
      "CAP_AUDIT_CONTROL", "CAP_SETFCAP",       "CAP_MAC_OVERRIDE",    "CAP_MAC_ADMIN",      "CAP_SYSLOG",
      "CAP_WAKE_ALARM",    "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ",      "CAP_PERFMON",        "CAP_BPF",
      "CAP_CHECKPOINT_RESTORE",
  };
  return names;
}

int cap_number(const std::string& name) {
  const auto& names = cap_names();
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<int>(i);
  }
  return -1;
}

std::vector<std::string> cap_spellings() {
  return {"CAP_NET_ADMIN", "NET_ADMIN", "cap_sys_admin", "CHOWN", "ALL",        "all",          "CAP_MKNOD",
          "NET_RAW",       "AUDIT_WRITE", "SETUID",     "CAP_BPF", "CAP_CHECKPOINT_RESTORE", "CAP_SYS_RESOURCE",
          "CAP_BOGUS",     "sys_chroot", "CAP_KILL",     "setpcap"};
}

std::vector<std::string> text_tokens() {
  return {"a", "x", "value", "", "with space", "\xc3\xa9t\xc3\xa9", "\xe6\x97\xa5\xe6\x9c\xac",
          "\xf0\x9f\x90\xb3", "a=b", "$HOME", "quote\"d", "back\\slash", "tab\there", "0", "TRUE"};
}

}  // namespace specconf::props::gen
