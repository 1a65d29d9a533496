// Defaults podman puts into s.resource_limits before the resource checks: the API handler's swap
// default and CompleteSpec's pids limit.
#pragma once

#include <cstdint>

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// common/pkg/config/default.go:(*Config).PidsLimit (containers/common v0.50.1): containers.conf
// pids_limit; rootless only with the systemd cgroup manager on cgroup v2, else 0.
std::int64_t pids_limit(const host::HostProfile& h);

// pkg/specgen/resources_linux.go:(*SpecGenerator).InitResourceLimits (podman aa47e05ae4): without a pids
// limit and unless cgroups_mode is "disabled", a non-zero PidsLimit becomes resource_limits.pids. The
// caller has already defaulted an empty cgroups_mode from containers.conf (CompleteSpec does so first).
void init_resource_limits(specgen::SpecGenerator& s, const host::HostProfile& h);

// pkg/specgenutil/specgen.go:LimitToSwap (podman aa47e05ae4).
void limit_to_swap_memory(oci::LinuxMemory& memory, bool swap_given, std::int64_t limit);

// pkg/api/handlers/libpod/containers_create.go:CreateContainer's memory step (podman aa47e05ae4): with
// resource_limits.memory present, LimitToSwap(memory, swap given?, limit or 0): a positive limit without
// swap gets swap = 2*limit (wrapping like Go's int64).
void limit_to_swap(specgen::SpecGenerator& s);

}  // namespace specconf::ref
