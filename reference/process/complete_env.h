// The env block of CompleteSpec (pkg/specgen/generate/container.go:115-166, podman aa47e05ae4; the same
// in v4.3.1).
#pragma once

#include <cstddef>

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// The total bytes all env_merge expansions of one request may produce (see ExpansionBudget).
inline constexpr std::size_t kEnvMergeBudget = std::size_t{64} << 20;

// pkg/specgen/generate/container.go:CompleteSpec, env block (podman aa47e05ae4). Builds s.env from
// containers.conf env (plus the server's env for env_host, or its proxy variables for httpproxy), the
// image Env under DefaultEnvVariables, env_merge, unsetenv, unsetenvall, env_host/httpproxy again, and
// the user's env. `image` is null when the request has no image (or has a rootfs): then there is no
// container=podman. s.env stays unset only when everything before the user's env came out empty and
// the user sent none.
void complete_env(specgen::SpecGenerator& s, const host::Image* image, const host::HostProfile& h);

}  // namespace specconf::ref
