#pragma once

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/container_create.go:MakeContainer (podman aa47e05ae4), followed by the parts of
// libpod's Runtime.NewContainer that edit or reject the spec: the spec podman stores.
oci::Spec make_container(specgen::SpecGenerator& s, const host::HostProfile& h);

}  // namespace specconf::ref
