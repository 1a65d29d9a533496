// The whole catalog over every golden record: real podman's outputs break no invariant, except where a
// documented known violation says podman does.
#include <gtest/gtest.h>

#include "properties/catalog/test_support.h"

namespace specconf::props::testing {
namespace {

struct Tally {
  int count = 0;
  std::vector<std::string> examples;
};

TEST(GoldenCatalog, PodmanBreaksOnlyKnownViolations) {
  std::map<std::string, Tally> unknown, known;
  int records = 0;
  for (const auto& p : list_dir("golden")) {
    if (p == "hosts") continue;
    for (const auto& file : list_dir("golden/" + p)) {
      const std::string name = file.substr(0, file.size() - 5);
      const Case c = golden_case(p, name);
      ++records;
      for (const auto& v : check_all(c.judged())) {
        Tally& t = (v.known ? known : unknown)[v.id];
        if (++t.count <= 3) t.examples.push_back(p + "/" + name + ": " + v.message);
      }
    }
  }
  EXPECT_GT(records, 2000);
  std::string report;
  for (const auto& [id, t] : unknown) {
    report += id + " (" + std::to_string(t.count) + " records)\n";
    for (const auto& e : t.examples) report += "    " + e + "\n";
  }
  EXPECT_TRUE(unknown.empty()) << "violations in real podman output that no known violation documents:\n" << report;
  for (const auto& [id, t] : known) std::cout << "known " << id << ": " << t.count << " records\n";
}

}  // namespace
}  // namespace specconf::props::testing
