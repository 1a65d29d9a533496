// podman's pkg/env (podman aa47e05ae4, identical in v4.3.1): the env maps CompleteSpec builds.
// Go's map[string]string is a std::map here, so iteration is by name, the documented deterministic
// stand-in for Go's random map order.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "reference/process/server_env.h"

namespace specconf::ref::env {

using EnvMap = std::map<std::string, std::string>;

// pkg/env/env.go:DefaultEnvVariables (podman aa47e05ae4)
EnvMap default_env_variables();

// pkg/env/env_unix.go:ParseSlice (podman aa47e05ae4): bare NAME copies the server's value, NAME*
// copies every server variable with that prefix; "=..." fails "invalid environment variable: %q".
EnvMap parse_slice(const std::vector<std::string>& entries, const ServerEnv& server);

// pkg/env/env.go:Join (podman aa47e05ae4): override wins.
EnvMap join(EnvMap base, const EnvMap& override);

// pkg/env/env.go:Map (podman aa47e05ae4): split at the first '=', no '=' means an empty value.
EnvMap to_map(const std::vector<std::string>& entries);

}  // namespace specconf::ref::env
