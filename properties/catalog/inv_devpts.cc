// /dev/pts and gid=5: oci_linux.go:119-151.
#include "properties/catalog/invariants.h"

#include "reference/goport/path.h"

namespace specconf::props {
namespace {

const oci::Mount* devpts(const Subject& sub) {
  if (!sub.config_mount_kept("/dev/pts")) return nullptr;
  const oci::Mount* m = mount_at(sub.spec, "/dev/pts");
  return m && m->type == "devpts" ? m : nullptr;
}

Verdict gid5_as_podman_decides(const Judged& j) {
  const auto sub = subject(j);
  if (!sub) return {};
  const oci::Mount* m = devpts(*sub);
  if (!m) return {};
  const bool keep = podman_keeps_gid5(sub->host, sub->s, sub->ns);
  if (keep != has_option(*m, "gid=5")) {
    return std::string(keep ? "gid 5 is available (gid_map_total " : "gid 5 is unavailable (gid_map_total ") +
           std::to_string(sub->host.identity.gid_map_total) + ", " +
           std::to_string(podman_gid_map(sub->s, sub->ns).size()) + " GIDMap ranges), yet /dev/pts is " +
           describe(*m);
  }
  return {};
}

Verdict devpts_without_gid5_shape(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || podman_keeps_gid5(sub->host, sub->s, sub->ns)) return {};
  const oci::Mount* m = devpts(*sub);
  if (!m) return {};
  const std::vector<std::string> want = {"rprivate", "nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"};
  if (m->source != "devpts" || m->options != want) {
    return "expected /dev/pts devpts from devpts " + list(want) + ", got " + describe(*m);
  }
  return {};
}

Verdict gid5_only_when_mapped(const Judged& j) {
  const auto sub = subject(j);
  if (!sub) return {};
  const oci::Mount* m = devpts(*sub);
  if (!m || !has_option(*m, "gid=5")) return {};
  const auto mapped = gid5_mapped_for_kernel(sub->host, sub->ns, sub->spec);
  if (mapped && !*mapped) {
    return "/dev/pts has gid=5 but gid 5 is not mapped in the container's user namespace (userns " + sub->ns.user +
           ", service gid_map_total " + std::to_string(sub->host.identity.gid_map_total) +
           "): the kernel refuses the devpts mount with EINVAL";
  }
  return {};
}

// Where SpecGenToOCI leaves /dev/pts once it dropped gid=5: RemoveMount, then AddMount appends it after
// the mounts generate.New starts with and the /sys mount podman replaced just before, and before everything
// it appends later (the /dev/mqueue and /proc binds, the cgroup mount, rootless device binds).
Verdict devpts_reappended_in_order(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || podman_keeps_gid5(sub->host, sub->s, sub->ns)) return {};
  const oci::Mount* pts = devpts(*sub);
  if (!pts) return {};
  std::set<std::string> device_dests;
  if (sub->rootless())
    for (const auto& d : podman_device_adds(sub->host, sub->s)) device_dests.insert(goport::path_clean(d.dst));
  const auto& mounts = sub->spec.mounts;
  const std::size_t at = static_cast<std::size_t>(pts - mounts.data());
  for (std::size_t i = 0; i < mounts.size(); ++i) {
    const oci::Mount& m = mounts[i];
    const std::string dest = goport::path_clean(m.destination);
    if (i == at || sub->user_dests.count(dest)) continue;  // user mounts lead the list (MOUNT-003)
    const bool podman_dest = dest == "/proc" || dest == "/dev" || dest == "/dev/mqueue" || dest == "/sys" ||
                             dest == "/sys/fs/cgroup" || dest == "/dev/pts";
    if (device_dests.count(dest) && podman_dest) continue;  // a device bind there cannot be told from podman's
    const bool before = (dest == "/proc" && m.type == "proc") || (dest == "/dev" && m.type == "tmpfs") ||
                        (dest == "/dev/mqueue" && m.type == "mqueue") || dest == "/sys";
    const bool after = (dest == "/proc" && m.type == "bind") || (dest == "/dev/mqueue" && m.type == "bind") ||
                       (dest == "/sys/fs/cgroup" && m.type == "cgroup") || (device_dests.count(dest) && m.type == "bind");
    if (before && i > at) return describe(m) + " comes after /dev/pts, which podman re-appends without gid=5";
    if (after && i < at) return describe(m) + " comes before /dev/pts, which podman re-appends without gid=5 first";
  }
  return {};
}

}  // namespace

std::vector<Invariant> devpts_invariants() {
  return {
      {"GID5-001",
       "/dev/pts keeps gid=5 exactly when podman's gid5Available holds: rootless needs >= 5 gids in the "
       "service's gid_map, and a GIDMap of an explicit user namespace must cover 5",
       "oci_linux.go:119-140 gid5Available, :141-151 re-append without gid=5", kAllVersions,
       "H1 rootless, H9 gid_map_total", Kind::kConformance, gid5_as_podman_decides},
      {"GID5-002",
       "Without gid=5, /dev/pts is devpts from devpts with exactly "
       "[rprivate,nosuid,noexec,newinstance,ptmxmode=0666,mode=0620]",
       "oci_linux.go:141-151 !gid5Available", kAllVersions, "H1 rootless, H9 gid_map_total", Kind::kConformance,
       devpts_without_gid5_shape},
      {"GID5-003", "gid=5 on /dev/pts only when gid 5 is mapped in the container's user namespace",
       "oci_linux.go:125 nGids >= 5 (the kernel needs gid 5 to exist: ids 0..4 are only 5 gids)", kAllVersions,
       "H1 rootless, H9 gid_map_total", Kind::kSoundness, gid5_only_when_mapped},
      {"GID5-004",
       "Without gid=5, /dev/pts comes after podman's /proc, /dev, /dev/mqueue and /sys mounts and before its /dev/mqueue "
       "and /proc binds, its cgroup mount and rootless device binds (removed, then re-appended)",
       "oci_linux.go:141-151 RemoveMount + AddMount, after :89-118 (/sys), before :153-184 and :228-247 (devices)",
       kAllVersions, "H1 rootless, H9 gid_map_total", Kind::kConformance, devpts_reappended_in_order},
  };
}

}  // namespace specconf::props
