// How podman picks and loads the seccomp profile of a container: the policy, the image label, the
// profile file, containers/common's built-in default, and libpod's default profile path.
#pragma once

#include <optional>
#include <string>

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

inline constexpr const char* kSeccompOverridePath = "/etc/containers/seccomp.json";       // config.SeccompOverridePath
inline constexpr const char* kSeccompDefaultPath = "/usr/share/containers/seccomp.json";  // config.SeccompDefaultPath
inline constexpr const char* kSeccompImageLabel = "io.containers.seccomp.profile";        // seccomp.ContainerImageLabel
// common/pkg/seccomp/seccomp_unsupported.go:errNotSupported, for a podman built without the seccomp tag.
inline constexpr const char* kSeccompNotSupported = "seccomp not enabled in this build";

enum class SeccompPolicy { kDefault, kImage };

// pkg/seccomp/seccomp.go:LookupPolicy (podman v4.3.1, same at aa47e05ae4).
SeccompPolicy lookup_seccomp_policy(const std::string& policy);

// pkg/specgen/generate/config_linux_cgo.go:getSeccompConfig (podman v4.3.1, same at aa47e05ae4). `bounding` is the
// final spec.process.capabilities.bounding; `image` is nullptr without an image. The image policy reads the label
// from the image itself, not from s.labels.
std::optional<oci::LinuxSeccomp> get_seccomp_config(const specgen::SpecGenerator& s,
                                                    const std::vector<std::string>& bounding, const host::Image* image,
                                                    const host::HostProfile& h);

}  // namespace specconf::ref
