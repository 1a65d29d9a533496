// libpod's pod lookup by name or ID over the pods of the HostProfile (the boltdb state).
#pragma once

#include <string>

#include "reference/model/host_profile.h"

namespace specconf::ref::process {

// libpod/boltdb_state.go:(*BoltState).LookupPod (podman aa47e05ae4): a full ID, then a name (pod and
// container names share one namespace), then a unique ID prefix. Throws PodmanError with libpod's texts.
const host::Pod& lookup_pod(const host::HostProfile& h, const std::string& id_or_name);

// The containers of a pod (p.Status() walks them): those whose `pod` is the pod's ID or name.
bool pod_has_running_container(const host::HostProfile& h, const host::Pod& pod);

}  // namespace specconf::ref::process
