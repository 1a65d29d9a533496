#include "tools/engines/judge/filter.h"

namespace specconf::engine::judge {
namespace {

std::string trimmed(std::string p) {
  while (!p.empty() && p.back() == '/') p.pop_back();
  return p;
}

// `id` is `level` or lies below it.
bool under(const std::string& id, const std::string& level) {
  return id == level || (id.size() > level.size() && id.compare(0, level.size(), level) == 0 && id[level.size()] == '/');
}

}  // namespace

Filter::Filter(std::vector<std::string> patterns) {
  for (auto& p : patterns) {
    if (!trimmed(p).empty()) patterns_.push_back(trimmed(p));
  }
}

bool Filter::matches(const std::string& id) const {
  if (patterns_.empty()) return true;
  for (const auto& p : patterns_) {
    if (under(id, p)) return true;
  }
  return false;
}

bool Filter::may_match_under(const std::string& prefix) const {
  if (patterns_.empty()) return true;
  const std::string level = trimmed(prefix);
  for (const auto& p : patterns_) {
    if (under(p, level) || under(level, p)) return true;
  }
  return false;
}

}  // namespace specconf::engine::judge
