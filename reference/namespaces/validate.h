// SpecGenerator.Validate (pkg/specgen/container_validate.go at podman aa47e05ae4; 4.3.1 differs only in
// pasta, through the namespace validators).
#pragma once

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/container_validate.go:Validate. Throws the raw error (MakeContainer adds "invalid config
// provided: "). Mutates s like podman: root with no r_limits gets the parsed default ulimits, and netns
// private/default becomes slirp4netns (rootless) or bridge (root).
void validate_specgen(specgen::SpecGenerator& s, const host::HostProfile& h);

// containerConfig.Ulimits(): containers.conf default_ulimits, or, when it sets none, the compiled-in
// default from common/pkg/config/default_linux.go:getDefaultProcessLimits (HostProfile.limits).
// Deliberate difference: an explicit empty `default_ulimits = []` cannot be told from an absent key.
const std::vector<std::string>& default_ulimits(const host::HostProfile& h);

}  // namespace specconf::ref
