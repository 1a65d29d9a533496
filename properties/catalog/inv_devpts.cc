// /dev/pts and gid=5: oci_linux.go:119-151.
#include "properties/catalog/invariants.h"

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
  };
}

}  // namespace specconf::props
