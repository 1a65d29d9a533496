// The parts of MakeContainer's option building that change the SpecGenerator or reject the request.
#pragma once

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// container_create.go:createContainerOptions (podman aa47e05ae4), in its order: the systemd mode
// check, the work dir default (image WorkingDir, else "/"), namespaceOptions, secret and dependency
// container lookups. Options that only configure libpod are not modelled.
void create_container_options(specgen::SpecGenerator& s, const host::HostProfile& h, const host::Image* image);

}  // namespace specconf::ref
