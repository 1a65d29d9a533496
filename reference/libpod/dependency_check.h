// Who may be joined or depended on: the check every namespace-join option and WithDependencyCtrs run.
#pragma once

#include "reference/libpod/container_config.h"
#include "reference/model/host_profile.h"

namespace specconf::ref::libpod {

// libpod/util.go:checkDependencyContainer (podman v4.3.1). Of its checks only pod membership can fail for
// a container being created (a fresh ID never equals the donor's, and no donor of a host profile is being
// removed): a container joining a pod may only depend on members of that pod.
void check_dependency_container(const host::Container& dep, const ContainerConfig& ctr);

}  // namespace specconf::ref::libpod
