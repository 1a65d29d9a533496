#include "reference/process/cpuset_list.h"

#include <algorithm>
#include <limits>

namespace specconf::ref {
namespace {

// strconv.Atoi (Go 1.19) for base 10: an optional sign, then one or more ASCII digits, within int64.
std::optional<std::int64_t> go_atoi(const std::string& s) {
  std::size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    ++i;
  }
  if (i == s.size()) return std::nullopt;
  constexpr std::uint64_t kLimit = std::uint64_t{1} << 63;  // |min int64|
  std::uint64_t n = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    const auto d = static_cast<std::uint64_t>(s[i] - '0');
    if (n > (kLimit - d) / 10) return std::nullopt;  // past 2^63 even for a negative value
    n = n * 10 + d;
  }
  if (!neg && n == kLimit) return std::nullopt;
  if (neg) return n == kLimit ? std::numeric_limits<std::int64_t>::min() : -static_cast<std::int64_t>(n);
  return static_cast<std::int64_t>(n);
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
