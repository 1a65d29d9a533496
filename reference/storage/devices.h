// Host devices requested with `devices` (and containers.conf `devices`): "src[:dst][:perm]" strings, each
// a device node or a directory of them, added to the spec as devices plus cgroup rules, or as bind mounts
// when rootless.
#pragma once

#include <string>

#include "reference/core/generator.h"
#include "reference/model/host_profile.h"

namespace specconf::ref {

struct DeviceSpec {
  std::string src, dst, permissions;
};

// pkg/specgen/generate/config_linux.go:ParseDevice (podman aa47e05ae4): "src", "src:dst", "src:perm" or
// "src:dst:perm"; permissions default to rwm. An empty second field panics in podman (index out of
// range), reported here with the runtime's text. Also a fuzz entry point.
DeviceSpec parse_device(const std::string& device);

// pkg/specgen/generate/config_linux.go:IsValidDeviceMode: a non-empty set of distinct r, w, m.
bool is_valid_device_mode(const std::string& mode);

// pkg/util/utils_linux.go:DeviceFromPath (podman aa47e05ae4): lstat the path; b, c or p from the raw
// st_mode bits (so a symlink reads as "c", as in Go), fileMode = raw st_mode. Returns "" or the error text.
std::string device_from_path(const host::HostProfile& h, const std::string& path, oci::LinuxDevice& out);

// pkg/specgen/generate/config_linux.go:DevicesFromPath (podman aa47e05ae4): resolves a symlinked src,
// walks a directory (entries in name order, as filepath.WalkDir), and adds each device through addDevice.
// Rootless (HostProfile.identity.rootless): each device becomes a bind mount appended to g.config.mounts.
void devices_from_path(Generator& g, const std::string& device, const host::HostProfile& h);

}  // namespace specconf::ref
