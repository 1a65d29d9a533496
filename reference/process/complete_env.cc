#include "reference/process/complete_env.h"

#include <optional>
#include <string>
#include <vector>

#include "reference/core/error.h"
#include "reference/goport/panics.h"
#include "reference/goport/strings.h"
#include "reference/process/default_env.h"
#include "reference/process/env.h"
#include "reference/process/server_env.h"
#include "reference/process/shell_word.h"

namespace specconf::ref {
namespace {

// strings.Split(s, "=")[0] and [1]; the second is absent when s has no '='.
struct MergeWord {
  std::string key;
  std::optional<std::string> value;
};

MergeWord split_merge_word(const std::string& w) {
  std::vector<std::string> parts = goport::split(w, "=");
  if (parts.size() < 2) return {std::move(parts[0]), std::nullopt};
  return {std::move(parts[0]), std::move(parts[1])};
}

}  // namespace

void complete_env(specgen::SpecGenerator& s, const host::Image* image, const host::HostProfile& h) {
  const ServerEnv server(h.environment);

  env::EnvMap default_envs = wrap_errors("parsing fields in containers.conf", [&] {
    return env::parse_slice(get_default_env_ex(s.env_host, s.http_proxy, server, h.containers_conf), server);
  });

  if (image != nullptr) {
    const env::EnvMap envs = wrap_errors("env fields from image failed to parse",
                                         [&] { return env::parse_slice(image->config.env, server); });
    default_envs = env::join(env::default_env_variables(), env::join(std::move(default_envs), envs));
  }

  ExpansionBudget budget{kEnvMergeBudget};
  for (const std::string& e : s.env_merge) {
    const std::string processed = wrap_errors("unable to process variables for --env-merge " + e,
                                              [&] { return process_word(e, default_envs, budget); });
    const MergeWord split = split_merge_word(processed);
    const auto it = default_envs.find(split.key);
    if (it == default_envs.end()) continue;
    // Go indexes splitWord[1] unchecked; the service's panic handler answers 500 with the runtime error.
    if (!split.value) fail(goport::panics::index_out_of_range(1, 1));
    it->second = *split.value;
  }

  for (const std::string& e : s.unset_env) default_envs.erase(e);
  if (s.unset_env_all) default_envs.clear();

  const env::EnvMap os_env = env::to_map(server.environ());
  if (s.env_host) {
    default_envs = env::join(std::move(default_envs), os_env);
  } else if (s.http_proxy) {
    for (const char* p : kProxyEnv) {
      if (auto it = os_env.find(p); it != os_env.end()) default_envs[p] = it->second;
    }
  }

  // envLib.Join returns the override itself when the base is empty, so a nil s.Env stays nil.
  if (default_envs.empty()) return;
  if (s.env) default_envs = env::join(std::move(default_envs), *s.env);
  s.env = std::move(default_envs);
}

}  // namespace specconf::ref
