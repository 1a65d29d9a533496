// The semantic diff: compares two stored OCI specs, or two create outcomes (spec or podman error),
// under the golden comparison rules of golden/README.md "## Comparison rules": exact everywhere except
// the three places podman fills from Go maps, which are compared as multisets.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace specconf::diff {

struct Difference {
  std::string path;      // jq path from the spec's root: .linux.resources.devices[2].allow, .mounts[0:4]
  std::string expected;  // kValue: compact JSON or "(absent)"; kMultiset: items only expected has
  std::string actual;    // kValue: compact JSON or "(absent)"; kMultiset: items only actual has
  // kMultiset lists its items as ", "-joined compact JSON ("" when there are none).
  enum class Kind { kValue, kMultiset } kind = Kind::kValue;
};

// Differences between two specs, object members in key order and array elements in index order.
// Empty means they match.
// Symmetric: swapping the arguments swaps expected with actual in each difference and nothing else.
std::vector<Difference> compare_specs(const nlohmann::json& expected, const nlohmann::json& actual);

// Differences between two outcomes, each a bare OCI spec, a golden record (tools/golden/record.h) or
// an engine result ({"spec": ...} or {"error": "message"}). Spec against spec as compare_specs; error
// against error by message only (a record's error.message, a result's "error"); spec against error is
// one difference at ".". A side that is none of these is one difference at "." naming why (the CLI
// refuses such input before comparing; see read_outcome in outcome.h).
std::vector<Difference> compare_results(const nlohmann::json& expected, const nlohmann::json& actual);

// One line, no newline: `<path>: expected <e> actual <a>`, or for a multiset part
// `<path>: missing <items>; unexpected <items>` (either half left out when it has no items).
std::string format_difference(const Difference& d);

}  // namespace specconf::diff
