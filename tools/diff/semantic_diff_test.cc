// The comparison rules of golden/README.md, one group per rule, on real podman specs (testdata/) with
// synthetic permutations (must match) and mutations (must not).
#include "tools/diff/semantic_diff.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tools/diff/outcome.h"
#include "tools/diff/test_util.h"

namespace specconf::diff {
namespace {

using testing::json;
using testing::load_example;

std::vector<std::string> lines(const std::vector<Difference>& diffs) {
  std::vector<std::string> out;
  for (const auto& d : diffs) out.push_back(format_difference(d));
  return out;
}

std::vector<std::string> diff_lines(const json& e, const json& a) { return lines(compare_specs(e, a)); }

// ---- Exact everywhere else ----------------------------------------------------------------------

TEST(ExactRules, EveryExampleMatchesItselfAndACopy) {
  for (const auto& name : testing::example_names()) {
    const json spec = load_example(name);
    EXPECT_TRUE(compare_specs(spec, spec).empty()) << name;
    EXPECT_TRUE(compare_specs(spec, json::parse(spec.dump())).empty()) << name;
  }
}

TEST(ExactRules, ObjectKeyOrderDoesNotMatter) {
  EXPECT_TRUE(compare_specs(json::parse(R"({"a":1,"b":{"c":2,"d":3}})"),
                            json::parse(R"({"b":{"d":3,"c":2},"a":1})"))
                  .empty());
}

TEST(ExactRules, NumbersCompareByValue) {
  EXPECT_TRUE(compare_specs(json::parse("[1, 2048, 0]"), json::parse("[1.0, 2.048e3, -0.0]")).empty());
  EXPECT_TRUE(compare_specs(json::parse("[18446744073709551615]"), json::parse("[18446744073709551615]")).empty());
  EXPECT_EQ(diff_lines(json::parse("[1]"), json::parse("[1.5]")),
            std::vector<std::string>{".[0]: expected 1 actual 1.5"});
  EXPECT_EQ(diff_lines(json::parse("[-1]"), json::parse("[18446744073709551615]")),
            std::vector<std::string>{".[0]: expected -1 actual 18446744073709551615"});
  EXPECT_EQ(diff_lines(json::parse("[1]"), json::parse(R"(["1"])")),
            std::vector<std::string>{R"(.[0]: expected 1 actual "1")"});
}

TEST(ExactRules, StringsCompareByBytes) {
  // Precomposed and decomposed é are the same text to a person and different bytes to the kernel.
  EXPECT_EQ(compare_specs(json::parse(R"(["\u00e9"])"), json::parse(R"(["e\u0301"])")).size(), 1u);
  EXPECT_EQ(compare_specs(json::parse(R"(["a"])"), json::parse(R"(["A"])")).size(), 1u);
}

TEST(ExactRules, ArraysOutsideTheRulesAreOrdered) {
  const json t1 = load_example("t1.json");
  json swapped = t1;
  std::swap(swapped["linux"]["maskedPaths"][0], swapped["linux"]["maskedPaths"][1]);
  EXPECT_EQ(diff_lines(t1, swapped),
            (std::vector<std::string>{R"(.linux.maskedPaths[0]: expected "/proc/acpi" actual "/proc/kcore")",
                                      R"(.linux.maskedPaths[1]: expected "/proc/kcore" actual "/proc/acpi")"}));
  json caps = t1;
  std::swap(caps["process"]["capabilities"]["bounding"][0], caps["process"]["capabilities"]["bounding"][1]);
  EXPECT_EQ(compare_specs(t1, caps).size(), 2u);
}

// Each mutation of t1 and the exact line it must produce.
struct ValueCase {
  const char* name;
  void (*mutate)(json&);
  std::vector<std::string> expected_lines;
};

const ValueCase kValueCases[] = {
    {"ChangedScalar", [](json& s) { s["linux"]["resources"]["devices"][0]["allow"] = true; },
     {".linux.resources.devices[0].allow: expected false actual true"}},
    {"MissingMember", [](json& s) { s["process"].erase("cwd"); }, {R"(.process.cwd: expected "/" actual (absent))"}},
    {"ExtraMemberWithDottedKey", [](json& s) { s["annotations"]["x.y"] = "z"; },
     {R"(.annotations["x.y"]: expected (absent) actual "z")"}},
    {"ChangedAnnotation", [](json& s) { s["annotations"]["io.podman.annotations.init"] = "TRUE"; },
     {R"(.annotations["io.podman.annotations.init"]: expected "FALSE" actual "TRUE")"}},
    {"ExtraArrayElement", [](json& s) { s["linux"]["maskedPaths"].push_back("/x"); },
     {R"(.linux.maskedPaths[11]: expected (absent) actual "/x")"}},
    {"MissingArrayElement", [](json& s) { s["linux"]["resources"]["devices"].erase(0); },
     {R"(.linux.resources.devices[0]: expected {"access":"rwm","allow":false} actual (absent))"}},
    {"TypeChange", [](json& s) { s["linux"]["resources"]["pids"] = json::array({2048}); },
     {R"(.linux.resources.pids: expected {"limit":2048} actual [2048])"}},
    {"ChangedDefaultMountOption", [](json& s) { s["mounts"][4]["options"][3] = "rw"; },
     {R"(.mounts[4].options[3]: expected "ro" actual "rw")"}},
};

void PrintTo(const ValueCase& c, std::ostream* os) { *os << c.name; }

class ValueDifferences : public ::testing::TestWithParam<ValueCase> {};

TEST_P(ValueDifferences, ReportTheExactLine) {
  const json t1 = load_example("t1.json");
  json mutated = t1;
  GetParam().mutate(mutated);
  EXPECT_EQ(diff_lines(t1, mutated), GetParam().expected_lines);
}

INSTANTIATE_TEST_SUITE_P(OnT1, ValueDifferences, ::testing::ValuesIn(kValueCases),
                         [](const auto& info) { return std::string(info.param.name); });

// ---- process.env is a multiset ------------------------------------------------------------------

TEST(EnvRule, EveryOrderOfTheEnvMatches) {
  const json misc = load_example("out_misc.json");  // 5 entries, HOSTNAME=hh last
  json env = misc["process"]["env"];
  std::vector<json> items(env.begin(), env.end());
  std::sort(items.begin(), items.end());
  do {
    json permuted = misc;
    permuted["process"]["env"] = items;
    EXPECT_TRUE(compare_specs(misc, permuted).empty());
    EXPECT_TRUE(compare_specs(permuted, misc).empty());
  } while (std::next_permutation(items.begin(), items.end()));
}

struct EnvCase {
  const char* name;
  void (*mutate)(json& env);
  const char* expected_line;
};

const EnvCase kEnvCases[] = {
    {"DuplicatedEntry", [](json& env) { env.push_back("A=1"); }, R"(.process.env: unexpected "A=1")"},
    {"ChangedValue", [](json& env) { env[2] = "A=2"; }, R"(.process.env: missing "A=1"; unexpected "A=2")"},
    {"MissingEntry", [](json& env) { env.erase(3); }, R"(.process.env: missing "B=")"},
    {"EmptyValueIsNotAbsentValue", [](json& env) { env[3] = "B"; }, R"(.process.env: missing "B="; unexpected "B")"},
};

void PrintTo(const EnvCase& c, std::ostream* os) { *os << c.name; }

class EnvMutations : public ::testing::TestWithParam<EnvCase> {};

TEST_P(EnvMutations, DoNotMatchEvenWhenShuffled) {
  const json misc = load_example("out_misc.json");
  json mutated = misc;
  GetParam().mutate(mutated["process"]["env"]);
  EXPECT_EQ(diff_lines(misc, mutated), std::vector<std::string>{GetParam().expected_line});
  for (unsigned seed = 1; seed <= 5; ++seed) {
    json shuffled = mutated;
    testing::shuffle_range(shuffled["process"]["env"], 0, shuffled["process"]["env"].size(), seed);
    EXPECT_EQ(compare_specs(misc, shuffled).size(), 1u) << "seed " << seed;
  }
}

INSTANTIATE_TEST_SUITE_P(OnMisc, EnvMutations, ::testing::ValuesIn(kEnvCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(EnvRule, OnlyTheProcessEnvIsAMultiset) {
  json a = json::parse(R"({"env":["A=1","B=2"],"process":{"args":["A=1","B=2"]}})");
  json b = json::parse(R"({"env":["B=2","A=1"],"process":{"args":["B=2","A=1"]}})");
  EXPECT_EQ(compare_specs(a, b).size(), 4u);
}

// ---- blockIO device lists are multisets ---------------------------------------------------------

json with_block_io() {
  json spec = load_example("t1.json");
  spec["linux"]["resources"]["blockIO"] = json::parse(R"({
    "weight": 500,
    "weightDevice": [{"major":8,"minor":0,"weight":100},{"major":8,"minor":16,"weight":200},
                     {"major":253,"minor":0,"weight":300,"leafWeight":10}],
    "throttleReadBpsDevice": [{"major":8,"minor":0,"rate":1048576},{"major":8,"minor":16,"rate":2097152},
                              {"major":253,"minor":0,"rate":1}],
    "throttleWriteBpsDevice": [{"major":8,"minor":0,"rate":1},{"major":8,"minor":16,"rate":2}],
    "throttleReadIOPSDevice": [{"major":8,"minor":0,"rate":10},{"major":8,"minor":16,"rate":20}],
    "throttleWriteIOPSDevice": [{"major":8,"minor":0,"rate":30},{"major":8,"minor":16,"rate":40}]
  })");
  return spec;
}

const char* kBlockIOLists[] = {"weightDevice", "throttleReadBpsDevice", "throttleWriteBpsDevice",
                               "throttleReadIOPSDevice", "throttleWriteIOPSDevice"};

TEST(BlockIORule, ReorderedDeviceListsMatch) {
  const json spec = with_block_io();
  for (unsigned seed = 1; seed <= 8; ++seed) {
    json reordered = spec;
    for (const char* list : kBlockIOLists) {
      json& l = reordered["linux"]["resources"]["blockIO"][list];
      testing::shuffle_range(l, 0, l.size(), seed);
    }
    std::reverse(reordered["linux"]["resources"]["blockIO"]["weightDevice"].begin(),
                 reordered["linux"]["resources"]["blockIO"]["weightDevice"].end());
    EXPECT_TRUE(compare_specs(spec, reordered).empty()) << "seed " << seed;
  }
}

TEST(BlockIORule, WeightDeviceWithADifferentWeightDoesNotMatch) {
  const json spec = with_block_io();
  json mutated = spec;
  mutated["linux"]["resources"]["blockIO"]["weightDevice"][0]["weight"] = 10;
  EXPECT_EQ(diff_lines(spec, mutated),
            std::vector<std::string>{".linux.resources.blockIO.weightDevice: "
                                     R"(missing {"major":8,"minor":0,"weight":100}; )"
                                     R"(unexpected {"major":8,"minor":0,"weight":10})"});
}

TEST(BlockIORule, MissingThrottleEntryDoesNotMatch) {
  const json spec = with_block_io();
  for (const char* list : kBlockIOLists) {
    json mutated = spec;
    mutated["linux"]["resources"]["blockIO"][list].erase(1);
    const auto got = diff_lines(spec, mutated);
    ASSERT_EQ(got.size(), 1u) << list;
    EXPECT_EQ(got[0].rfind(std::string(".linux.resources.blockIO.") + list + ": missing {", 0), 0u) << got[0];
  }
}

TEST(BlockIORule, DuplicatedThrottleEntryDoesNotMatch) {
  const json spec = with_block_io();
  json mutated = spec;
  auto& l = mutated["linux"]["resources"]["blockIO"]["throttleReadIOPSDevice"];
  l.push_back(l[0]);
  EXPECT_EQ(diff_lines(spec, mutated),
            std::vector<std::string>{R"(.linux.resources.blockIO.throttleReadIOPSDevice: unexpected )"
                                     R"({"major":8,"minor":0,"rate":10})"});
}

TEST(BlockIORule, DeviceRulesStayOrdered) {
  json spec = load_example("out_misc.json");
  json swapped = spec;
  auto& d = swapped["linux"]["resources"]["devices"];
  ASSERT_GE(d.size(), 2u);
  std::swap(d[0], d[1]);
  EXPECT_FALSE(compare_specs(spec, swapped).empty());
}

// ---- mounts: the leading block of user mounts is a multiset -------------------------------------

TEST(MountRule, EveryOrderOfTheUserMountsOfARealSpecMatches) {
  const json spec = load_example("out_mounts.json");
  std::vector<std::size_t> perm = {0, 1, 2, 3};
  do {
    json permuted = spec;
    for (std::size_t i = 0; i < 4; ++i) permuted["mounts"][i] = spec["mounts"][perm[i]];
    EXPECT_TRUE(compare_specs(spec, permuted).empty());
    EXPECT_TRUE(compare_specs(permuted, spec).empty());
  } while (std::next_permutation(perm.begin(), perm.end()));
}

TEST(MountRule, UserMountMovedIntoTheTailDoesNotMatch) {
  const json spec = load_example("out_mounts.json");  // c, /dev/shm, a, b, then the six config mounts
  json moved = spec;
  testing::move_item(moved["mounts"], 0, 4);  // /c after /proc
  const auto got = diff_lines(spec, moved);
  ASSERT_GE(got.size(), 2u);
  EXPECT_EQ(got[0], R"(.mounts[0:4]: missing {"destination":"/c","options":["rw","rprivate","rbind"],)"
                    R"("source":"/tmp/pm/src2","type":"bind"}; unexpected {"destination":"/proc",)"
                    R"("options":["nosuid","noexec","nodev"],"source":"proc","type":"proc"})");
  EXPECT_EQ(got[1], R"(.mounts[4].destination: expected "/proc" actual "/c")");
}

TEST(MountRule, UserMountMovedToTheEndDoesNotMatch) {
  const json spec = load_example("out_mounts.json");
  for (std::size_t from = 0; from < 4; ++from) {
    json moved = spec;
    testing::move_item(moved["mounts"], from, moved["mounts"].size() - 1);
    EXPECT_FALSE(compare_specs(spec, moved).empty()) << from;
    EXPECT_FALSE(compare_specs(moved, spec).empty()) << from;
  }
}

TEST(MountRule, DefaultMountMovedIntoTheUserBlockDoesNotMatch) {
  // A rule taking the larger of the two blocks would call these equal: both leading blocks hold
  // {c, shm, a, b, /proc}. The smaller one is the only choice that cannot hide this.
  const json spec = load_example("out_mounts.json");
  json moved = spec;
  testing::move_item(moved["mounts"], 4, 3);
  EXPECT_FALSE(compare_specs(spec, moved).empty());
  EXPECT_FALSE(compare_specs(moved, spec).empty());
}

TEST(MountRule, ReorderedTailDoesNotMatch) {
  const json spec = load_example("out_usernshost.json");  // /proc /dev /dev/mqueue /sys(bind) /dev/pts
  json moved = spec;
  std::swap(moved["mounts"][3], moved["mounts"][4]);
  const auto got = diff_lines(spec, moved);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0], R"(.mounts[3].destination: expected "/sys" actual "/dev/pts")");
}

TEST(MountRule, ChangedUserMountOptionDoesNotMatch) {
  const json spec = load_example("out_mounts.json");
  json changed = spec;
  changed["mounts"][2]["options"][0] = "rw";  // /a ro -> rw
  const auto got = diff_lines(spec, changed);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].rfind(".mounts[0:4]: missing {", 0), 0u) << got[0];
}

