// --only: which testcases a run keeps. Each pattern is a testcase ID ("golden/root-cgroupv1/sys-nethost",
// "invariant/GID5-001") or a prefix of IDs ending in '/' or naming a whole level ("golden",
// "golden/rootless-3gids", "invariant"). No patterns: everything.
#pragma once

#include <string>
#include <vector>

namespace specconf::engine::judge {

class Filter {
 public:
  Filter() = default;
  explicit Filter(std::vector<std::string> patterns);

  bool matches(const std::string& id) const;
  // True when some ID under `prefix` ("golden/root-cgroupv1", "invariant") may match: whether to run
  // that part at all.
  bool may_match_under(const std::string& prefix) const;
  bool empty() const { return patterns_.empty(); }

 private:
  std::vector<std::string> patterns_;
};

}  // namespace specconf::engine::judge
