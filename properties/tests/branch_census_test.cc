// How often generated inputs reach each branch of SpecGenToOCI (branches.h), measured with RapidCheck's
// tags. The test prints the census (the table in properties/README.md) and fails when a branch falls under
// its floor: a generator change that stops reaching a corner is a regression.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>

#include <gtest/gtest.h>
#include <rapidcheck.h>

#include "properties/generators/case_gen.h"
#include "properties/tests/branches.h"
#include "properties/tests/judge.h"
#include "properties/tests/rc_gtest.h"

namespace specconf::props::test {
namespace {

// Cases the census draws: enough for a floor of 1% to mean something (≈ 20 hits).
constexpr int kCensusCases = 2000;

// Every branch is reached at least this often (percent of all cases), except the few that only exist on
// one engine version or one rarely generated combination, listed with their own floor.
constexpr double kFloor = 1.0;
const std::map<std::string, double> kLowerFloors = {
    {"outcome: decode error", 0.0},  // the generators write valid JSON; the fuzz corpus covers decoding
    {"sys: fresh, pasta + new userns (aa47e05ae4)", 0.3},
    {"userns: pod", 0.0},  // needs a pod with an infra container sharing the user namespace
};

// The rejections the generators provoke most, by the first words of podman's message: each rejected case
// is one that reached no branch of SpecGenToOCI, so the list says where generation effort goes.
TEST(BranchCensus, TopRejections) {
  const rc::detail::Distribution d = check_gtest_property(
      [] {
        const EngineRun run = run_reference(*gen::gen_case());
        if (!run.result.ok()) RC_TAG(run.result.error.substr(0, 60));
      },
      kCensusCases, /*print=*/false);
  std::vector<std::pair<int, std::string>> top;
  for (const auto& [tags, n] : d) {
    if (!tags.empty()) top.emplace_back(n, tags.front());
  }
  std::sort(top.rbegin(), top.rend());
  std::cout << "| rejections | podman's message, first 60 bytes |\n|---|---|\n";
  for (std::size_t i = 0; i < top.size() && i < 25; ++i) std::cout << "| " << top[i].first << " | " << top[i].second << " |\n";
}

TEST(BranchCensus, EveryBranchOfSpecGenToOCIIsReached) {
  const rc::detail::Distribution d = check_gtest_property(
      [] {
        const gen::Case c = *gen::gen_case();
        for (const auto& tag : branch_tags(run_reference(c))) RC_TAG(tag);
      },
      kCensusCases, /*print=*/false);
  std::map<std::string, int> hits;
  int total = 0;
  for (const auto& [tags, n] : d) {
    total += n;
    // RapidCheck stores a string tag as its C++ literal: "outcome: spec" with the quotes.
    for (const auto& t : tags) hits[t.size() >= 2 && t.front() == '"' ? t.substr(1, t.size() - 2) : t] += n;
  }
  ASSERT_GT(total, 0);
  std::cout << "| branch | cases | share |\n|---|---|---|\n";
  for (const auto& tag : all_branch_tags()) {
    const double pct = 100.0 * hits[tag] / total;
    char share[16];
    std::snprintf(share, sizeof share, "%.1f%%", pct);
    std::cout << "| " << tag << " | " << hits[tag] << " | " << share << " |\n";
    const auto floor = kLowerFloors.count(tag) ? kLowerFloors.at(tag) : kFloor;
    EXPECT_GE(pct, floor) << tag << " reached by " << hits[tag] << " of " << total << " cases";
  }
  std::cout << "(" << total << " cases)\n";
  for (const auto& [tag, n] : hits) EXPECT_TRUE(std::count(all_branch_tags().begin(), all_branch_tags().end(), tag)) << tag;
}

}  // namespace
}  // namespace specconf::props::test