TEST(MountRule, SingleLeadingMountsOfRealSpecs) {
  for (const char* name : {"out_imgtmpfs.json", "out_init.json"}) {
    const json spec = load_example(name);
    json moved = spec;
    testing::move_item(moved["mounts"], 0, moved["mounts"].size() - 1);
    EXPECT_FALSE(compare_specs(spec, moved).empty()) << name;
  }
}

// ---- symmetry and reflexivity over a family of permutations and mutations -----------------------

std::vector<json> family() {
  std::vector<json> out;
  for (const auto& name : testing::example_names()) out.push_back(load_example(name));
  const json mounts = load_example("out_mounts.json");
  const json misc = load_example("out_misc.json");
  for (unsigned seed = 1; seed <= 3; ++seed) {
    json m = mounts;
    testing::shuffle_range(m["mounts"], 0, 4, seed);
    testing::shuffle_range(m["process"]["env"], 0, m["process"]["env"].size(), seed);
    out.push_back(m);
    json e = misc;
    testing::shuffle_range(e["process"]["env"], 0, e["process"]["env"].size(), seed);
    out.push_back(e);
  }
  json moved = mounts;
  testing::move_item(moved["mounts"], 1, 6);
  out.push_back(moved);
  json into_lead = mounts;
  testing::move_item(into_lead["mounts"], 4, 2);
  out.push_back(into_lead);
  json dup = misc;
  dup["process"]["env"].push_back("A=1");
  out.push_back(dup);
  json changed = misc;
  changed["process"]["env"][2] = "A=2";
  out.push_back(changed);
  json blk = with_block_io();
  out.push_back(blk);
  blk["linux"]["resources"]["blockIO"]["weightDevice"][1]["weight"] = 1;
  out.push_back(blk);
  return out;
}

