// SpecGenToOCI's last mount steps: merging the finalized mounts over the generator's, then giving every
// bind and tmpfs mount its final options.
#pragma once

#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"

namespace specconf::ref {

// pkg/specgen/generate/storage.go:SupersedeUserMounts (podman aa47e05ae4): the user mounts first, then
// each config mount whose cleaned destination no user mount has (and none under /dev/ when a user mount
// is at /dev). No user mounts: the config mounts unchanged.
std::vector<oci::Mount> supersede_user_mounts(const std::vector<oci::Mount>& user, std::vector<oci::Mount> config);

// pkg/specgen/generate/storage.go:InitFSMounts (podman aa47e05ae4): ProcessOptions over every bind mount
// (statfs of its source) and every tmpfs mount not at /dev, in place.
void init_fs_mounts(std::vector<oci::Mount>& mounts, const host::HostProfile& h);

}  // namespace specconf::ref
