// Block I/O devices given by path (weightDevice, throttle*Device): each path is stat'ed on the host for
// its major:minor.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/oci_linux.go:WeightDevices (podman aa47e05ae4). Sorted by path (Go: map order).
// Only major, minor and weight are set; weight stays empty when the request gave none, and podman's
// caller then dereferences nil: the caller must fail with goport::panics::kNilDereference for such an entry.
std::vector<oci::LinuxWeightDevice> weight_devices(const std::map<std::string, oci::LinuxWeightDevice>& devices,
                                                   const host::HostProfile& h);

// pkg/specgen/utils_linux.go:FinishThrottleDevices (podman aa47e05ae4). Always leaves s.resource_limits
// set; appends to resource_limits.blockIO's four throttle lists, each in path order (Go: map order).
void finish_throttle_devices(specgen::SpecGenerator& s, const host::HostProfile& h);

}  // namespace specconf::ref
