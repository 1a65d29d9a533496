// Sysctls of the spec: containers.conf default_sysctls through podman's allow-list, then the user's.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "reference/core/generator.h"
#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/util/utils.go:ValidateSysctls (podman v4.3.1, same at aa47e05ae4): KEY=VALUE entries, no surrounding spaces,
// keys in the IPC allow-list or under net. or fs.mqueue.; the first bad entry is the error.
std::map<std::string, std::string> validate_sysctls(const std::vector<std::string>& entries);

// The sysctl part of pkg/specgen/generate/security_linux.go:securityConfigureGenerator (podman v4.3.1, same at
// aa47e05ae4): defaults that a shared namespace makes moot are skipped, the user's are rejected for a host
// namespace. Go ranges over s.Sysctl in random order, so with several rejected keys podman names any one of them;
// this names the first in key order.
void configure_sysctls(const specgen::SpecGenerator& s, Generator& g, const host::HostProfile& h);

}  // namespace specconf::ref
