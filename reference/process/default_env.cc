#include "reference/process/default_env.h"

namespace specconf::ref {

std::vector<std::string> get_default_env_ex(bool env_host, bool http_proxy, const ServerEnv& server,
                                            const host::ContainersConf& conf) {
  std::vector<std::string> env;
  if (env_host) {
    env = server.environ();
  } else if (http_proxy) {
    for (const char* p : kProxyEnv) {
      if (auto val = server.lookup(p)) env.push_back(std::string(p) + "=" + *val);
    }
  }
  env.insert(env.end(), conf.env.begin(), conf.env.end());
  return env;
}

}  // namespace specconf::ref
