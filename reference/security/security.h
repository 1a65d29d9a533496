// The security part of podman's SpecGenToOCI: capabilities, no_new_privileges, AppArmor, seccomp,
// read-only rootfs and sysctls. The public entry points of //reference/security.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reference/core/generator.h"
#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/security_linux.go:securityConfigureGenerator (podman v4.3.1, same at aa47e05ae4). Runs after
// namespaces are configured; it reads s.user, s.userns and the namespace modes, and `image` is nullptr
// when there is no image. Throws PodmanError with podman's message.
void security_configure_generator(const specgen::SpecGenerator& s, Generator& g, const host::Image* image,
                                  const host::HostProfile& h);

// libpod/util.go:DefaultSeccompPath (podman v4.3.1, same at aa47e05ae4), for CompleteSpec: containers.conf
// seccomp_profile, else /etc/containers/seccomp.json if it exists, else /usr/share/containers/seccomp.json if it
// exists, else "". A stat error other than ENOENT is podman's error (thrown as "stat <path>: <errno text>").
std::string default_seccomp_path(const host::HostProfile& h);

// For the fuzz suite: containers/common seccomp.LoadProfile of a Docker-format profile for a spec with
// these bounding caps on a host whose libseccomp native arch is `native_arch`. nullopt when podman
// yields no seccomp; throws PodmanError with podman's text on bad input. Cached per distinct input.
std::optional<oci::LinuxSeccomp> convert_seccomp_profile(std::string_view profile_json,
                                                         const std::vector<std::string>& bounding_caps,
                                                         const std::string& native_arch);

}  // namespace specconf::ref
