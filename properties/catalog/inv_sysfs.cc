// /sys and the cgroup mount: oci_linux.go:35-118 (canMountSys and its two branches) and :176-184.
#include "properties/catalog/invariants.h"

namespace specconf::props {
namespace {

bool request_mounts_type(const specgen::SpecGenerator& s, const std::string& type) {
  for (const auto& m : s.mounts)
    if (m.type == type) return true;
  return false;
}

const oci::Mount* cgroup_mount(const oci::Spec& spec) {
  for (const auto& m : spec.mounts)
    if (m.type == "cgroup" && m.destination == "/sys/fs/cgroup") return &m;
  return nullptr;
}

Verdict sys_bound_when_unmountable(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->can_mount_sys() || !sub->config_mount_kept("/sys")) return {};
  const oci::Mount* m = mount_at(sub->spec, "/sys");
  if (!m) return "expected one /sys mount, found " + std::to_string(mounts_at(sub->spec, "/sys").size());
  const std::string want = sub->privileged() ? "rw" : "ro";
  const std::string other = sub->privileged() ? "ro" : "rw";
  if (m->type != "bind" || m->source != "/sys" || !has_option(*m, "rbind") || !has_option(*m, want) ||
      has_option(*m, other)) {
    return "sysfs cannot be mounted (netns " + sub->ns.net + ", userns " + sub->ns.user +
           "): expected a bind of /sys with rbind," + want + ", got " + describe(*m);
  }
  return {};
}

Verdict no_cgroup_when_unmountable(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->can_mount_sys() || request_mounts_type(sub->s, "cgroup")) return {};
  for (const auto& m : sub->spec.mounts) {
    if (m.type == "cgroup") return "sysfs cannot be mounted, yet there is a cgroup mount: " + describe(m);
  }
  return {};
}

Verdict sys_kernel_masked_when_bound_rootless(const Judged& j) {
  const auto sub = subject(j);
  if (!sub) return {};
  const bool expected = !sub->can_mount_sys() && sub->rootless() && !sub->privileged();
  const auto& masked = masked_paths(sub->spec);
  const bool present = std::find(masked.begin(), masked.end(), "/sys/kernel") != masked.end();
  if (expected && (masked.empty() || masked[0] != "/sys/kernel")) {
    return "rootless, unprivileged, /sys bound: /sys/kernel must be the first masked path, got " + list(masked);
  }
  const bool requested = std::find(sub->s.mask.begin(), sub->s.mask.end(), "/sys/kernel") != sub->s.mask.end();
  if (!expected && present && !requested) {
    return "/sys/kernel is masked although /sys is " +
           std::string(sub->can_mount_sys() ? "mountable" : "bound with privileges or as root");
  }
  return {};
}

Verdict sys_rw_when_privileged(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->privileged() || !sub->can_mount_sys() || !sub->config_mount_kept("/sys")) return {};
  const oci::Mount* m = mount_at(sub->spec, "/sys");
  if (!m || m->type != "sysfs" || !has_option(*m, "rw") || has_option(*m, "ro")) {
    return "privileged with a mountable sysfs: expected /sys sysfs rw, got " + (m ? describe(*m) : "no single /sys");
  }
  return {};
}

Verdict sys_ro_when_unprivileged(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->privileged() || !sub->can_mount_sys() || !sub->config_mount_kept("/sys")) return {};
  const oci::Mount* m = mount_at(sub->spec, "/sys");
  if (!m || m->type != "sysfs" || m->source != "sysfs" || !has_option(*m, "ro") || has_option(*m, "rw")) {
    return "unprivileged with a mountable sysfs: expected /sys sysfs ro, got " + (m ? describe(*m) : "no single /sys");
  }
  return {};
}

Verdict cgroup_mount_when_mountable(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->can_mount_sys() || !sub->config_mount_kept("/sys/fs/cgroup")) return {};
  const auto all = mounts_at(sub->spec, "/sys/fs/cgroup");
  if (all.size() != 1) return "expected one /sys/fs/cgroup mount, found " + std::to_string(all.size());
  const oci::Mount& m = *all[0];
  const std::vector<std::string> head = {"rprivate", "nosuid", "noexec", "nodev", "relatime"};
  const bool shape = m.type == "cgroup" && m.source == "cgroup" && m.options.size() == 6 &&
                     std::equal(head.begin(), head.end(), m.options.begin()) &&
                     (m.options[5] == "ro" || m.options[5] == "rw");
  if (!shape) return "expected cgroup from cgroup [rprivate,nosuid,noexec,nodev,relatime,ro|rw], got " + describe(m);
  return {};
}