TEST(Properties, DiffIsReflexiveAndSymmetric) {
  const std::vector<json> docs = family();
  for (std::size_t i = 0; i < docs.size(); ++i) {
    EXPECT_TRUE(compare_specs(docs[i], docs[i]).empty()) << i;
    for (std::size_t j = 0; j < docs.size(); ++j) {
      const auto forward = compare_specs(docs[i], docs[j]);
      const auto backward = compare_specs(docs[j], docs[i]);
      ASSERT_EQ(forward.size(), backward.size()) << i << " vs " << j;
      for (std::size_t k = 0; k < forward.size(); ++k) {
        EXPECT_EQ(forward[k].path, backward[k].path);
        EXPECT_EQ(forward[k].expected, backward[k].actual);
        EXPECT_EQ(forward[k].actual, backward[k].expected);
      }
    }
  }
}

// Quadratic work on these sizes would take minutes; counting takes milliseconds.
TEST(Properties, LongListsStayCheap) {
  json big = load_example("out_mounts.json");
  json env = json::array();
  for (int i = 0; i < 200000; ++i) env.push_back("V" + std::to_string(i) + "=" + std::to_string(i % 7));
  big["process"]["env"] = env;
  json user = json::array();
  for (int i = 0; i < 50000; ++i) user.push_back(testing::mount("/m" + std::to_string(i) + " bind /src"));
  for (std::size_t i = 4; i < big["mounts"].size(); ++i) user.push_back(big["mounts"][i]);
  big["mounts"] = user;
  json shuffled = big;
  testing::shuffle_range(shuffled["process"]["env"], 0, env.size(), 7);
  testing::shuffle_range(shuffled["mounts"], 0, 50000, 7);
  EXPECT_TRUE(compare_specs(big, shuffled).empty());
  shuffled["process"]["env"][123] = "X=1";
  EXPECT_EQ(compare_specs(big, shuffled).size(), 1u);
}

