#include "reference/process/env.h"

#include "reference/core/error.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"

namespace specconf::ref::env {
namespace {

constexpr const char* kWhiteSpaces = " \t";

// pkg/env/env.go:parseEnv (podman aa47e05ae4)
void parse_env(EnvMap& env, const std::string& line, const ServerEnv& server) {
  const auto eq = line.find('=');
  const std::string key = line.substr(0, eq);
  if (key.empty()) fail("invalid environment variable: " + goport::quote(line));
  // Only the front of the name is trimmed.
  std::string name(goport::trim_left(key, kWhiteSpaces));
  if (eq != std::string::npos) {
    env[name] = line.substr(eq + 1);
    return;
  }
  if (!name.empty() && name.back() == '*') {
    name.pop_back();
    for (auto& [k, v] : server.with_prefix(name)) env[k] = v;
  } else if (auto val = server.lookup(name)) {
    env[name] = *val;
  }
}

}  // namespace

EnvMap default_env_variables() {
  return {
      {"PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"},
      {"TERM", "xterm"},
      {"container", "podman"},
  };
}

EnvMap parse_slice(const std::vector<std::string>& entries, const ServerEnv& server) {
  EnvMap env;
  for (const std::string& e : entries) parse_env(env, e, server);
  return env;
}

EnvMap join(EnvMap base, const EnvMap& override) {
  for (const auto& [k, v] : override) base[k] = v;
  return base;
}

EnvMap to_map(const std::vector<std::string>& entries) {
  EnvMap env;
  for (const std::string& e : entries) {
    const auto eq = e.find('=');
    env[e.substr(0, eq)] = eq == std::string::npos ? std::string() : e.substr(eq + 1);
  }
  return env;
}

}  // namespace specconf::ref::env
