// /dev/mqueue and /proc in a user namespace sharing the host's IPC or PID namespace (oci_linux.go:153-174),
// and procfs_opts (oci_linux.go:22-32, 312).
#include "properties/catalog/invariants.h"

namespace specconf::props {
namespace {

// One filesystem podman either mounts anew or binds from the host when a user namespace cannot mount it.
struct HostBind {
  const char* dest;
  const char* fs_type;  // the fresh mount's type and source
  const char* bind_option;
};

Verdict judge_bind(const Judged& j, const HostBind& b, const std::string NamespaceModes::*mode) {
  const auto sub = subject(j);
  if (!sub || !sub->config_mount_kept(b.dest)) return {};
  const bool bind = sub->in_userns() && sub->ns.*mode == "host";
  const oci::Mount* m = mount_at(sub->spec, b.dest);
  if (!m) return "expected one " + std::string(b.dest) + " mount, found " + std::to_string(mounts_at(sub->spec, b.dest).size());
  const bool procfs_replaced = std::string(b.dest) == "/proc" && sub->s.procfs_opts;
  if (bind) {
    if (m->type != "bind" || m->source != b.dest || (!procfs_replaced && !has_option(*m, b.bind_option))) {
      return std::string("in a user namespace with the host's namespace: expected a bind of ") + b.dest + " with " +
             b.bind_option + ", got " + describe(*m);
    }
  } else if (m->type != b.fs_type || m->source != b.fs_type) {
    return std::string("expected a new ") + b.fs_type + " at " + b.dest + " (in user namespace: " +
           (sub->in_userns() ? "yes" : "no") + ", mode " + sub->ns.*mode + "), got " + describe(*m);
  }
  return {};
}

Verdict mqueue_bind_exactly_in_userns_ipc_host(const Judged& j) {
  return judge_bind(j, {"/dev/mqueue", "mqueue", "bind"}, &NamespaceModes::ipc);
}

Verdict proc_bind_exactly_in_userns_pid_host(const Judged& j) {
  return judge_bind(j, {"/proc", "proc", "rbind"}, &NamespaceModes::pid);
}

Verdict procfs_opts_replace_proc_options(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->s.procfs_opts) return {};
  for (const auto& m : sub->spec.mounts) {
    if (m.destination != "/proc") continue;  // setProcOpts compares the destination verbatim
    if (m.options != *sub->s.procfs_opts) {
      return "procfs_opts " + list(*sub->s.procfs_opts) + " did not replace the first /proc mount's options: " +
             describe(m);
    }
    return {};
  }
  return {};
}

}  // namespace

std::vector<Invariant> userns_mount_invariants() {
  return {
      {"MQUEUE-001",
       "/dev/mqueue is a bind of the host's /dev/mqueue exactly when the container is in a user namespace and "
       "shares the host's IPC namespace; otherwise a new mqueue",
       "oci_linux.go:153-164 inUserNS && s.IpcNS.IsHost()", kAllVersions, "H1 rootless, H20 ipcns",
       Kind::kConformance, mqueue_bind_exactly_in_userns_ipc_host},
      {"PROC-001",
       "/proc is a bind of the host's /proc with rbind exactly when the container is in a user namespace and "
       "shares the host's PID namespace; otherwise a new proc",
       "oci_linux.go:165-174 inUserNS && s.PidNS.IsHost()", kAllVersions, "H1 rootless, H20 pidns",
       Kind::kConformance, proc_bind_exactly_in_userns_pid_host},
      {"PROC-002", "procfs_opts replace the options of the first /proc mount verbatim",
       "oci_linux.go:22-32 setProcOpts, :312", kAllVersions, "-", Kind::kConformance,
       procfs_opts_replace_proc_options},
  };
}

}  // namespace specconf::props