TEST(Properties, DeeplyNestedInputIsADifferenceNotACrash) {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  const json d = json::parse(deep);
  const auto got = lines(compare_specs(d, load_example("t1.json")));
  EXPECT_EQ(got, std::vector<std::string>{".: expected (nested deeper than 256 levels) actual (spec)"});
}

// ---- outcomes: records, engine results, bare specs ----------------------------------------------

json record_with_spec(const json& spec) {
  return json{{"case", "t1"}, {"profile", "root-v1"}, {"podman", "4.3.1+ds1-8+deb12u1+b3"},
              {"captured", "2024-01-01"}, {"specgen_sha256", "00"}, {"status", 201}, {"spec", spec}};
}

json record_with_error(const std::string& message) {
  return json{{"case", "bad"}, {"profile", "root-v1"}, {"podman", "4.3.1+ds1-8+deb12u1+b3"},
              {"captured", "2024-01-01"}, {"specgen_sha256", "00"}, {"status", 500},
              {"error", {{"cause", "no such file or directory"}, {"message", message}, {"response", 500}}}};
}

TEST(Outcomes, SpecsCompareWhateverTheyAreWrappedIn) {
  const json t1 = load_example("t1.json");
  const json forms[] = {t1, record_with_spec(t1), json{{"spec", t1}}};
  for (const json& e : forms)
    for (const json& a : forms) EXPECT_TRUE(compare_results(e, a).empty());
  json changed = t1;
  changed["process"]["cwd"] = "/x";
  EXPECT_EQ(lines(compare_results(record_with_spec(t1), json{{"spec", changed}})),
            std::vector<std::string>{R"(.process.cwd: expected "/" actual "/x")"});
}

