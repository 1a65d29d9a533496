#pragma once

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/container_create.go:MakeContainer (podman v4.3.1): a pod's infra container lookup
// and Inherit, namespace defaults, Validate, mounts, command, the create options in podman's order,
// SpecGenToOCI and the infra's security annotations; then ExecuteCreate's rt.NewContainer (reference/
// libpod), which applies the options and validates: the spec podman stores.
oci::Spec make_container(specgen::SpecGenerator& s, const host::HostProfile& h);

}  // namespace specconf::ref
