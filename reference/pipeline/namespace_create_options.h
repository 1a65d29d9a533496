// The libpod create options namespaceOptions hands back, as the libpod model reads them.
#pragma once

#include <vector>

#include "reference/libpod/options.h"
#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/namespaces.go:namespaceOptions (podman v4.3.1), its option list in its order: the
// namespace joins of pid, ipc, uts, user (with the infra's or keep-id's user), the user, cgroup joins,
// cgroup parent and mode, the network join or new network namespace, hosts and DNS options. Its errors
// and its changes to `s` come first, from namespace_options (reference/namespaces), which must have run:
// this reads `s` as that left it. `infra` is the infra container of the pod being joined, or null.
std::vector<libpod::CtrCreateOption> namespace_create_options(const specgen::SpecGenerator& s,
                                                              const host::HostProfile& h,
                                                              const host::Container* infra);

}  // namespace specconf::ref
