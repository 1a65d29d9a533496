// The AppArmor profile of the spec.
#pragma once

#include "reference/core/generator.h"
#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/security_linux.go:setupApparmor (podman v4.3.1, same at aa47e05ae4). apparmor.IsEnabled() is
// HostProfile.apparmor.enabled and never true rootless (common's verifier refuses rootless first). The
// containers.conf profile is containers_conf.apparmor_profile, or apparmor.default_profile
// ("containers-default-<common version>") when that is empty.
void setup_apparmor(const specgen::SpecGenerator& s, Generator& g, const host::HostProfile& h);

}  // namespace specconf::ref
