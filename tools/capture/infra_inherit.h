// What a pod's infra container hands the containers that join the pod, read from its database record.
#pragma once

#include <string>
#include <string_view>

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"

namespace specconf::capture {

// pkg/specgen/generate/container.go:ConfigToSpec (podman v4.3.1), the InfraInherit it derives for an
// infra container from its ContainerConfig JSON (ctr/<id>/config) and its stored spec: device_host_src,
// namedVolumes (anonymity dropped), ctrImageVolumes, overlayVolumes, the spec mounts of its userVolumes
// (libpod/container.go:SortUserVolumes), labelopts and shmSize. Returns "" or an error.
std::string infra_inherit_from_config(std::string_view config_json, const oci::Spec& spec, host::InfraInherit& out);

}  // namespace specconf::capture
