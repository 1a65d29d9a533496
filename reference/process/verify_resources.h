// CompleteSpec's resource checks: pkg/specgen/generate/validate.go (podman aa47e05ae4; the same in
// v4.3.1), with containers/common v0.50.1's sysinfo answered by HostProfile.cgroups.
#pragma once

#include <string>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/validate.go:verifyContainerResources (podman aa47e05ae4): dispatches on the cgroup
// version. Returns the warnings in podman's order; throws PodmanError on a rejected limit (podman returns
// the warnings gathered so far with the error, and the API drops them).
std::vector<std::string> verify_container_resources(specgen::SpecGenerator& s, const host::HostProfile& h);

// pkg/specgen/generate/validate.go:verifyContainerResourcesCgroupV1 (podman aa47e05ae4)
std::vector<std::string> verify_container_resources_cgroup_v1(specgen::SpecGenerator& s,
                                                              const host::HostProfile& h);

// pkg/specgen/generate/validate.go:verifyContainerResourcesCgroupV2 (podman aa47e05ae4). The service's
// own cgroup (or, running in the root cgroup, the podman_probe cgroup it creates) is answered by
// HostProfile.cgroups.own_memory_max / own_memory_swap_max.
std::vector<std::string> verify_container_resources_cgroup_v2(specgen::SpecGenerator& s,
                                                              const host::HostProfile& h);

}  // namespace specconf::ref