// The cgroup mount's last option, or nothing when there is no podman cgroup mount to judge.
std::optional<std::string> cgroup_permission_in(const Subject& sub) {
  if (!sub.config_mount_kept("/sys/fs/cgroup")) return std::nullopt;
  const oci::Mount* m = cgroup_mount(sub.spec);
  if (!m) return std::nullopt;
  if (has_option(*m, "rw")) return "rw";
  return "ro";
}

Verdict cgroup_v1_ro_unless_privileged(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->host.cgroups.version == 2 || sub->privileged()) return {};
  if (cgroup_permission_in(*sub) == std::optional<std::string>("rw")) {
    return "cgroup v1, unprivileged: the cgroup mount is rw";
  }
  return {};
}

Verdict cgroup_v2_rw_exactly_on_unmask(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->host.cgroups.version != 2 || sub->privileged()) return {};
  const auto got = cgroup_permission_in(*sub);
  const auto want = podman_cgroup_permission(sub->host, sub->s);
  if (!got || !want || *got == *want) return {};
  return "cgroup v2, unmask " + list(sub->s.unmask.value_or(std::vector<std::string>{})) + ": expected the cgroup mount " +
         *want + ", got " + *got;
}

Verdict cgroup_rw_when_privileged(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->privileged() || !sub->can_mount_sys()) return {};
  const auto got = cgroup_permission_in(*sub);
  if (got && *got != "rw") return "privileged with a mountable sysfs: the cgroup mount is " + *got;
  return {};
}

}  // namespace

std::vector<Invariant> sysfs_invariants() {
  return {
      {"CGROUP-001",
       "With a mountable sysfs there is exactly one /sys/fs/cgroup mount: cgroup from cgroup, options "
       "[rprivate,nosuid,noexec,nodev,relatime,ro|rw]",
       "oci_linux.go:176-184 SpecGenToOCI addCgroup", kAllVersions, "H1 rootless", Kind::kConformance,
       cgroup_mount_when_mountable},
      {"CGROUP-002", "On cgroup v1 the cgroup mount is never rw unless privileged",
       "oci_linux.go:55-57 getCgroupPermissons (v1: ro), :90-91 privileged && canMountSys", kAllVersions,
       "H2 cgroup version", Kind::kConformance, cgroup_v1_ro_unless_privileged},
      {"CGROUP-003",
       "On cgroup v2, unprivileged, the cgroup mount is rw exactly when unmask[0] is \"ALL\" or an unmask entry "
       "path.Cleans to /sys/fs/cgroup",
       "oci_linux.go:60-68 getCgroupPermissons", kAllVersions, "H2 cgroup version", Kind::kConformance,
       cgroup_v2_rw_exactly_on_unmask},
      {"CGROUP-004", "Privileged with a mountable sysfs gives a rw cgroup mount",
       "oci_linux.go:90-91 SpecGenToOCI cgroupPerm = \"rw\"", kAllVersions, "H1 rootless", Kind::kConformance,
       cgroup_rw_when_privileged},
      {"SYS-001",
       "When sysfs cannot be mounted (net host with rootless or a new user namespace; a new user namespace with "
       "a netns other than slirp4netns/pasta/private/none/bridge), /sys is a bind of /sys with rbind, ro unless "
       "privileged",
       "oci_linux.go:35-48 canMountSys, :101-114 !canMountSys", kAllVersions, "H1 rootless", Kind::kConformance,
       sys_bound_when_unmountable},
      {"SYS-002", "When sysfs cannot be mounted there is no cgroup mount",
       "oci_linux.go:101-102 addCgroup = false, :176", kAllVersions, "H1 rootless", Kind::kConformance,
       no_cgroup_when_unmountable},
      {"SYS-003",
       "/sys/kernel is masked, first, exactly when /sys is bound, rootless and unprivileged (or the request "
       "masks it)",
       "oci_linux.go:115-117 !s.Privileged && isRootless", kAllVersions, "H1 rootless", Kind::kConformance,
       sys_kernel_masked_when_bound_rootless},
      {"SYS-004", "Privileged with a mountable sysfs gives /sys as sysfs rw",
       "oci_linux.go:90-99 s.Privileged && canMountSys", kAllVersions, "H1 rootless", Kind::kConformance,
       sys_rw_when_privileged},
      {"SYS-005", "Unprivileged with a mountable sysfs keeps runtime-tools' read-only sysfs at /sys",
       "oci_linux.go:76 generate.New (rt-tools/generate/generate.go:44-262 default /sys ro), :90 not privileged",
       kAllVersions, "H1 rootless", Kind::kConformance, sys_ro_when_unprivileged},
  };
}

}  // namespace specconf::props
