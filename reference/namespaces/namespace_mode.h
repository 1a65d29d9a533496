// specgen.NamespaceMode values and the pure namespace functions of pkg/specgen/namespaces.go (podman
// aa47e05ae4): the predicates, the validators Validate() calls, and the parsers GetDefaultNamespaceMode
// feeds containers.conf values through. Both engines are handled; they differ only in `pasta` (§7.1).
#pragma once

#include <string>

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref::ns {

inline constexpr const char* kDefault = "default";
inline constexpr const char* kHost = "host";
inline constexpr const char* kPath = "path";
inline constexpr const char* kFromContainer = "container";
inline constexpr const char* kFromPod = "pod";
inline constexpr const char* kPrivate = "private";
inline constexpr const char* kShareable = "shareable";
inline constexpr const char* kNone = "none";  // specgen.None and specgen.NoNetwork
inline constexpr const char* kBridge = "bridge";
inline constexpr const char* kSlirp = "slirp4netns";
inline constexpr const char* kPasta = "pasta";  // aa47e05ae4 only
inline constexpr const char* kKeepID = "keep-id";
inline constexpr const char* kNoMap = "no-map";
inline constexpr const char* kAuto = "auto";

// HostProfile.engine is the seed commit (pasta support, keep-id without subuids) rather than 4.3.1.
bool is_seed_engine(const host::HostProfile& h);

// Namespace.IsDefault: "" or "default".
bool is_default(const specgen::Namespace& n);

// Namespace.String(): "mode:value", or "mode" without a value.
std::string to_string(const specgen::Namespace& n);

// Go's %s of a Namespace *value* (String has a pointer receiver, so fmt prints the struct): "{host }".
std::string go_struct_string(const specgen::Namespace& n);

// oci_linux.go:SpecGenToOCI's isNewUserns: container, path or private. keep-id, no-map and auto do not count.
bool is_new_userns(const specgen::Namespace& userns);

// namespaces.go:(*Namespace).validate (podman aa47e05ae4; 4.3.1 lacks Pasta in the network-mode case,
// so there `pasta` is an "invalid namespace type").
void validate_namespace(const specgen::Namespace& n, const host::HostProfile& h);

// namespaces.go:validateIPCNS: shareable and none, else validate.
void validate_ipc_ns(const specgen::Namespace& n, const host::HostProfile& h);

// namespaces.go:validateUserNS: auto, keep-id and no-map, else validate.
void validate_user_ns(const specgen::Namespace& n, const host::HostProfile& h);

// namespaces.go:validateNetNS (podman aa47e05ae4; 4.3.1 has no Pasta case: `invalid network "pasta"`).
void validate_net_ns(const specgen::Namespace& n, const host::HostProfile& h);

// namespaces.go:ParseNamespace
specgen::Namespace parse_namespace(const std::string& s);

// namespaces.go:ParseCgroupNamespace (cgroup v1: always host, whatever the value).
specgen::Namespace parse_cgroup_namespace(const std::string& s, const host::HostProfile& h);

// namespaces.go:ParseIPCNamespace
specgen::Namespace parse_ipc_namespace(const std::string& s);

// namespaces.go:ParseUserNamespace
specgen::Namespace parse_user_namespace(const std::string& s);

// namespaces.go:ParseNetworkFlag(nil, false): the namespace of containers.conf netns (the package
// global containerConfig). The networks and network options it also returns do not reach the spec.
// 4.3.1 has no pasta case: "pasta" falls to the default branch and names a bridge network.
specgen::Namespace parse_network_flag_default(const host::HostProfile& h);

}  // namespace specconf::ref::ns
