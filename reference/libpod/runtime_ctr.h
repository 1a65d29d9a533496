// libpod's Runtime.NewContainer as the REST create path reaches it: the create options applied in order,
// then the checks setupContainer makes before it writes the container to the database.
#pragma once

#include <vector>

#include "reference/libpod/options.h"
#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"

namespace specconf::ref::libpod {

// libpod/runtime_ctr.go:(*Runtime).newContainer (podman v4.3.1): the spec is stored by pointer, every
// option runs in order ("running container create option: <its error>" stops at the first), then
// setup_container. `spec` is what AddContainer stores: WithUserNSFrom edits it in place.
void new_container(oci::Spec& spec, const std::vector<CtrCreateOption>& options, const host::HostProfile& h);

// libpod/runtime_ctr.go:(*Runtime).setupContainer (podman v4.3.1), up to the state write, reduced to its
// checks: validate(), then the cgroup parent's sanity for the profile's cgroup manager, then what
// containers/storage refuses in the ID mappings (setupStorage; container_storage.h). Not modelled:
// the normalisation of network names (a HostProfile does not list the service's networks), and the
// steps that can only fail on the machine (the rest of storage, lock allocation, named volume creation,
// the write).
void setup_container(const ContainerConfig& c, const host::HostProfile& h);

}  // namespace specconf::ref::libpod
