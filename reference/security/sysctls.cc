#include "reference/security/sysctls.h"

#include <set>

#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/goport/strings.h"

namespace specconf::ref {
namespace {

const std::set<std::string> kValidSysctls = {
    "kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem",
    "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced",
};
const char* const kValidSysctlPrefixes[] = {"net.", "fs.mqueue."};

bool is_uts_sysctl(const std::string& key) {
  return goport::has_prefix(key, "kernel.domainname") || goport::has_prefix(key, "kernel.hostname");
}

// The namespace modes in which a container does not own the namespace (FromContainer, FromPod, Host).
bool not_own(const specgen::Namespace& ns) {
  return ns.nsmode == "container" || ns.nsmode == "pod" || ns.nsmode == "host";
}

}  // namespace

std::map<std::string, std::string> validate_sysctls(const std::vector<std::string>& entries) {
  std::map<std::string, std::string> sysctl;
  for (const std::string& val : entries) {
    const std::vector<std::string> arr = goport::split(val, "=");
    if (arr.size() < 2) fail(val + " is invalid, sysctl values must be in the form of KEY=VALUE");
    const std::string trimmed = std::string(goport::trim_space(arr[0])) + "=" + std::string(goport::trim_space(arr[1]));
    if (trimmed != val) fail("'" + val + "' is invalid, extra spaces found");
    if (kValidSysctls.count(arr[0])) {
      sysctl[arr[0]] = arr[1];
      continue;
    }
    bool found = false;
    for (const char* prefix : kValidSysctlPrefixes) {
      if (goport::has_prefix(arr[0], prefix)) {
        sysctl[arr[0]] = arr[1];
        found = true;
        break;
      }
    }
    if (!found) fail("sysctl '" + arr[0] + "' is not allowed");
  }
  return sysctl;
}

void configure_sysctls(const specgen::SpecGenerator& s, Generator& g, const host::HostProfile& h) {
  const bool no_use_ipc = not_own(s.ipcns);
  const bool no_use_net = not_own(s.netns);
  const bool no_use_uts = not_own(s.utsns);

  for (const auto& [key, val] : validate_sysctls(h.containers_conf.default_sysctls)) {
    if (no_use_ipc && goport::has_prefix(key, "fs.mqueue.")) continue;
    if (no_use_net && goport::has_prefix(key, "net.")) continue;
    if (no_use_uts && is_uts_sysctl(key)) continue;
    g.add_linux_sysctl(key, val);
  }

  const std::string suffix = std::string(": ") + errors::kInvalidArg;
  for (const auto& [key, val] : s.sysctl) {
    if (s.ipcns.nsmode == "host" && goport::has_prefix(key, "fs.mqueue.")) {
      fail("sysctl " + key + "=" + val + " can't be set since IPC Namespace set to host" + suffix);
    }
    if (s.netns.nsmode == "host" && goport::has_prefix(key, "net.")) {
      fail("sysctl " + key + "=" + val + " can't be set since Network Namespace set to host" + suffix);
    }
    if (s.utsns.nsmode == "host" && is_uts_sysctl(key)) {
      fail("sysctl " + key + "=" + val + " can't be set since UTS Namespace set to host" + suffix);
    }
    g.add_linux_sysctl(key, val);
  }
}

}  // namespace specconf::ref
