// MakeContainer's mount step: the mounts a container's spec gets from its request, containers.conf, its
// image, volumes_from and --init, plus the named and overlay volumes that go to libpod's config instead.
#pragma once

#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

struct FinalizedMounts {
  std::vector<oci::Mount> mounts;               // reach the spec (SupersedeUserMounts)
  std::vector<specgen::NamedVolume> volumes;    // libpod config only (WithNamedVolumes)
  std::vector<specgen::OverlayVolume> overlays; // libpod config only (WithOverlayVolumes)
};

// pkg/specgen/generate/storage.go:finalizeMounts (podman aa47e05ae4, same in v4.3.1). Expects `s` after
// Validate (pidns defaulted). `image` is null for a rootfs container.
// Order (Go ranges over maps, so podman's order is random): the mounts keyed in the request, in input
// order, then containers.conf volumes, then the init binary, then the image and volumes_from mounts that
// nothing superseded, image first; volumes likewise (request, containers.conf, image, volumes_from);
// overlays request first, then containers.conf. When several conflicts exist, the first in this order is
// the one reported.
FinalizedMounts finalize_mounts_and_volumes(const specgen::SpecGenerator& s, const host::HostProfile& h,
                                            const host::Image* image);

// finalizeMounts' first result: the mounts that reach the spec.
std::vector<oci::Mount> finalize_mounts(specgen::SpecGenerator& s, const host::HostProfile& h,
                                        const host::Image* image);

}  // namespace specconf::ref
