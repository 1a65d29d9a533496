// The labels and annotations block of CompleteSpec (pkg/specgen/generate/container.go:168-242, podman
// aa47e05ae4; the same in v4.3.1).
#pragma once

#include <string>

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// libpod/define/annotations.go:IsReservedAnnotation (podman aa47e05ae4): the keys podman sets itself at
// create (and the values TRUE/FALSE, which the switch lists too).
bool is_reserved_annotation(const std::string& key);

// pkg/specgen/generate/container.go:CompleteSpec, labels and annotations (podman aa47e05ae4):
//  - image labels the user did not set go into s.labels;
//  - s.annotations becomes: image annotations minus reserved keys, then the pod's sandbox annotations
//    (s.pod names a pod: LookupPod errors, "cannot add init-ctr to a running pod"), then containers.conf
//    annotations (k=v, split at the first '='; no '=' gives an empty value; no error exists), then the
//    user's. s.annotations is always set afterwards, possibly empty.
void complete_annotations(specgen::SpecGenerator& s, const host::Image* image, const host::HostProfile& h);

}  // namespace specconf::ref
