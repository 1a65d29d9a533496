// The semantic diff (tools/diff/semantic_diff.h) on two JSON documents: a document matches itself (as
// a spec within the depth limit; as an outcome when it is one), and the diff is symmetric — swapping
// the sides swaps expected with actual in each difference and changes nothing else, as the header says.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz/common/check.h"
#include "fuzz/common/input_formats.h"
#include "tools/diff/canonical_json.h"
#include "tools/diff/outcome.h"
#include "tools/diff/semantic_diff.h"

namespace {

namespace fz = specconf::fuzz;
namespace diff = specconf::diff;
using nlohmann::json;

std::string listing(const std::vector<diff::Difference>& ds) {
  std::string out;
  for (const auto& d : ds) out += "\n  " + diff::format_difference(d);
  return out;
}

void check_symmetric(const std::vector<diff::Difference>& ab, const std::vector<diff::Difference>& ba,
                     const char* what) {
  FUZZ_CHECK(ab.empty() == ba.empty(), std::string(what) + ": a match one way only" + listing(ab) + "\nvs" + listing(ba));
  FUZZ_CHECK(ab.size() == ba.size(), std::string(what) + ": a different number of differences each way" + listing(ab) +
                                         "\nvs" + listing(ba));
  for (std::size_t i = 0; i < ab.size(); ++i) {
    const bool mirrored = ab[i].path == ba[i].path && ab[i].kind == ba[i].kind && ab[i].expected == ba[i].actual &&
                          ab[i].actual == ba[i].expected;
    FUZZ_CHECK(mirrored, std::string(what) + ": difference " + std::to_string(i) + " is not mirrored: " +
                             diff::format_difference(ab[i]) + " vs " + diff::format_difference(ba[i]));
  }
}

void check_matches_itself(const json& a) {
  if (!diff::nested_deeper_than(a, diff::kMaxDepth)) {
    FUZZ_CHECK(diff::compare_specs(a, a).empty(), "a spec differs from itself:" + listing(diff::compare_specs(a, a)));
  }
  diff::Outcome o;
  if (diff::read_outcome(a, o).empty()) {
    FUZZ_CHECK(diff::compare_results(a, a).empty(), "an outcome differs from itself:" + listing(diff::compare_results(a, a)));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto [ta, tb] = fz::split_pair({reinterpret_cast<const char*>(data), size});
  const json a = json::parse(ta, nullptr, /*allow_exceptions=*/false);
  const json b = json::parse(tb, nullptr, /*allow_exceptions=*/false);
  if (a.is_discarded() || b.is_discarded()) return 0;
  check_matches_itself(a);
  check_matches_itself(b);
  check_symmetric(diff::compare_specs(a, b), diff::compare_specs(b, a), "compare_specs");
  check_symmetric(diff::compare_results(a, b), diff::compare_results(b, a), "compare_results");
  return 0;
}
