// The judging library on in-process engines: the reference, mutants, and small fake engines.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "properties/generators/profiles.h"
#include "reference/model/oci_spec_json.h"
#include "reference/model/specgen_json.h"
#include "tools/engines/engine.h"
#include "tools/engines/judge/cases.h"
#include "tools/engines/judge/filter.h"
#include "tools/engines/judge/generated_suite.h"
#include "tools/engines/judge/report.h"

namespace specconf::engine::judge {
namespace {

using nlohmann::json;

Progress quiet() { return Progress(false); }

GeneratedOptions options(long cases, std::uint64_t seed = 1) {
  GeneratedOptions o;
  o.seed = seed;
  o.cases = cases;
  o.spaces = spaces_for({});
  o.reproduce = "specconf conform --engine X";
  return o;
}

const TestCase* find(const Group& g, const std::string& id) {
  for (const auto& c : g.cases) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

TEST(Filter, MatchesIdsAndWholeLevels) {
  const Filter f({"golden/rootless-3gids", "invariant/GID5-001", "differential/"});
  EXPECT_TRUE(f.matches("golden/rootless-3gids/default-rootfs"));
  EXPECT_FALSE(f.matches("golden/rootless-3gids-x/default-rootfs"));
  EXPECT_TRUE(f.matches("invariant/GID5-001"));
  EXPECT_FALSE(f.matches("invariant/GID5-0011"));
  EXPECT_TRUE(f.matches("differential/reference"));
  EXPECT_TRUE(f.may_match_under("golden"));
  EXPECT_TRUE(f.may_match_under("golden/rootless-3gids"));
  EXPECT_FALSE(f.may_match_under("golden/root-cgroupv1"));
  EXPECT_TRUE(Filter().matches("anything"));
}

TEST(CaseSeeds, InputIIsDrawnAgainAloneFromSeedPlusI) {
  // `--seed S+i --cases 1` must show input i of a run with seed S: the reproduce lines rely on it.
  const auto spaces = spaces_for({"root-cgroupv1", "rootless-3gids"});
  for (std::uint64_t seed : {1u, 77u}) {
    for (std::uint64_t i = 0; i < 5; ++i) {
      const auto a = draw_case(space_for(spaces, seed + i), seed + i).value();
      const auto b = draw_case(space_for(spaces, seed + i), seed + i).value();
      EXPECT_EQ(a.request.body(), b.request.body());
      EXPECT_EQ(a.host.base, b.host.base);
    }
  }
  EXPECT_EQ(space_for(spaces, 4).profile, "root-cgroupv1");
  EXPECT_EQ(space_for(spaces, 5).profile, "rootless-3gids");
}

TEST(LiveHostExpressibility, DeviceDirectoriesNeedTheirWholeWalkRecorded) {
  const host::HostProfile& h = props::gen::captured_profile("root-cgroupv1");
  auto why = [&](const std::string& body) {
    specgen::SpecGenerator s;
    EXPECT_EQ(specgen::from_go_json(body, s), "");
    return unexpressible_on_live_host(h, s);
  };
  EXPECT_EQ(why(R"({"devices":[{"path":"/dev/null"}]})"), "");
  EXPECT_EQ(why(R"({"devices":[{"path":"/srv/specconf/devdir"}]})"), "");
  EXPECT_EQ(why(R"({"devices":[{"path":"/srv:/dev/x:rwm"}]})"),
            "device /srv:/dev/x:rwm: the profile does not record what /srv holds");
  EXPECT_NE(why(R"({"devices":[{"path":"/tmp"}]})"), "");
  EXPECT_EQ(why(R"({"devices":[{"path":"/srv/specconf/missing"}]})"), "");  // stat fails alike everywhere
}

TEST(GeneratedSuite, TheReferenceAgreesWithItself) {
  auto reference = make_engine("reference");
  auto other = make_engine("reference");
  GeneratedOptions o = options(60);
  o.invariants = false;
  o.vs = other.get();
  Progress p = quiet();
  const GeneratedResult r = run_generated(*reference, o, p);
  EXPECT_EQ(r.drawn, 60);
  EXPECT_EQ(r.diff.compared, 60);
  EXPECT_EQ(r.diff.disagreements, 0);
  ASSERT_EQ(r.differential.cases.size(), 1u);
  EXPECT_FALSE(r.differential.cases[0].failed);
}

TEST(GeneratedSuite, AMutantIsCaughtShrunkAndGivenAReproduceLine) {
  auto mutant = make_engine("mutant:privileged-sysfs-ro");
  auto reference = make_engine("reference");
  GeneratedOptions o = options(400);
  o.invariants = false;
  o.vs = reference.get();
  o.stop_at_first_disagreement = true;
  Progress p = quiet();
  const GeneratedResult r = run_generated(*mutant, o, p);
  ASSERT_EQ(r.diff.disagreements, 1);
  const TestCase& tc = r.differential.cases.at(0);
  EXPECT_TRUE(tc.failed);
  EXPECT_EQ(tc.id, "differential/reference");
  ASSERT_FALSE(tc.details.empty());
  EXPECT_NE(tc.details[0].find(".mounts"), std::string::npos) << tc.details[0];
  // Shrunk: only what the bug needs is left of the request.
  const json body = json::parse(tc.counterexample.at("specgen").get<std::string>());
  EXPECT_EQ(body.value("privileged", false), true) << body.dump();
  EXPECT_LE(body.size(), 3u) << body.dump();
  const std::uint64_t seed = tc.counterexample.at("case_seed");
  EXPECT_EQ(tc.reproduce, "specconf conform --engine X --seed " + std::to_string(seed) + " --cases 1");
  // And the reproduce line's run finds it again as its first input.
  GeneratedOptions again = o;
  again.seed = seed;
  again.cases = 1;
  const GeneratedResult r2 = run_generated(*mutant, again, p);
  EXPECT_EQ(r2.diff.disagreements, 1);
  EXPECT_EQ(r2.differential.cases.at(0).counterexample.at("specgen"), tc.counterexample.at("specgen"));
}

TEST(GeneratedSuite, InvariantsCatchAMutantOnTheirOwn) {
  auto mutant = make_engine("mutant:gid5-kept-when-unmapped");
  GeneratedOptions o = options(300);
  o.spaces = spaces_for({"rootless-3gids"});
  o.only = Filter({"invariant/GID5-001"});
  Progress p = quiet();
  const GeneratedResult r = run_generated(*mutant, o, p);
  const TestCase* tc = find(r.invariants, "invariant/GID5-001");
  ASSERT_NE(tc, nullptr);
  EXPECT_TRUE(tc->failed);
  EXPECT_EQ(r.invariants.cases.size(), 1u);  // --only kept just that one
  EXPECT_NE(tc->reproduce.find("--only invariant/GID5-001 --seed "), std::string::npos) << tc->reproduce;
}

// An engine that answers garbage-free but alternates between two errors: a stand-in for podman's
// map-order randomness.
class Flipping : public Engine {
 public:
  std::string name() const override { return "flipping"; }
  bool deterministic() const override { return false; }
  Result run(const Request& r) override {
    Result out;
    out.kind = Result::Kind::kError;
    out.error = ++calls_ % 2 ? "first" : make_engine("reference")->run(r).error;
    return out;
  }

 private:
  int calls_ = 0;
};

TEST(GeneratedSuite, ANondeterministicEngineIsAskedAgainBeforeADifferenceCounts) {
  Flipping flipping;
  auto reference = make_engine("reference");
  GeneratedOptions o = options(1);
  o.invariants = false;
  o.vs = reference.get();
  o.seed = 3;
  Progress p = quiet();
  // Whatever the reference answers, the flipping engine's second answer is the reference's error (or an
  // empty one for specs): for inputs the reference rejects, the retry agrees.
  for (std::uint64_t seed = 1; seed < 40; ++seed) {
    o.seed = seed;
    const auto c = draw_case(o.spaces[0], seed).value();
    const Result ref = reference->run({c.host.profile.get(), c.request.body()});
    if (ref.kind != Result::Kind::kError) continue;
    const GeneratedResult r = run_generated(flipping, o, p);
    EXPECT_EQ(r.diff.disagreements, 0);
    EXPECT_EQ(r.diff.agreed_on_retry, 1);
    return;
  }
  FAIL() << "no rejected input among the first seeds";
}

TEST(Placeholders, StandForOneRunWithoutBlanksOrQuotes) {
  const std::string ref =
      "creating copy of template layer \"<top layer of image d7cf16ca32a4>\" with ID \"<random layer ID>\": "
      "potentially insufficient UIDs (requested 100000:1 for <graph root>/vfs/dir): chown <graph root>/vfs/dir: x";
  const std::string live =
      "creating copy of template layer \"cd7192b22da9adc6416255831079575a6e21ec2171934c1a08239af826f0d101\" with ID "
      "\"72f9856e4fa4c8aa552802f6063a02d9c32c2fad6e6ecaea83abf49900d8b8b3\": potentially insufficient UIDs "
      "(requested 100000:1 for /var/tmp/specconf/rootless-cgroupv1/root/vfs/dir): chown "
      "/var/tmp/specconf/rootless-cgroupv1/root/vfs/dir: x";
  EXPECT_TRUE(matches_with_placeholders(ref, live));
  EXPECT_FALSE(matches_with_placeholders(ref, live + "y"));
  EXPECT_FALSE(matches_with_placeholders(ref, std::string(live).replace(live.find("100000:1"), 8, "100001:1")));
  EXPECT_FALSE(matches_with_placeholders("no placeholder (a.b)", "no placeholder (a.b)"));  // nothing to excuse
  EXPECT_TRUE(matches_with_placeholders("chown <run root>/x (1+1)*[2]: y", "chown /run/abc/x (1+1)*[2]: y"));
  EXPECT_FALSE(matches_with_placeholders("id <ID>: y", "id a b: y"));  // a blank is not part of a placeholder
}

TEST(DisagreementClass, NamesTheKindOrThePathsWithoutIndices) {
  EXPECT_EQ(disagreement_class({{".", "(spec)", "(error) \"x\""}}), "spec vs error");
  EXPECT_EQ(disagreement_class({{".error", "\"a\"", "\"b\""}}), ".error");
  EXPECT_EQ(disagreement_class({{".mounts[3].options[1]", "1", "2"}, {".process.env", "", ""}}),
            ".mounts[].options[] .process.env");
}

TEST(Report, JunitIsWellFormedAndCarriesFailuresAndKnownBugs) {
  Report r;
  r.command = "conform";
  r.engine = "exec:./e <x>";
  Group g;
  g.name = "golden";
  g.title = "golden records";
  TestCase ok;
  ok.id = "golden/root-cgroupv1/a";
  TestCase bad;
  bad.id = "golden/root-cgroupv1/b&c";
  bad.failed = true;
  bad.message = "1 difference \"quoted\"";
  bad.details = {".x: expected \x01 actual \xff"};
  bad.reproduce = "specconf conform --only golden/root-cgroupv1/b";
  g.cases = {ok, bad};
  r.groups.push_back(g);
  r.known_bugs.push_back({"GID5-003", "podman keeps gid=5 <sometimes>", "specconf ...", 3, json::object()});
  const std::string xml = junit_xml(r);
  EXPECT_NE(xml.find("<testsuites name=\"specconf conform exec:./e &lt;x&gt;\" tests=\"2\" failures=\"1\""),
            std::string::npos) << xml;
  EXPECT_NE(xml.find("classname=\"golden.root-cgroupv1\" name=\"b&amp;c\""), std::string::npos);
  EXPECT_NE(xml.find("<failure message=\"1 difference &quot;quoted&quot;\""), std::string::npos);
  EXPECT_NE(xml.find("expected \xEF\xBF\xBD actual \xEF\xBF\xBD"), std::string::npos);  // no raw control or bad byte
  EXPECT_NE(xml.find("<skipped message=\"known podman bug: podman keeps gid=5 &lt;sometimes&gt; (3 inputs)\""),
            std::string::npos);
  EXPECT_FALSE(r.passed());
  const std::string text = summary_text(r);
  EXPECT_NE(text.find("FAIL golden/root-cgroupv1/b&c: 1 difference"), std::string::npos) << text;
  EXPECT_NE(text.find("reproduce: specconf conform --only golden/root-cgroupv1/b"), std::string::npos);
  EXPECT_NE(text.rfind("FAIL: 1 of 2 checks failed"), std::string::npos);
  const json j = to_json(r);
  EXPECT_EQ(j.at("passed"), false);
  EXPECT_EQ(j.at("groups").at(0).at("failures").size(), 1u);
}

TEST(ShellQuote, QuotesOnlyWhatAShellWouldSplitOrExpand) {
  EXPECT_EQ(shell_quote("reference"), "reference");
  EXPECT_EQ(shell_quote("exec:./bin/engine"), "exec:./bin/engine");
  EXPECT_EQ(shell_quote("exec:./e --x"), "'exec:./e --x'");
  EXPECT_EQ(shell_quote("it's"), "'it'\\''s'");
  EXPECT_EQ(shell_quote(""), "''");
}

}  // namespace
}  // namespace specconf::engine::judge
