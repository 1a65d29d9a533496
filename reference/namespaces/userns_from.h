// What rt.NewContainer's create options do to the stored spec (libpod/runtime_ctr.go:newContainer at
// podman aa47e05ae4): only WithUserNSFrom edits it. The namespace options run in namespaceOptions' order
// and each first checks its donor (libpod/util.go:checkDependencyContainer).
#pragma once

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// libpod/options.go:WithUserNSFrom, applied to the final spec for userns container:X and pod (the pod's
// infra container): uidMappings and gidMappings become the donor's IDMappings. Before that, the
// checkDependencyContainer of every With*NSFrom option namespaceOptions queued (pid, ipc, uts, user,
// cgroup, net) runs in that order: a donor outside the pod being joined fails with
// "running container create option: container has joined pod P and dependency container C is not a
// member of the pod: invalid argument".
void apply_userns_from(const specgen::SpecGenerator& s, oci::Spec& spec, const host::HostProfile& h);

}  // namespace specconf::ref
