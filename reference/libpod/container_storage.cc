#include "reference/libpod/container_storage.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "reference/core/error.h"

namespace specconf::ref::libpod {
namespace {

// containers/storage errors.go: ErrInvalidMappings.
constexpr const char* kInvalidMappings = "invalid mappings specified";

// idtools.IDMap, with Go's int (64-bit) fields converted from the spec's uint32 as setupStorageMapping does.
struct IDMap {
  std::int64_t container_id, host_id, size;
};

std::vector<IDMap> maps_of(const std::vector<oci::LinuxIDMapping>& spec_maps) {
  std::vector<IDMap> out;
  for (const auto& m : spec_maps) out.push_back({m.container_id, m.host_id, m.size});
  return out;
}

// pkg/idtools/idtools.go:toHost: a nil map maps every ID to itself.
bool maps_to_host(const std::vector<IDMap>& maps, std::int64_t id) {
  if (maps.empty()) return true;
  for (const auto& m : maps) {
    if (id >= m.container_id && id <= m.container_id + m.size - 1) return true;
  }
  return false;
}

// pkg/idtools/idtools.go:IsContiguous: sorts `maps` in place by host ID and, only when that order has no
// hole, by container ID. (Go's sort.Sort is an insertion sort, so stable, for the few entries a map has.)
bool is_contiguous(std::vector<IDMap>& maps) {
  if (maps.size() < 2) return true;
  std::stable_sort(maps.begin(), maps.end(), [](const IDMap& a, const IDMap& b) { return a.host_id < b.host_id; });
  for (std::size_t i = 1; i < maps.size(); ++i) {
    if (maps[i].host_id != maps[i - 1].host_id + maps[i - 1].size) return false;
  }
  std::stable_sort(maps.begin(), maps.end(),
                   [](const IDMap& a, const IDMap& b) { return a.container_id < b.container_id; });
  for (std::size_t i = 1; i < maps.size(); ++i) {
    if (maps[i].container_id != maps[i - 1].container_id + maps[i - 1].size) return false;
  }
  return true;
}

// store.go:(*store).canUseShifting; the && short-circuits, so the GID map is left unsorted when the
// UID map is not contiguous.
bool can_use_shifting(bool driver_shifts, std::vector<IDMap>& uids, std::vector<IDMap>& gids) {
  if (!driver_shifts) return false;
  if (!uids.empty() && !is_contiguous(uids)) return false;
  if (!gids.empty() && !is_contiguous(gids)) return false;
  return true;
}

// pkg/idtools/idtools.go:GetRootUIDGID as IDMappings.RootPair uses it: a single one-ID range gives its
// host ID, else ID 0 through the map (an empty map: 0); when either is unmapped both are -1.
std::pair<std::int64_t, std::int64_t> root_pair(const std::vector<IDMap>& uids, const std::vector<IDMap>& gids) {
  auto root = [](const std::vector<IDMap>& maps) -> std::int64_t {
    if (maps.size() == 1 && maps[0].size == 1) return maps[0].host_id;
    if (maps.empty()) return 0;
    for (const auto& m : maps) {
      if (0 >= m.container_id && 0 <= m.container_id + m.size - 1) return m.host_id - m.container_id;
    }
    return -1;
  };
  const std::int64_t uid = root(uids), gid = root(gids);
  if (uid < 0 || gid < 0) return {-1, -1};
  return {uid, gid};
}

// libpod/container.go:(*Container).RootUID / RootGID: a single one-ID range gives its host ID, else the
// first range starting at container ID 0 (whatever its size), else 0.
std::int64_t root_id(const std::vector<IDMap>& maps) {
  if (maps.size() == 1 && maps[0].size == 1) return maps[0].host_id;
  for (const auto& m : maps) {
    if (m.container_id == 0) return m.host_id;
  }
  return 0;
}

// Whether a rootless service can chown to uid:gid: its user namespace maps the user's own ID and the
// subuid ranges (UIDs 0 .. sum of subuid counts) and gid_map_total GIDs.
bool in_service_userns(const host::HostProfile& h, std::int64_t uid, std::int64_t gid) {
  std::uint64_t uids = 1;
  for (const auto& r : h.identity.subuid) uids += r.count;
  return uid >= 0 && gid >= 0 && static_cast<std::uint64_t>(uid) < uids &&
         static_cast<std::uint64_t>(gid) < h.identity.gid_map_total;
}

// A set of integers as the union of half-open intervals [start, end); empty intervals add nothing.
struct IntervalUnion {
  std::vector<std::pair<std::int64_t, std::int64_t>> parts;
  bool intersects(std::int64_t start, std::int64_t end) const {
    if (start >= end) return false;
    for (const auto& [s, e] : parts) {
      if (std::max(s, start) < std::min(e, end)) return true;
    }
    return false;
  }
  void add(std::int64_t start, std::int64_t end) {
    if (start < end) parts.emplace_back(start, end);
  }
};

// idset.go:hasOverlappingRanges (containers/storage v1.43.0): a mapping conflicts when its container
// range or its host range meets one of an earlier mapping (google/go-intervals set semantics).
void has_overlapping_ranges(const std::vector<IDMap>& maps) {
  IntervalUnion host, container;
  std::vector<std::string> conflicts;
  for (const auto& m : maps) {
    const std::string text =
        std::to_string(m.container_id) + ":" + std::to_string(m.host_id) + ":" + std::to_string(m.size);
    const bool container_overlaps = container.intersects(m.container_id, m.container_id + m.size);
    container.add(m.container_id, m.container_id + m.size);
    const bool host_overlaps = host.intersects(m.host_id, m.host_id + m.size);
    host.add(m.host_id, m.host_id + m.size);
    if (container_overlaps || host_overlaps) conflicts.push_back(text);
  }
  if (conflicts.empty()) return;
  if (conflicts.size() == 1) {
    fail("creating container storage: the specified UID and/or GID mapping " + conflicts[0] +
         " conflicts with other mappings: " + kInvalidMappings);
  }
  std::string joined;
  for (const auto& c : conflicts) joined += (joined.empty() ? "" : ", ") + c;
  fail("creating container storage: the specified UID and/or GID mappings " + joined +
       " conflict with other mappings: " + kInvalidMappings);
}

}  // namespace

void setup_storage_mappings(const ContainerConfig& c, const host::HostProfile& h) {
  if (!c.rootfs.empty() || !c.spec || !c.spec->linux_) return;
  std::vector<IDMap> uids = maps_of(c.spec->linux_->uid_mappings);
  std::vector<IDMap> gids = maps_of(c.spec->linux_->gid_mappings);
  const bool mapped = !uids.empty() || !gids.empty();
  // The capture machines' driver (see the header): overlay as root, vfs rootless.
  const bool overlay = !h.identity.rootless;
  // imageTopLayerForMapping: the image's layer has no mappings; it serves as is when the mappings are
  // shifted at mount time (or there are none), else an ID-mapped copy is made.
  const bool copy = !can_use_shifting(overlay, uids, gids) && mapped;
  const std::string layer = "\"<top layer of image " + c.rootfs_image_id.substr(0, 12) + ">\"";
  const std::string copy_failed = "creating container storage: creating an ID-mapped copy of layer " + layer +
                                  ": creating copy of template layer " + layer + " with ID \"<random layer ID>\": ";
  // overlay copies through NaiveCreateFromTemplate, whose untar fails on an owner the maps lack.
  if (copy && overlay && (!maps_to_host(uids, 0) || !maps_to_host(gids, 0))) {
    fail(copy_failed + "container ID 0 cannot be mapped to a host ID");
  }
  // vfs (rootless) first chowns its layer directory to the root pair, inside the service's user
  // namespace; chown(-1, -1) when ID 0 is unmapped changes nothing. (It then chowns the files with
  // ToHostOverflow, which maps unmapped owners to the overflow ID: no failure there.)
  if (copy && !overlay) {
    const auto [uid, gid] = root_pair(uids, gids);
    if (uid >= 0 && !in_service_userns(h, uid, gid)) {
      const std::string ids = std::to_string(uid) + ":" + std::to_string(gid);
      fail(copy_failed + "potentially insufficient UIDs or GIDs available in user namespace (requested " + ids +
           " for <graph root>/vfs/dir): Check /etc/subuid and /etc/subgid if configured locally and run "
           "podman-system-migrate: chown <graph root>/vfs/dir: invalid argument");
    }
  }
  has_overlapping_ranges(uids);
  has_overlapping_ranges(gids);
  // Back in setupStorage: with mappings, libpod chowns the container's run and static directories to
  // RootUID/RootGID, which a rootless service can only do within its user namespace.
  if (mapped && h.identity.rootless && !in_service_userns(h, root_id(uids), root_id(gids))) {
    fail("chown <run root>/vfs-containers/<container ID>/userdata: invalid argument");
  }
}

}  // namespace specconf::ref::libpod
