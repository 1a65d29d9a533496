// containers.conf `volumes` entries ("[host-dir:]ctr-dir[:options]", the --volume syntax), parsed into
// bind mounts, named volumes and overlay volumes.
#pragma once

#include <string>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"
#include "reference/storage/go_map.h"

namespace specconf::ref {

struct VolumeFlags {
  InsertionOrderedMap<oci::Mount> mounts;            // keyed by destination as written
  InsertionOrderedMap<specgen::NamedVolume> volumes;
  InsertionOrderedMap<specgen::OverlayVolume> overlays;
};

// pkg/specgen/volumes.go:GenVolumeMounts (podman aa47e05ae4, same in v4.3.1). The maps range in input
// order (Go: random). A failed EvalSymlinks of a "./" source names the first component-wise prefix the
// profile lacks (verified: "./missing/x" gave "lstat missing: no such file or directory"); symlinks in
// the middle of such a path are not followed.
VolumeFlags gen_volume_mounts(const std::vector<std::string>& volume_flag, const host::HostProfile& h);

// pkg/specgen/volumes.go:SplitVolumeString: strings.Split on ':'. The Windows drive handling applies only
// under WSL (machine.MachineHostType() == "wsl"), which a Debian host is not.
std::vector<std::string> split_volume_string(const std::string& vol);

}  // namespace specconf::ref
