// containers/common pkg/capabilities (v0.50.1, as Debian's podman 4.3.1 links it): the known capability
// names and the merge of containers.conf defaults with cap_add and cap_drop. The package's init() and
// BoundingSet() read the machine; here they read HostProfile.capabilities.
#pragma once

#include <string>
#include <vector>

#include "reference/model/host_profile.h"

namespace specconf::ref::caps {

inline constexpr const char* kAll = "ALL";                                         // capabilities.All
inline constexpr const char* kUnknownCapability = "unknown capability";            // ErrUnknownCapability
inline constexpr const char* kContainerImageLabel = "io.containers.capabilities";  // ContainerImageLabels[0]

// common/pkg/capabilities/capabilities.go:init (containers/common v0.50.1), its capsList: gocapability's List() up
// to CAP_LAST_CAP, in capability-number order. CAP_LAST_CAP is /proc/sys/kernel/cap_last_cap
// (HostProfile.capabilities.last_cap); gocapability leaves it at 63 when that file cannot be read, and init() then
// cuts at CAP_BLOCK_SUSPEND (36).
std::vector<std::string> caps_list(const host::HostProfile& h);

// common/pkg/capabilities/capabilities.go:AllCapabilities (containers/common v0.50.1): the sorted capabilityList,
// the names NormalizeCapabilities accepts.
std::vector<std::string> all_capabilities(const host::HostProfile& h);

// common/pkg/capabilities/capabilities.go:BoundingSet (containers/common v0.50.1): the server's bounding set limited
// to capsList, sorted.
std::vector<std::string> bounding_set(const host::HostProfile& h);

// common/pkg/capabilities/capabilities.go:NormalizeCapabilities (containers/common v0.50.1): upper-cased, "CAP_"
// prefixed unless ALL, known, sorted.
std::vector<std::string> normalize_capabilities(const std::vector<std::string>& caps, const host::HostProfile& h);

// common/pkg/capabilities/capabilities.go:MergeCapabilities (containers/common v0.50.1): base with adds added and
// drops removed, sorted; "ALL" in drops yields the adds, "ALL" in adds starts from BoundingSet().
std::vector<std::string> merge_capabilities(const std::vector<std::string>& base, const std::vector<std::string>& adds,
                                            const std::vector<std::string>& drops, const host::HostProfile& h);

}  // namespace specconf::ref::caps
