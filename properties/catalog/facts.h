// Facts about the *input* that invariants need: podman's rules for what a request means on a host, written
// out here from podman's source (never by calling the reference, so that a bug there cannot hide a bug in
// an engine). Each predicate names the podman branch it encodes at aa47e05ae4.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"

namespace specconf::props {

// Namespace modes once MakeContainer filled the defaults (container_create.go:63-111 with
// namespaces.go:GetDefaultNamespaceMode :24-97) and Validate rewrote netns private/default to slirp4netns or
// bridge (pkg/specgen/container_validate.go:189-195). Modes use specgen's spelling: host, private, path,
// container, pod, shareable, none, bridge, slirp4netns, pasta, keep-id, no-map, auto.
struct NamespaceModes {
  std::string pid, ipc, uts, user, net, cgroup;
  // userns came from the defaults, so MakeContainer replaced the request's idmappings (:85-97).
  bool user_defaulted = false;
};

// Nothing when a default cannot be told from the profile (a containers.conf value podman would reject, or
// a pod the profile does not know): invariants that need the modes then do not apply.
std::optional<NamespaceModes> effective_namespaces(const host::HostProfile& h, const specgen::SpecGenerator& s);

// oci_linux.go:86 isNewUserns: userns container, path or private (keep-id, no-map and auto do not count).
bool is_new_userns(const NamespaceModes& ns);

// oci_linux.go:153 inUserNS: rootless or a new user namespace.
bool in_userns(const host::HostProfile& h, const NamespaceModes& ns);

// oci_linux.go:35-48 canMountSys. pasta counts only for aa47e05ae4 (4.3.1 rejects it earlier).
bool can_mount_sys(const host::HostProfile& h, const NamespaceModes& ns);

// The GID map podman's gid5 check sees (oci_linux.go:129): the request's idmappings.GIDMap, or nothing
// when userns was defaulted.
std::vector<specgen::IDMap> podman_gid_map(const specgen::SpecGenerator& s, const NamespaceModes& ns);

// oci_linux.go:132 `r.ContainerID <= 5 && 5 < r.ContainerID+r.Size` with Go's wrapping int arithmetic.
bool podman_range_covers_gid5(const specgen::IDMap& r);

// oci_linux.go:119-140 gid5Available: rootless needs `nGids >= 5` (the total of the service's gid_map), and
// a non-empty GIDMap must have a range with containerID <= 5 < containerID+size.
bool podman_keeps_gid5(const host::HostProfile& h, const specgen::SpecGenerator& s, const NamespaceModes& ns);

// What the kernel requires for a devpts mount with gid=5: gid 5 exists in the container's user namespace.
// That namespace is the one the spec's gidMappings describe; without mappings it is the service's own
// (rootless: ids 0..gid_map_total-1) or the host's. Host ids of a mapping refer to the service's
// namespace, so rootless mappings only reach below gid_map_total. Nothing when the namespace is joined
// (userns path or pod), whose map the inputs do not tell.
std::optional<bool> gid5_mapped_for_kernel(const host::HostProfile& h, const NamespaceModes& ns,
                                           const oci::Spec& spec);

// oci_linux.go:50-70 getCgroupPermissons: "ro" on cgroup v1; on v2 "rw" when unmask[0] == "ALL" or an
// entry path.Cleans to /sys/fs/cgroup. Nothing on v2 for a non-nil empty unmask, where Go panics.
std::optional<std::string> podman_cgroup_permission(const host::HostProfile& h, const specgen::SpecGenerator& s);

// config_linux.go:225-241 shouldMask: false when an unmask entry lowercases to "all" or one of its
// ':'-separated globs matches (filepath.Match).
bool should_mask(const std::string& path, const std::optional<std::vector<std::string>>& unmask);

// The cleaned destinations of the user and derived mounts that SupersedeUserMounts puts before podman's own
// (storage.go:24-193 finalizeMounts): the request's mounts, --init's /run/podman-init, image VOLUMEs in
// tmpfs mode, volumes-from binds and containers.conf volumes.
std::set<std::string> user_mount_destinations(const host::HostProfile& h, const specgen::SpecGenerator& s);

// storage.go:383-409 SupersedeUserMounts: podman's own mount at `dest` survives unless a user mount has the
// same cleaned destination, or a user mount at /dev takes everything under /dev/.
bool config_mount_survives(const std::set<std::string>& user_dests, const std::string& dest);

// The local image the request names (libimage's lookup: full name, name:latest, localhost/ for short
// names, then an ID prefix), or nullptr.
const host::Image* find_image(const host::HostProfile& h, const std::string& name);

// The container a volumes-from / container: reference names (ID, name, then an ID prefix), or nullptr.
const host::Container* find_container(const host::HostProfile& h, const std::string& id_or_name);

// config_linux.go:166-198 ParseDevice's destination for one device string ("src[:dst][:perm]"), or nothing
// when podman rejects the string.
std::optional<std::string> device_destination(const std::string& device);

// A Linux resource limit name as getrlimit(2) knows it (RLIMIT_CORE, RLIMIT_NOFILE, ...).
bool is_linux_rlimit(const std::string& type);

// A sysctl key that names a file under /proc/sys: dot- (or slash-) separated words, no '=', no blanks or
// control characters, no empty words.
bool is_sysctl_name(const std::string& key);

}  // namespace specconf::props
