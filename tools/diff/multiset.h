// Multiset comparison of array slices, for the parts of a spec that podman builds from Go maps.
#pragma once

#include <cstddef>
#include <vector>

#include <nlohmann/json.hpp>

namespace specconf::diff {

// A half-open range of an array's elements.
struct Slice {
  const nlohmann::json& array;
  std::size_t begin, end;
};

// Indexes (into their own arrays, ascending) of the items one side has more often than the other.
struct MultisetDelta {
  std::vector<std::size_t> missing;     // in expected, not matched in actual
  std::vector<std::size_t> unexpected;  // in actual, not matched in expected
  bool empty() const { return missing.empty() && unexpected.empty(); }
};

// Counts items by canonical_text: O(n log n) in the item count, so long env or mount lists stay cheap.
// Duplicates count: ["A=1","A=1"] against ["A=1"] leaves one "A=1" unexpected.
MultisetDelta multiset_delta(Slice expected, Slice actual);

}  // namespace specconf::diff
