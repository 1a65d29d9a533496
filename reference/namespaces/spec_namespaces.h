// The namespace part of SpecGenToOCI: pkg/specgen/generate/namespaces_linux.go:specConfigureNamespaces
// and pkg/specgen/namespaces.go:SetupUserNS (podman aa47e05ae4, identical in 4.3.1 but for the keep-id
// mapping, §7.2).
#pragma once

#include <string>

#include "reference/core/generator.h"
#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/namespaces_linux.go:specConfigureNamespaces: pid, ipc, uts entries; the hostname
// and its HOSTNAME env entry; the user namespace (SetupUserNS); cgroup and network entries; the
// publish-all annotation. Namespace paths are stat'ed on the host (HostProfile.files).
void spec_configure_namespaces(specgen::SpecGenerator& s, Generator& g, const host::HostProfile& h);

// pkg/specgen/namespaces.go:SetupUserNS. Returns the "uid:gid" user for keep-id and no-map, else "".
// keep-id and no-map use their own mappings; `idmappings` (s.IDMappings) is only read for private.
std::string setup_user_ns(const std::optional<specgen::IDMappingOptions>& idmappings,
                          const specgen::Namespace& userns, Generator& g, const host::HostProfile& h);

}  // namespace specconf::ref
