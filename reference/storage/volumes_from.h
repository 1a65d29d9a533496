// volumes_from: copying another container's user mounts and named volumes.
#pragma once

#include <string>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"
#include "reference/storage/go_map.h"

namespace specconf::ref {

struct VolumesFrom {
  InsertionOrderedMap<oci::Mount> mounts;             // keyed by the donor's destination as written
  InsertionOrderedMap<specgen::NamedVolume> volumes;  // keyed likewise; Dest is cleaned
};

// pkg/specgen/generate/storage.go:getVolumesFrom (podman v4.3.1). The maps range in the order the donors
// and their mounts are listed (Go: random), so a later donor overrides an earlier one in place.
VolumesFrom get_volumes_from(const std::vector<std::string>& volumes_from, const host::HostProfile& h);

}  // namespace specconf::ref