TEST(Outcomes, ErrorsCompareByMessageOnly) {
  const std::string msg = "statfs /x: no such file or directory";
  EXPECT_TRUE(compare_results(record_with_error(msg), json{{"error", msg}}).empty());
  json other_cause = record_with_error(msg);
  other_cause["error"]["cause"] = "something else";
  EXPECT_TRUE(compare_results(record_with_error(msg), other_cause).empty());
  EXPECT_EQ(lines(compare_results(record_with_error(msg), json{{"error", "statfs /y: no such file"}})),
            std::vector<std::string>{
                R"(.error: expected "statfs /x: no such file or directory" actual "statfs /y: no such file")"});
}

TEST(Outcomes, SpecAgainstErrorIsOneDifferenceAtTheRoot) {
  const json t1 = load_example("t1.json");
  EXPECT_EQ(lines(compare_results(record_with_spec(t1), json{{"error", "boom"}})),
            std::vector<std::string>{R"(.: expected (spec) actual (error) "boom")"});
  EXPECT_EQ(lines(compare_results(record_with_error("boom"), t1)),
            std::vector<std::string>{R"(.: expected (error) "boom" actual (spec))"});
}

struct OutcomeCase {
  const char* name;
  const char* doc;
  const char* reason;  // "" when usable
  bool is_spec;
};

