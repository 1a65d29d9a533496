// Requests podman must refuse, and what its refusal looks like. These judge the outcome, not a spec.
#include "properties/catalog/invariants.h"

#include "reference/goport/path.h"
#include "reference/goport/strings.h"

namespace specconf::props {
namespace {

Verdict must_reject(const Judged& j, bool (*condition)(const Judged&), const char* why) {
  if (!j.specgen || !condition(j)) return {};
  if (j.spec) return std::string(why) + ", yet the request was accepted";
  return {};
}

Verdict undecodable_rejected_as_decode(const Judged& j) {
  if (j.specgen) return {};
  if (j.spec) return "the body does not decode as a SpecGenerator, yet the request was accepted";
  if (!goport::has_prefix(j.error, "decode(): ")) return "a body that does not decode must fail with \"decode(): ...\", got \"" + std::string(j.error) + "\"";
  return {};
}

bool keep_id_or_no_map_as_root(const Judged& j) {
  const std::string& m = j.specgen->userns.nsmode;
  return !j.host.identity.rootless && (m == "keep-id" || m == "no-map");
}
Verdict keep_id_rootless_only(const Judged& j) {
  return must_reject(j, keep_id_or_no_map_as_root, "keep-id/no-map as root");
}

bool empty_unmask_on_v2(const Judged& j) {
  return j.host.cgroups.version == 2 && j.specgen->unmask && j.specgen->unmask->empty();
}
Verdict empty_unmask_rejected_on_v2(const Judged& j) {
  return must_reject(j, empty_unmask_on_v2, "cgroup v2 with a non-nil empty unmask (Go indexes unmask[0])");
}

bool hostname_without_private_uts(const Judged& j) {
  if (j.specgen->hostname.empty()) return false;
  const auto ns = effective_namespaces(j.host, *j.specgen);
  if (!ns || ns->uts == "private") return false;
  // A hostname LookupPod finds (name, ID or unique ID prefix) is cleared instead.
  return find_pod(j.host, j.specgen->hostname) == nullptr;
}
Verdict hostname_needs_private_uts(const Judged& j) {
  return must_reject(j, hostname_without_private_uts, "a hostname without a private UTS namespace");
}

bool image_and_rootfs(const Judged& j) { return !j.specgen->image.empty() && !j.specgen->rootfs.empty(); }
Verdict image_and_rootfs_rejected(const Judged& j) {
  return must_reject(j, image_and_rootfs, "both image and rootfs");
}

bool private_userns_without_maps(const Judged& j) {
  return j.specgen->userns.nsmode == "private" && !j.specgen->idmappings;
}
Verdict private_userns_needs_idmappings(const Judged& j) {
  return must_reject(j, private_userns_without_maps, "userns private without idmappings");
}

bool bad_mount_destinations(const Judged& j) {
  std::set<std::string> seen;
  for (const auto& m : j.specgen->mounts) {
    if (!goport::path_is_abs(m.destination)) return true;
    if (!seen.insert(goport::path_clean(m.destination)).second) return true;
  }
  return false;
}
Verdict mount_destinations_checked(const Judged& j) {
  return must_reject(j, bad_mount_destinations, "a request mount with a relative, empty or duplicate destination");
}

Verdict rejection_has_message(const Judged& j) {
  if (!j.spec && j.error.empty()) return "the request was rejected without a message";
  return {};
}

}  // namespace

std::vector<Invariant> error_invariants() {
  return {
      {"ERR-001", "A body that does not decode as a SpecGenerator is rejected with \"decode(): <Go's error>\"",
       "pkg/api/handlers/libpod/containers_create.go:38-40", kAllVersions, "-", Kind::kConformance,
       undecodable_rejected_as_decode},
      {"ERR-002", "userns keep-id and no-map are rejected as root",
       "pkg/specgen/generate/namespaces.go:198, pkg/util/utils.go:347,406", kAllVersions, "H1 rootless",
       Kind::kConformance, keep_id_rootless_only},
      {"ERR-003", "On cgroup v2 a non-nil empty unmask list is rejected (Go panics indexing unmask[0])",
       "oci_linux.go:60 getCgroupPermissons", kAllVersions, "H2 cgroup version", Kind::kConformance,
       empty_unmask_rejected_on_v2},
      {"ERR-004",
       "A hostname is rejected unless the UTS namespace is private (a hostname naming an existing pod is cleared "
       "instead)",
       "pkg/specgen/container_validate.go:58-65, container_create.go:140-144", kAllVersions, "H20 utsns, H21 pods",
       Kind::kConformance, hostname_needs_private_uts},
      {"ERR-005", "Both image and rootfs are rejected", "pkg/specgen/container_validate.go:55-57", kAllVersions, "-",
       Kind::kConformance, image_and_rootfs_rejected},
      {"ERR-006", "userns private without idmappings is rejected", "pkg/specgen/container_validate.go:96-98",
       kAllVersions, "-", Kind::kConformance, private_userns_needs_idmappings},
      {"ERR-007", "Request mounts with an empty, relative or duplicate (after path.Clean) destination are rejected",
       "storage.go:56-67 finalizeMounts (ValidateVolumeCtrDir, ErrDuplicateDest)", kAllVersions, "-",
       Kind::kConformance, mount_destinations_checked},
      {"ERR-008", "A rejection carries a message", "pkg/api/handlers/utils/errors.go:25-34", kAllVersions, "-",
       Kind::kConformance, rejection_has_message},
  };
}

}  // namespace specconf::props
