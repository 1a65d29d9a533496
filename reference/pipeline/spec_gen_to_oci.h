// podman's SpecGenToOCI and the small decisions it makes itself.
#pragma once

#include <string>
#include <vector>

#include "reference/core/generator.h"
#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/oci_linux.go:canMountSys (podman aa47e05ae4): whether a fresh sysfs can be mounted.
// pasta counts as a private network only for the seed engine (podman 4.3.1 rejects it earlier).
bool can_mount_sys(bool rootless, bool new_userns, const specgen::SpecGenerator& s, const std::string& engine);

// pkg/specgen/generate/oci_linux.go:getCgroupPermissons: "rw" on cgroup v2 when unmask[0] is exactly
// "ALL" or an entry cleans to /sys/fs/cgroup, else "ro". An empty non-nil unmask list makes podman index
// out of range; the caller turns that into podman's failure (see spec_gen_to_oci).
std::string get_cgroup_permissions(const std::optional<std::vector<std::string>>& unmask, bool cgroup_v2);

// pkg/specgen/generate/oci_linux.go:SpecGenToOCI: the spec for a completed, validated SpecGenerator.
// `mounts` is finalizeMounts' result, `command` makeCommand's, `image` nullptr without one, `compat`
// Inherit's result (empty outside a pod with an infra): its host devices stand in for a request without
// devices.
oci::Spec spec_gen_to_oci(specgen::SpecGenerator& s, const host::HostProfile& h, const host::Image* image,
                          const std::vector<oci::Mount>& mounts, const std::vector<std::string>& command,
                          const host::InfraInherit& compat);

}  // namespace specconf::ref
