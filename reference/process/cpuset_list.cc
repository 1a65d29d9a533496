#include "reference/process/cpuset_list.h"

#include <algorithm>
#include <limits>

#include "reference/goport/strconv.h"

namespace specconf::ref {
namespace {

// strconv.Atoi's value; ParseUintList only asks whether it failed, not why.
std::optional<std::int64_t> go_atoi(const std::string& s) {
  std::string error;
  return goport::atoi(s, error);
}

}  // namespace

std::optional<std::vector<UintRange>> parse_uint_list(const std::string& val) {
  std::vector<UintRange> out;
  if (val.empty()) return out;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = val.find(',', start);
    const std::string r = val.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    const std::size_t dash = r.find('-');
    if (dash == std::string::npos) {
      const auto v = go_atoi(r);
      if (!v) return std::nullopt;
      out.push_back({*v, *v});
    } else {
      const auto min = go_atoi(r.substr(0, dash));
      const auto max = go_atoi(r.substr(dash + 1));
      if (!min || !max || *max < *min) return std::nullopt;
      out.push_back({*min, *max});
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

std::optional<bool> is_cpuset_list_available(const std::string& provided, const std::string& available) {
  const auto want = parse_uint_list(provided);
  if (!want) return std::nullopt;
  auto have = parse_uint_list(available);
  if (!have) return std::nullopt;
  // Merge the available ranges, then each wanted range must lie inside one merged range.
  std::sort(have->begin(), have->end(), [](const UintRange& a, const UintRange& b) { return a.lo < b.lo; });
  std::vector<UintRange> merged;
  for (const UintRange& r : *have) {
    if (!merged.empty() && (merged.back().hi == std::numeric_limits<std::int64_t>::max() ||
                            r.lo <= merged.back().hi + 1)) {
      merged.back().hi = std::max(merged.back().hi, r.hi);
    } else {
      merged.push_back(r);
    }
  }
  for (const UintRange& w : *want) {
    const auto it = std::upper_bound(merged.begin(), merged.end(), w.lo,
                                     [](std::int64_t v, const UintRange& m) { return v < m.lo; });
    if (it == merged.begin() || std::prev(it)->hi < w.hi) return false;
  }
  return true;
}

}  // namespace specconf::ref
