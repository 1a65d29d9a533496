// process.rlimits: pkg/specgen/generate/oci.go:addRlimits (podman aa47e05ae4; the same in v4.3.1).
#pragma once

#include <cstdint>

#include "reference/core/generator.h"
#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

inline constexpr std::uint64_t kRLimitDefaultValue = 1048576;  // libpod/define/config.go:RLimitDefaultValue

// pkg/specgen/generate/oci.go:addRlimits (podman aa47e05ae4). A nil r_limits clears process.rlimits (an
// empty list does not). Each entry becomes "RLIMIT_"+strings.ToUpper(type), replaced in place or
// appended; then NOFILE (in place over New's 1024) and NPROC (appended) unless given: 1048576 each for
// root, min(the service's own limit, 1048576) rootless (HostProfile.limits).
void add_rlimits(const specgen::SpecGenerator& s, Generator& g, const host::HostProfile& h);

}  // namespace specconf::ref
