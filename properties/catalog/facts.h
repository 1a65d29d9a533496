// Facts about the *input* that invariants need: podman's rules for what a request means on a host, written
// out here from podman's source (never by calling the reference, so that a bug there cannot hide a bug in
// an engine). Each predicate names the podman branch it encodes at aa47e05ae4.
#pragma once

#include <cstdint>
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

// The pod a request names (ID, name, then an ID prefix), or nullptr.
const host::Pod* find_pod(const host::HostProfile& h, const std::string& id_or_name);

// One addDevice call (config_linux.go:126-163): the node's path, its destination in the container and the
// device permissions ("rwm" unless given). Rootless it becomes a bind of src at dst, as root linux.devices'
// entry at dst.
struct DeviceAdd {
  std::string src, dst, permissions;
};

// config_linux.go:166-198 ParseDevice of one device string ("src[:dst][:perm]"), or nothing when podman
// rejects the string.
std::optional<DeviceAdd> parse_device(const std::string& device);
std::optional<std::string> device_destination(const std::string& device);

// config_linux.go:21-74 DevicesFromPath of one device string: a symlink resolved to its target, a
// directory walked in lexical order (block and char nodes only, symlinks not followed, each at dst + its
// path below the directory, with the string's mode), else the node itself. Nothing when podman rejects it.
std::optional<std::vector<DeviceAdd>> device_adds(const host::HostProfile& h, const std::string& device);

// oci_linux.go:228-247: the device strings DevicesFromPath gets, in order: containers.conf devices, then
// the request's devices, or, in a pod with an infra container, the infra's host device list when the
// request has none.
std::vector<std::string> podman_device_strings(const host::HostProfile& h, const specgen::SpecGenerator& s);

// Every addDevice call of an unprivileged container, in podman's order (none when privileged); strings
// podman would reject add nothing.
std::vector<DeviceAdd> podman_device_adds(const host::HostProfile& h, const specgen::SpecGenerator& s);

// container_create.go:434-440 (createContainerOptions): the work_dir podman stores as process.cwd: the
// request's, else the image's WorkingDir, else "/".
std::string podman_work_dir(const host::HostProfile& h, const specgen::SpecGenerator& s);

// The seccomp profile path securityConfigureGenerator sees (security_linux.go:197-210): the request's,
// else what CompleteSpec filled in (container.go:250-256 with libpod/util.go:201-224 DefaultSeccompPath):
// containers.conf's seccomp_profile, else /etc/containers/seccomp.json if the host has it, else
// /usr/share/containers/seccomp.json if it has that, else "" (podman's built-in profile). The file at a
// default path is what podman loads, whatever it holds; only its seccomp is dropped for a privileged
// container.
std::string podman_seccomp_profile_path(const host::HostProfile& h, const specgen::SpecGenerator& s);

// containers/common capabilities.BoundingSet() (capabilities.go): the service's bounding set, sorted, as far
// as common lists capabilities for the kernel's cap_last_cap (up to it; 63, gocapability's "unread", means
// CAP_BLOCK_SUSPEND). "The service's bounding set" in the capability invariants.
std::vector<std::string> podman_bounding_set(const host::HostProfile& h);

// The rlimits Validate and addRlimits give (pkg/specgen/container_validate.go:138-169, oci.go:17-76), as
// {type, hard, soft} by RLIMIT_ name, the last of a type winning: the request's r_limits, or, as root
// when it lists none (nil or empty), containers.conf default_ulimits parsed "type=hard:soft" with Go's
// Atoi (the compiled-in nproc default when containers.conf has none). Nothing when Validate rejects a
// default ulimit; the NOFILE/NPROC defaults addRlimits adds are left out.
struct Rlimit {
  std::string type;
  std::uint64_t hard = 0, soft = 0;
};
std::optional<std::vector<Rlimit>> podman_rlimits(const host::HostProfile& h, const specgen::SpecGenerator& s);

// containers/common config.Validate's default_ulimits check (pkg/config/config_local.go:68-80 with
// go-units ParseUlimit): podman refuses to start with a containers.conf that fails it.
bool podman_accepts_default_ulimits(const host::HostProfile& h);

// A Linux resource limit name as getrlimit(2) knows it (RLIMIT_CORE, RLIMIT_NOFILE, ...).
bool is_linux_rlimit(const std::string& type);

// A seccomp action the runtime-spec defines (SCMP_ACT_*, defs-linux.json SeccompAction).
bool is_seccomp_action(const std::string& action);

// A sysctl key that names a file under /proc/sys: dot- (or slash-) separated words, no '=', no blanks or
// control characters, no empty words.
bool is_sysctl_name(const std::string& key);

}  // namespace specconf::props
