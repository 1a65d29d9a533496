// pkg/specgen/generate/namespaces.go:namespaceOptions (podman aa47e05ae4), reduced to what changes the
// stored spec or fails the create: the create options it returns only fill libpod's container config,
// except WithUserNSFrom (see userns_from.h).
#pragma once

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/namespaces.go:namespaceOptions. Throws podman's errors in podman's order; mutates
// s like podman (utsns pod → host when the pod's UTS is the host's; rootless netns private/default →
// slirp4netns). Deliberate difference: createPortMappings (run for slirp4netns, pasta, bridge, private
// and default netns, after every error here) and the s.Networks defaulting of the bridge case are left
// to the caller; neither reaches the spec except through their errors.
void namespace_options(specgen::SpecGenerator& s, const host::HostProfile& h);

}  // namespace specconf::ref
