#include "reference/process/server_env.h"

namespace specconf::ref {

ServerEnv::ServerEnv(const std::vector<std::string>& environ) {
  for (const std::string& e : environ) {
    if (e.empty()) continue;
    const auto eq = e.find('=');
    if (eq != std::string::npos && !keyed_.emplace(e.substr(0, eq), e.substr(eq + 1)).second) continue;
    environ_.push_back(e);
  }
}

// syscall.Getenv: "" is never found.
std::optional<std::string> ServerEnv::lookup(const std::string& key) const {
  if (key.empty()) return std::nullopt;
  const auto it = keyed_.find(key);
  if (it == keyed_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::pair<std::string, std::string>> ServerEnv::with_prefix(const std::string& prefix) const {
  std::vector<std::pair<std::string, std::string>> out;
  for (auto it = keyed_.lower_bound(prefix); it != keyed_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
       ++it) {
    out.emplace_back(it->first, it->second);
  }
  return out;
}

}  // namespace specconf::ref
