// containers/common's defaults for a container's environment (common/pkg/config/config.go, v0.50.1).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/process/server_env.h"

namespace specconf::ref {

// common/pkg/config/config.go:ProxyEnv (containers/common v0.50.1)
inline constexpr std::array<const char*, 8> kProxyEnv = {
    "http_proxy", "https_proxy", "ftp_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY",
};

// common/pkg/config/config.go:(*Config).GetDefaultEnvEx (containers/common v0.50.1): the server's whole
// environment (env_host) or its proxy variables (http_proxy), then containers.conf env.
std::vector<std::string> get_default_env_ex(bool env_host, bool http_proxy, const ServerEnv& server,
                                            const host::ContainersConf& conf);

}  // namespace specconf::ref
