// The podman service's own environment as Go's os package shows it, built from
// HostProfile.environment (the process's environ, KEY=VALUE).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace specconf::ref {

class ServerEnv {
 public:
  // syscall.copyenv (go1.19 syscall/env_unix.go): the first entry of each key wins, later entries
  // with the same key are dropped from Environ; entries without '=' stay in Environ but are no key.
  explicit ServerEnv(const std::vector<std::string>& environ);

  const std::vector<std::string>& environ() const { return environ_; }        // os.Environ
  std::optional<std::string> lookup(const std::string& key) const;            // os.LookupEnv
  // The KEY=VALUE entries whose key starts with prefix, as (key, value); ordered by key.
  std::vector<std::pair<std::string, std::string>> with_prefix(const std::string& prefix) const;

 private:
  std::vector<std::string> environ_;
  std::map<std::string, std::string> keyed_;
};

}  // namespace specconf::ref
