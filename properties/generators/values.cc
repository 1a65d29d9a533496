#include "properties/generators/values.h"

#include "reference/model/capability_names.h"

namespace specconf::props::gen {

const std::vector<std::string>& cap_names() {
  static const std::vector<std::string> names(linux_caps::kNames.begin(), linux_caps::kNames.end());
  return names;
}

int cap_number(const std::string& name) { return linux_caps::number_of(name); }

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
