// A container joining a pod with an infra container takes over some of the infra's settings.
#pragma once

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/container_create.go:Inherit (podman v4.3.1): the infra's InfraInherit with the
// request's own caps, devices, mounts, volumes and SELinux options appended is JSON-marshalled and
// unmarshalled over `s`. So those lists become infra's + the request's, a request's element keeps any
// field the infra's element in its place leaves out, and shm_size always becomes the infra's (dropped
// again for an explicit host IPC namespace when the infra's is the default). Returns those
// "compatible options", which SpecGenToOCI and createContainerOptions read again.
host::InfraInherit inherit(const host::Container& infra, specgen::SpecGenerator& s);

}  // namespace specconf::ref
