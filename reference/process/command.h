// process.args: pkg/specgen/generate/oci.go:makeCommand (podman aa47e05ae4; the same in v4.3.1).
#pragma once

#include <string>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

inline constexpr const char* kContainerInitPath = "/run/podman-init";  // libpod/define/container.go

// pkg/specgen/generate/oci.go:makeCommand (podman aa47e05ae4): entrypoint (the user's, else the image's
// when the user's is nil; [""] adds nothing), then the command (the image Cmd only when the user gave
// neither command nor a non-empty entrypoint); init prepends /run/podman-init --, needing init_path or
// containers.conf engine init_path. `image` is null without an image.
std::vector<std::string> make_command(const specgen::SpecGenerator& s, const host::Image* image,
                                      const host::HostProfile& h);

}  // namespace specconf::ref
