// The catalog as a whole: its table, check_all, the known violations and the generated docs.
#include "properties/catalog/catalog.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "properties/catalog/test_support.h"

namespace specconf::props::testing {
namespace {

TEST(Catalog, HasAtLeastFortyInvariantsWithStableUniqueIds) {
  const auto& all = catalog();
  EXPECT_GE(all.size(), 40u);
  std::set<std::string> ids;
  const std::regex id_form("[A-Z0-9]+-[0-9]{3}");
  for (const auto& inv : all) {
    EXPECT_TRUE(std::regex_match(inv.id, id_form)) << inv.id;
    EXPECT_TRUE(ids.insert(inv.id).second) << inv.id;
  }
}

TEST(Catalog, EveryEntryIsFilledIn) {
  const std::regex line_ref(".*\\.go:[0-9]+.*");
  for (const auto& inv : catalog()) {
    EXPECT_GT(std::string(inv.statement).size(), 10u) << inv.id;
    EXPECT_TRUE(std::regex_match(inv.podman, line_ref)) << inv.id << ": " << inv.podman;
    EXPECT_NE(std::string(inv.versions), "") << inv.id;
    EXPECT_NE(std::string(inv.host_facts), "") << inv.id;
    EXPECT_NE(inv.check, nullptr) << inv.id;
    EXPECT_EQ(std::string(inv.statement).find('\n'), std::string::npos) << inv.id;
  }
}

TEST(Catalog, HasBothKinds) {
  int conformance = 0, soundness = 0;
  for (const auto& inv : catalog()) (inv.kind == Kind::kConformance ? conformance : soundness)++;
  EXPECT_GT(conformance, 0);
  EXPECT_GT(soundness, 0);
}

TEST(KnownViolations, NameSoundnessInvariantsOfTheCatalog) {
  for (const auto& kv : known_violations()) {
    const Invariant* inv = find_invariant(kv.invariant_id);
    ASSERT_NE(inv, nullptr) << kv.invariant_id;
    // Conformance invariants describe podman, so podman cannot violate them.
    EXPECT_EQ(inv->kind, Kind::kSoundness) << kv.invariant_id;
    EXPECT_NE(std::string(kv.reproducer).find("tools/specconf.sh"), std::string::npos) << kv.invariant_id;
    EXPECT_NE(kv.applies, nullptr);
  }
}

TEST(KnownViolations, ReproducersNameRecordsThatExist) {
  const std::regex record("golden/([a-z0-9-]+)/([a-z0-9-]+)\\.json");
  for (const auto& kv : known_violations()) {
    const std::string r = kv.reproducer;
    std::smatch m;
    if (!std::regex_search(r, m, record) || m[1] == "hosts") continue;
    const Case c = golden_case(m[1], m[2]);
    ASSERT_TRUE(c.outcome.spec) << r;
    bool shown = false;
    for (const auto& v : check_all(c.judged())) shown |= v.id == kv.invariant_id && v.known;
    EXPECT_TRUE(shown) << kv.invariant_id << ": the reproducer's record does not show it: " << r;
  }
}

TEST(KnownViolations, ReproducersNameCasesThatExist) {
  const std::regex body("corpus/specgen/([a-z0-9-]+)\\.json");
  for (const auto& kv : known_violations()) {
    const std::string r = kv.reproducer;
    for (std::sregex_iterator it(r.begin(), r.end(), body), end; it != end; ++it) {
      EXPECT_FALSE(read_file((*it)[0]).empty()) << kv.invariant_id << ": no " << (*it)[0];
    }
  }
}

// `generate --host P corpus/specgen/C.json` on a captured case: podman's own record of C on P shows it.
TEST(KnownViolations, GenerateReproducersShowOnPodmansRecord) {
  const std::regex generate("generate --host ([a-z0-9-]+) corpus/specgen/([a-z0-9-]+)\\.json");
  for (const auto& kv : known_violations()) {
    const std::string r = kv.reproducer;
    std::smatch m;
    if (!std::regex_search(r, m, generate)) continue;
    const Case c = golden_case(m[1], m[2]);
    ASSERT_TRUE(c.outcome.spec) << r;
    bool shown = false;
    for (const auto& v : check_all(c.judged())) shown |= v.id == kv.invariant_id && v.known;
    EXPECT_TRUE(shown) << kv.invariant_id << ": podman's record of the reproducer's case does not show it: " << r;
  }
}

TEST(CheckAll, CleanRecordHasNoViolations) {
  EXPECT_TRUE(check_all(golden_case("root-cgroupv1", "default-rootfs").judged()).empty());
}

TEST(CheckAll, KnownPodmanBugsAreMarkedKnownAndOthersNot) {
  Case c = golden_case("root-cgroupv1", "devices-null");
  auto all = check_all(c.judged());
  ASSERT_FALSE(all.empty());
  for (const auto& v : all) EXPECT_TRUE(v.known) << v.id << ": " << v.message;
  c.outcome.spec->process->cwd = "relative";
  c.respec();
  bool unknown_cwd = false;
  for (const auto& v : check_all(c.judged())) unknown_cwd |= v.id == "SHAPE-003" && !v.known;
  EXPECT_TRUE(unknown_cwd);
}

TEST(CheckAll, ASpecWithoutItsRequestStillGetsTheSoundnessChecks) {
  Case c = golden_case("root-cgroupv1", "masks-mask");
  c.specgen.reset();
  bool seen = false;
  for (const auto& v : check_all(c.judged())) {
    if (v.id == "MASK-005") {
      seen = true;
      EXPECT_FALSE(v.known);  // without the request nothing says podman was asked for ""
    }
  }
  EXPECT_TRUE(seen);
}

TEST(Markdown, ListsEveryInvariantAndEveryKnownViolation) {
  const std::string md = invariants_markdown();
  for (const auto& inv : catalog()) EXPECT_NE(md.find(std::string("| ") + inv.id + " |"), std::string::npos) << inv.id;
  for (std::size_t i = 0; i < known_violations().size(); ++i) {
    EXPECT_NE(md.find("K" + std::to_string(i + 1) + ": "), std::string::npos);
    EXPECT_NE(md.find(known_violations()[i].reproducer), std::string::npos);
  }
  EXPECT_NE(md.find("cgroup from cgroup, options [rprivate,nosuid,noexec,nodev,relatime,ro\\|rw]"), std::string::npos);
}

TEST(Outcome, ReadsSpecsResultsAndRecords) {
  Outcome o;
  EXPECT_EQ(parse_outcome(R"({"ociVersion":"1.0.2-dev"})", o), "");
  EXPECT_TRUE(o.spec);
  EXPECT_EQ(parse_outcome(R"({"spec":{"ociVersion":"1.0.2-dev","process":{"cwd":"/"}}})", o), "");
  ASSERT_TRUE(o.spec);
  EXPECT_EQ(o.spec->process->cwd, "/");
  EXPECT_EQ(parse_outcome(R"({"error":"boom"})", o), "");
  EXPECT_EQ(o.error, "boom");
  EXPECT_FALSE(o.spec);
  EXPECT_EQ(parse_outcome(read_file("golden/root-cgroupv1/image-missing.json"), o), "");
  EXPECT_FALSE(o.error.empty());
}

TEST(Outcome, RefusesWhatIsNoOutcome) {
  Outcome o;
  EXPECT_NE(parse_outcome("not json", o), "");
  EXPECT_NE(parse_outcome("[1]", o), "");
  EXPECT_NE(parse_outcome(R"({"something":1})", o), "");
  EXPECT_NE(parse_outcome(R"({"spec":{"ociVersion":"1","process":{"cwd":7}}})", o), "");
  EXPECT_NE(parse_outcome(std::string(5000, '[') + std::string(5000, ']'), o), "");
}

}  // namespace
}  // namespace specconf::props::testing