const OutcomeCase kOutcomeCases[] = {
    {"BareSpec", R"({"ociVersion":"1.0.2-dev"})", "", true},
    {"EngineSpec", R"({"spec":{}})", "", true},
    {"EngineError", R"({"error":"boom"})", "", false},
    {"RecordError", R"({"case":"c","profile":"p","error":{"cause":"x","message":"boom","response":500}})", "",
     false},
    {"NotAnObject", "[1]", "neither a spec nor a result: not a JSON object", false},
    {"Neither", R"({"process":{}})",
     R"(neither a spec (no "ociVersion") nor a result (no "spec" or "error"))", false},
    {"Both", R"({"spec":{},"error":"x"})", R"(not a result: has both "spec" and "error")", false},
    {"SpecNotAnObject", R"({"spec":"x"})", R"(not a result: "spec" is not an object)", false},
    {"ErrorWithoutMessage", R"({"error":{"cause":"x"}})",
     R"(not a result: "error" is neither a string nor an object with a string "message")", false},
    {"OciVersionNotAString", R"({"ociVersion":1})",
     R"(neither a spec (no "ociVersion") nor a result (no "spec" or "error"))", false},
};

void PrintTo(const OutcomeCase& c, std::ostream* os) { *os << c.name; }

class ReadOutcome : public ::testing::TestWithParam<OutcomeCase> {};

TEST_P(ReadOutcome, ClassifiesTheDocument) {
  const json doc = json::parse(GetParam().doc);
  Outcome o;
  EXPECT_EQ(read_outcome(doc, o), GetParam().reason);
  if (std::string(GetParam().reason).empty()) {
    EXPECT_EQ(o.spec != nullptr, GetParam().is_spec);
  }
}

INSTANTIATE_TEST_SUITE_P(Forms, ReadOutcome, ::testing::ValuesIn(kOutcomeCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Outcomes, UnusableSideIsOneDifferenceAtTheRoot) {
  EXPECT_EQ(lines(compare_results(json::parse("[1]"), load_example("t1.json"))),
            std::vector<std::string>{".: expected (unusable: neither a spec nor a result: not a JSON object) "
                                     "actual (spec)"});
}

// ---- output format ------------------------------------------------------------------------------

TEST(Format, ValueAndMultisetLines) {
  EXPECT_EQ(format_difference({".a", "1", "(absent)"}), ".a: expected 1 actual (absent)");
  EXPECT_EQ(format_difference({".process.env", R"("A=1")", R"("A=2")", Difference::Kind::kMultiset}),
            R"(.process.env: missing "A=1"; unexpected "A=2")");
  EXPECT_EQ(format_difference({".process.env", R"("A=1", "B=2")", "", Difference::Kind::kMultiset}),
            R"(.process.env: missing "A=1", "B=2")");
  EXPECT_EQ(format_difference({".process.env", "", R"("A=2")", Difference::Kind::kMultiset}),
            R"(.process.env: unexpected "A=2")");
}

TEST(Format, PathsAtTheRootAndInvalidUtf8) {
  EXPECT_EQ(diff_lines(json::parse("1"), json::parse("2")), std::vector<std::string>{".: expected 1 actual 2"});
  EXPECT_EQ(diff_lines(json::parse(R"({"a b":1})"), json::parse(R"({"a b":2})")),
            std::vector<std::string>{R"(.["a b"]: expected 1 actual 2)"});
  // Built in memory, not parsed: the line is still written, with U+FFFD for the bad byte.
  EXPECT_EQ(compare_specs(json{{"k", std::string("\xff")}}, json{{"k", "x"}}).size(), 1u);
}

}  // namespace
}  // namespace specconf::diff
