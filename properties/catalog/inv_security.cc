// Security settings besides capabilities: securityConfigureGenerator (security_linux.go:191-262),
// setupApparmor (:62-82) and the seccomp profile podman copies (common/pkg/seccomp/seccomp_linux.go:102-200).
#include "properties/catalog/invariants.h"

#include "reference/goport/strings.h"

namespace specconf::props {
namespace {

Verdict no_new_privileges_mirrors(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->spec.process) return {};
  if (sub->spec.process->no_new_privileges != sub->s.no_new_privileges) return "noNewPrivileges differs from the request";
  return {};
}

Verdict readonly_root_mirrors(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->spec.root) return {};
  if (sub->spec.root->readonly != sub->s.read_only_filesystem) return "root.readonly differs from read_only_filesystem";
  return {};
}

Verdict seccomp_dropped_when_unconfined(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->spec.linux_) return {};
  // CompleteSpec fills an empty path from containers.conf before this check runs.
  const std::string path = podman_seccomp_profile_path(sub->host, sub->s);
  const bool cleared = path == "unconfined" ||
                       (sub->privileged() && (path.empty() || path == "/etc/containers/seccomp.json" ||
                                              path == "/usr/share/containers/seccomp.json"));
  if (cleared && sub->spec.linux_->seccomp) {
    return "seccomp should be absent (profile path \"" + path + "\"" + (sub->privileged() ? ", privileged" : "") + ")";
  }
  return {};
}

Verdict apparmor_only_when_enabled(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->spec.process) return {};
  const std::string& got = sub->spec.process->apparmor_profile;
  if (!sub->host.apparmor.enabled && !got.empty()) return "AppArmor is off on the host, yet the profile is " + got;
  if (sub->privileged() && sub->s.apparmor_profile.empty() && !got.empty()) return "privileged without a requested profile, yet " + got;
  return {};
}

Verdict seccomp_actions_valid(const Judged& j) {
  if (!j.spec || !j.spec->linux_ || !j.spec->linux_->seccomp) return {};
  const auto& sc = *j.spec->linux_->seccomp;
  if (!is_seccomp_action(sc.default_action)) return "seccomp defaultAction \"" + sc.default_action.str() + "\" is not a seccomp action";
  for (const auto& sys : sc.syscalls)
    if (!is_seccomp_action(sys.action)) return "seccomp syscall action \"" + sys.action.str() + "\" is not a seccomp action";
  return {};
}

Verdict sysctl_keys_are_names(const Judged& j) {
  if (!j.spec || !j.spec->linux_) return {};
  for (const auto& [k, v] : j.spec->linux_->sysctl)
    if (!is_sysctl_name(k)) return "sysctl key \"" + k + "\" names no kernel parameter";
  return {};
}

Verdict no_sysctl_for_host_namespaces(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->spec.linux_) return {};
  for (const auto& [k, v] : sub->spec.linux_->sysctl) {
    if (sub->ns.net == "host" && goport::has_prefix(k, "net.")) return "net host, yet sysctl " + k;
    if (sub->ns.ipc == "host" && goport::has_prefix(k, "fs.mqueue.")) return "ipc host, yet sysctl " + k;
    if (sub->ns.uts == "host" && (goport::has_prefix(k, "kernel.hostname") || goport::has_prefix(k, "kernel.domainname"))) {
      return "uts host, yet sysctl " + k;
    }
  }
  return {};
}

}  // namespace

std::vector<Invariant> security_invariants() {
  return {
      {"SEC-001", "process.noNewPrivileges mirrors no_new_privileges", "security_linux.go:191", kAllVersions, "-",
       Kind::kConformance, no_new_privileges_mirrors},
      {"SEC-002", "root.readonly mirrors read_only_filesystem", "security_linux.go:212", kAllVersions, "-",
       Kind::kConformance, readonly_root_mirrors},
      {"SEC-003",
       "No seccomp with seccomp_profile_path \"unconfined\", nor when privileged with no profile path or one of the "
       "two default paths; an empty path is containers.conf's seccomp_profile first",
       "security_linux.go:198-210, container.go:250-256 CompleteSpec (libpod/util.go:201-224 DefaultSeccompPath)",
       kAllVersions, "H20 seccomp_profile", Kind::kConformance, seccomp_dropped_when_unconfined},
      {"SEC-004", "No AppArmor profile when AppArmor is off on the host, nor when privileged without a requested profile",
       "security_linux.go:62-82 setupApparmor", kAllVersions, "H11 AppArmor", Kind::kConformance,
       apparmor_only_when_enabled},
      {"SECCOMP-001", "seccomp's defaultAction and every syscall action are seccomp actions (SCMP_ACT_*)",
       "common/pkg/seccomp/seccomp_linux.go:102-200 setupSeccomp copies defaultAction verbatim", kAllVersions,
       "H12 seccomp profile", Kind::kSoundness, seccomp_actions_valid},
      {"SYSCTL-001", "Every sysctl key names a kernel parameter: no '=', no blanks, no empty parts",
       "security_linux.go:246-262 adds the request's sysctls without util.ValidateSysctls", kAllVersions, "-",
       Kind::kSoundness, sysctl_keys_are_names},
      {"SYSCTL-002",
       "No net.* sysctl with the host's network namespace, no fs.mqueue.* with the host's IPC namespace, no "
       "kernel.hostname/domainname with the host's UTS namespace",
       "security_linux.go:214-259 (defaults skipped, the request's rejected)", kAllVersions, "H20 default_sysctls",
       Kind::kConformance, no_sysctl_for_host_namespaces},
  };
}

}  // namespace specconf::props
