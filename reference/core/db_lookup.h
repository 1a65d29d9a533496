// libpod's database lookups as the create path sees them (Debian 4.3.1 uses the BoltDB state), over
// HostProfile.containers and HostProfile.pods. Names share one bucket between containers and pods;
// partial IDs match by prefix in ID order (bolt iterates keys sorted).
#pragma once

#include <string>

#include "reference/model/host_profile.h"

namespace specconf::ref::db {

// libpod/boltdb_state.go:LookupContainer + boltdb_state_internal.go:lookupContainerID (podman v4.3.1):
// full ID, then name, then a unique ID prefix. Throws podman's error text.
const host::Container& lookup_container(const host::HostProfile& h, const std::string& id_or_name);

// libpod/boltdb_state.go:LookupPod (podman v4.3.1): full ID, then name, then a unique ID prefix.
const host::Pod& lookup_pod(const host::HostProfile& h, const std::string& id_or_name);

// libpod/boltdb_state.go:Container (podman v4.3.1): by full ID only.
const host::Container& get_container(const host::HostProfile& h, const std::string& id);

// True when lookup_pod would succeed (MakeContainer only tests `err == nil`).
bool pod_exists(const host::HostProfile& h, const std::string& id_or_name);

// libpod/container.go:(*Container).Hostname (podman v4.3.1). HostProfile.Container.hostname holds what
// Hostname() returns; when it is empty the container has neither a spec hostname nor a UTS donor, and
// podman falls back to the first 12 characters of its ID.
std::string container_hostname(const host::Container& c);

// libpod/pod.go:(*Pod).SharesPID and friends; `kind` is one of pid, ipc, uts, user, net, cgroup.
bool pod_shares(const host::Pod& p, const std::string& kind);

// libpod/pod.go:(*Pod).NamespaceMode(kind) == "host" (and NetworkMode() == "host" for net): the infra
// container's spec lacks that namespace. From HostProfile.Pod.host_namespaces.
bool pod_namespace_is_host(const host::Pod& p, const std::string& kind);

// The pod a container belongs to is `pod` (its ID; a name is accepted too).
bool container_in_pod(const host::Container& c, const host::Pod& p);

// Whether libpod/pod_api.go:(*Pod).Status (podman v4.3.1) reports a running container, which CompleteSpec
// asks before it adds an init container; the pod's containers are those whose `pod` is its ID or name.
bool pod_has_running_container(const host::HostProfile& h, const host::Pod& pod);

}  // namespace specconf::ref::db
