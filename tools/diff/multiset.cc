#include "tools/diff/multiset.h"

#include <algorithm>
#include <string>
#include <utility>

#include "tools/diff/canonical_json.h"

namespace specconf::diff {
namespace {

using Keyed = std::vector<std::pair<std::string, std::size_t>>;

Keyed sorted_keys(Slice s) {
  Keyed out;
  out.reserve(s.end - s.begin);
  for (std::size_t i = s.begin; i < s.end; ++i) out.emplace_back(canonical_text(s.array[i]), i);
  std::sort(out.begin(), out.end());  // by key, then index: surplus duplicates are the later ones
  return out;
}

}  // namespace

MultisetDelta multiset_delta(Slice expected, Slice actual) {
  const Keyed e = sorted_keys(expected);
  const Keyed a = sorted_keys(actual);
  MultisetDelta d;
  std::size_t i = 0, j = 0;
  while (i < e.size() && j < a.size()) {
    const int c = e[i].first.compare(a[j].first);
    if (c == 0) {
      ++i;
      ++j;
    } else if (c < 0) {
      d.missing.push_back(e[i++].second);
    } else {
      d.unexpected.push_back(a[j++].second);
    }
  }
  for (; i < e.size(); ++i) d.missing.push_back(e[i].second);
  for (; j < a.size(); ++j) d.unexpected.push_back(a[j].second);
  std::sort(d.missing.begin(), d.missing.end());
  std::sort(d.unexpected.begin(), d.unexpected.end());
  return d;
}

}  // namespace specconf::diff
