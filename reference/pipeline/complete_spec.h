#pragma once

#include <string>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/container.go:CompleteSpec (podman aa47e05ae4): fills the SpecGenerator from the
// image and containers.conf; returns the warnings. The image's stop signal is taken (libpod checks it);
// health check (no image of a host profile has one), SELinux and log options are left out: they never
// reach the stored spec.
std::vector<std::string> complete_spec(specgen::SpecGenerator& s, const host::HostProfile& h);

// The image the request names (container.go:getImageFromSpec): nullptr for rootfs containers.
const host::Image* image_of(const specgen::SpecGenerator& s, const host::HostProfile& h);

}  // namespace specconf::ref
