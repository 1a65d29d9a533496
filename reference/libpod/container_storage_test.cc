#include "reference/libpod/container_storage.h"

#include <gtest/gtest.h>

#include "reference/core/error.h"

namespace specconf::ref::libpod {
namespace {

using Maps = std::vector<oci::LinuxIDMapping>;

host::HostProfile host_of(bool rootless) {
  host::HostProfile h;
  h.identity.rootless = rootless;
  if (rootless) {  // as rootless-cgroupv1: UIDs 0-65536, GIDs 0-65536 in the service's user namespace
    h.identity.subuid = {{100000, 65536}};
    h.identity.gid_map_total = 65537;
  }
  return h;
}
const host::HostProfile kRoot = host_of(false);      // overlay with idmapped mounts: can shift
const host::HostProfile kRootless = host_of(true);   // vfs: cannot shift

// The error setup_storage_mappings raises for an image container with these stored mappings, or "".
std::string storage_error(const host::HostProfile& h, const Maps& uids, const Maps& gids, const std::string& rootfs = "") {
  oci::Spec spec;
  spec.linux_.emplace();
  spec.linux_->uid_mappings = uids;
  spec.linux_->gid_mappings = gids;
  ContainerConfig c;
  c.spec = &spec;
  c.rootfs = rootfs;
  c.rootfs_image_id = "d7cf16ca32a468b224039e0386ce22088ab9f60c86b8e0e0fcbcaf2989484243";
  try {
    setup_storage_mappings(c, h);
  } catch (const PodmanError& e) {
    return e.message();
  }
  return "";
}

std::string conflict(const std::string& mapping) {
  return "creating container storage: the specified UID and/or GID mapping " + mapping +
         " conflicts with other mappings: invalid mappings specified";
}

const std::string kCopyError =
    "creating container storage: creating an ID-mapped copy of layer \"<top layer of image d7cf16ca32a4>\": "
    "creating copy of template layer \"<top layer of image d7cf16ca32a4>\" with ID \"<random layer ID>\": "
    "container ID 0 cannot be mapped to a host ID";

TEST(SetupStorageMappings, NoMappingsNeedNoCopyAndCannotOverlap) {
  EXPECT_EQ(storage_error(kRoot, {}, {}), "");
  EXPECT_EQ(storage_error(kRootless, {}, {}), "");
}

TEST(SetupStorageMappings, OverlappingContainerRangesAreRefusedUidMapFirst) {
  // Seen live (campaign seed 1483 on root-cgroupv2): UID 0 is mapped twice.
  for (const auto* h : {&kRoot, &kRootless}) {
    EXPECT_EQ(storage_error(*h, {{0, 1, 1000}, {0, 100000, 65536}}, {{0, 1, 5}, {6, 6, 1000}}),
              conflict("0:100000:65536"));
  }
}

TEST(SetupStorageMappings, OverlappingHostRangesAreRefusedToo) {
  // Seen live (campaign seed 1891 on root-cgroupv2): host IDs 1000-1004 twice in the GID map.
  EXPECT_EQ(storage_error(kRoot, {{0, 1, 65536}}, {{0, 1000, 5}, {5, 1000, 1000}}), conflict("5:1000:1000"));
}

TEST(SetupStorageMappings, ConflictsAreListedInHostIdOrderWhereTheDriverCanShift) {
  // IsContiguous sorted the map by host ID in place before hasOverlappingRanges reads it (golden
  // image-idmap-overlap-several: root profiles list 100:5:10 first, rootless ones in request order).
  const Maps uids = {{0, 1, 10}, {5, 100, 10}, {100, 5, 10}};
  const std::string tail = " conflict with other mappings: invalid mappings specified";
  EXPECT_EQ(storage_error(kRoot, uids, {{0, 1, 3}}),
            "creating container storage: the specified UID and/or GID mappings 100:5:10, 5:100:10" + tail);
  EXPECT_EQ(storage_error(kRootless, uids, {{0, 1, 3}}),
            "creating container storage: the specified UID and/or GID mappings 5:100:10, 100:5:10" + tail);
}

TEST(SetupStorageMappings, AdjacentAndEmptyRangesDoNotConflict) {
  EXPECT_EQ(storage_error(kRoot, {{0, 1, 5}, {5, 6, 5}, {3, 3, 0}}, {{0, 1, 65536}}), "");
  EXPECT_EQ(storage_error(kRootless, {{0, 1, 5}, {5, 6, 5}, {3, 3, 0}}, {{0, 1, 65536}}), "");
}

TEST(SetupStorageMappings, OverlayLayerCopyFailsWhenANonEmptyMapLacksIdZero) {
  // Seen live (campaign seed 1261 on root, a map with a hole): podman names the image's top layer and a
  // random new layer there.
  EXPECT_EQ(storage_error(kRoot, {{5, 1, 4}, {1000, 100000, 0}, {4294967295u, 1, 0}}, {}), kCopyError);
  EXPECT_EQ(storage_error(kRoot, {{0, 1, 65536}}, {{6, 1, 1000}, {2000, 2000, 1}}), kCopyError);
  // The copy comes before the overlap check.
  EXPECT_EQ(storage_error(kRoot, {{5, 1, 4}, {5, 1, 4}}, {}), kCopyError);
  // An empty map maps every ID to itself.
  EXPECT_EQ(storage_error(kRoot, {{0, 1, 10}, {20, 30, 10}}, {}), "");
}

TEST(SetupStorageMappings, VfsLayerCopyNeverFails) {
  // Seen live (campaign seeds 1141, 1758 on rootless-3gids): vfs chowns with ToHostOverflow.
  EXPECT_EQ(storage_error(kRootless, {{0, 1, 65536}}, {{5, 100, 10}}), "");
  EXPECT_EQ(storage_error(kRootless, {{5, 1, 4}}, {}), "");
  // ... so the overlap check is what refuses (seed 1004), in the request's order.
  EXPECT_EQ(storage_error(kRootless, {}, {{5, 1000, 5}, {5, 0, 1}, {1000, 100000, 5}}), conflict("5:0:1"));
}

TEST(SetupStorageMappings, RootlessVfsCannotChownBeyondTheServiceUserNamespace) {
  // Seen live (campaign seed 50663 on rootless-cgroupv1 and rootless-3gids, shrunk).
  EXPECT_EQ(storage_error(kRootless, {{0, 100000, 65536}}, {{0, 1, 65536}}),
            "creating container storage: creating an ID-mapped copy of layer \"<top layer of image d7cf16ca32a4>\": "
            "creating copy of template layer \"<top layer of image d7cf16ca32a4>\" with ID \"<random layer ID>\": "
            "potentially insufficient UIDs or GIDs available in user namespace (requested 100000:1 for <graph "
            "root>/vfs/dir): Check /etc/subuid and /etc/subgid if configured locally and run podman-system-migrate: "
            "chown <graph root>/vfs/dir: invalid argument");
  // Root can chown to any ID.
  EXPECT_EQ(storage_error(kRoot, {{0, 100000, 65536}}, {{0, 1, 65536}}), "");
  // Within the namespace: fine.
  EXPECT_EQ(storage_error(kRootless, {{0, 1, 65536}}, {{0, 1, 65536}}), "");
}

TEST(SetupStorageMappings, RootlessLibpodChownsItsDirectoriesToTheFirstRangeAtZero) {
  // Seen live (campaign seed 50663 unshrunk): ID 0 is unmapped for storage (a zero-size range), so vfs
  // chowns to -1:-1 (nothing), but libpod's RootUID takes that range's host ID.
  EXPECT_EQ(storage_error(kRootless, {{6, 1000, 0}, {1, 1000, 1}, {0, 100000, 0}}, {{0, 1, 65536}}),
            "chown <run root>/vfs-containers/<container ID>/userdata: invalid argument");
  EXPECT_EQ(storage_error(kRootless, {{6, 1000, 0}, {1, 1000, 1}, {0, 100, 0}}, {{0, 1, 65536}}), "");
}

TEST(SetupStorageMappings, ContiguousMapsAreShiftedWithoutACopy) {
  // No layer copy where the driver shifts, so an unmapped ID 0 goes unnoticed at create time.
  EXPECT_EQ(storage_error(kRoot, {{5, 1, 4}}, {}), "");
  EXPECT_EQ(storage_error(kRoot, {{5, 1, 4}, {9, 5, 10}}, {{6, 1, 1000}}), "");
}

TEST(SetupStorageMappings, ContainersWithARootfsHaveNoStorage) {
  EXPECT_EQ(storage_error(kRootless, {{0, 1, 5}, {0, 1, 5}}, {}, "/srv/specconf/rootfs"), "");
}

}  // namespace
}  // namespace specconf::ref::libpod
