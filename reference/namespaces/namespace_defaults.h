// MakeContainer's namespace defaults (pkg/specgen/generate/container_create.go:63-111 at podman
// aa47e05ae4) and the hostname reset just before Validate (:140-144).
#pragma once

#include <string>

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/namespaces.go:GetDefaultNamespaceMode. `pod` is the pod being joined, or null.
// ns_type is one of pid, ipc, uts, user, net, cgroup (any case).
specgen::Namespace get_default_namespace_mode(const std::string& ns_type, const host::HostProfile& h,
                                              const host::Pod* pod);

// container_create.go:MakeContainer :63-111: each namespace left "" or "default" gets its default, in
// podman's order (pid, ipc, uts, user, net, cgroup); a defaulted userns also overwrites s.IDMappings with
// ParseIDMapping(mode). Looks the pod up itself; a failed lookup throws MakeContainer's
// "retrieving pod X: ..." (which podman raises earlier, before Inherit and FinishThrottleDevices).
void apply_namespace_defaults(specgen::SpecGenerator& s, const host::HostProfile& h);

// container_create.go:MakeContainer :140-144: a hostname that names an existing pod is cleared when
// utsns is not private (podman assumes the pod name leaked into the hostname).
void clear_hostname_naming_pod(specgen::SpecGenerator& s, const host::HostProfile& h);

}  // namespace specconf::ref
