// linux.maskedPaths and linux.readonlyPaths: podman's defaults minus `unmask`, then the user's `mask`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reference/core/generator.h"
#include "reference/model/host_profile.h"

namespace specconf::ref {

// pkg/specgen/generate/config_linux.go:shouldMask (podman aa47e05ae4): false when an unmask entry lowers
// to "all" or one of its ':'-separated globs matches (filepath.Match; a malformed glob only logs).
bool should_mask(const std::string& mask, const std::optional<std::vector<std::string>>& unmask);

// pkg/specgen/generate/config_linux.go:BlockAccessToKernelFilesystems (podman aa47e05ae4, same in v4.3.1).
void block_access_to_kernel_filesystems(bool privileged, bool pid_mode_is_host, const std::vector<std::string>& mask,
                                        const std::optional<std::vector<std::string>>& unmask, Generator& g,
                                        const host::HostProfile& h);

}  // namespace specconf::ref
