#include "fuzz/common/json_mutator.h"

#include <algorithm>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace specconf::fuzz {
namespace {

using Json = nlohmann::ordered_json;
using Op = JsonMutator::Op;

const char kBody[] =
    R"({"rootfs":"/srv/specconf/rootfs","command":["/bin/true"],"netns":{"nsmode":"host"},"privileged":false,)"
    R"("mounts":[{"destination":"/t","type":"tmpfs","source":"tmpfs","options":["size=1m"]}]})";

JsonMutator mutator() { return JsonMutator(specgen_vocabulary(), fallback_byte_mutator); }

Json parse(const std::string& s) { return Json::parse(s, nullptr, false); }

int byte_mutations = 0;
std::size_t counting_byte_mutator(std::uint8_t* data, std::size_t size, std::size_t max_size) {
  ++byte_mutations;
  return fallback_byte_mutator(data, size, max_size);
}

TEST(JsonMutator, MostMutationsOfJsonAreJsonAndSomeAreByteLevel) {
  byte_mutations = 0;
  const JsonMutator m(specgen_vocabulary(), counting_byte_mutator);
  int json = 0;
  for (std::uint32_t seed = 0; seed < 500; ++seed) json += !parse(m.mutate(kBody, 4096, seed)).is_discarded();
  EXPECT_GT(json, 400);
  // The byte-level share keeps the scanner's error paths covered (string edits also call it).
  EXPECT_GT(byte_mutations, 10);
  EXPECT_LT(byte_mutations, 150);
}

TEST(JsonMutator, MutationsChangeTheDocument) {
  int same = 0;
  for (std::uint32_t seed = 0; seed < 200; ++seed) same += mutator().mutate(kBody, 4096, seed) == kBody;
  EXPECT_LT(same, 20);
}

TEST(JsonMutator, SwitchEnumChangesANamespaceModeToAnotherKnownMode) {
  bool changed = false;
  for (std::uint32_t seed = 0; seed < 50 && !changed; ++seed) {
    const Json out = parse(mutator().apply(Op::kSwitchEnum, R"({"netns":{"nsmode":"host"}})", 4096, seed));
    ASSERT_FALSE(out.is_discarded());
    const std::string mode = out["netns"]["nsmode"];
    const auto& modes = specgen_vocabulary().enums["nsmode"];
    EXPECT_NE(std::find(modes.begin(), modes.end(), mode), modes.end()) << mode;
    changed = mode != "host";
  }
  EXPECT_TRUE(changed);
}

TEST(JsonMutator, SwitchEnumOnAPlainDocumentAddsAnEnumKey) {
  const Json out = parse(mutator().apply(Op::kSwitchEnum, R"({"x":1})", 4096, 7));
  ASSERT_TRUE(out.is_object());
  EXPECT_EQ(out.size(), 2u);
}

TEST(JsonMutator, IdMapRangesLandInIdmappingsAroundGid5) {
  int covering5 = 0, missing5 = 0;
  for (std::uint32_t seed = 0; seed < 200; ++seed) {
    const Json out = parse(mutator().apply(Op::kIdMapAroundGid5, kBody, 4096, seed));
    ASSERT_TRUE(out.contains("idmappings"));
    for (const char* which : {"UIDMap", "GIDMap"}) {
      if (!out["idmappings"].contains(which)) continue;
      bool covers = false;
      for (const auto& r : out["idmappings"][which]) {
        const std::int64_t c = r["container_id"], n = r["size"];
        covers |= c <= 5 && 5 < c + n;
      }
      (covers ? covering5 : missing5)++;
    }
  }
  EXPECT_GT(covering5, 20);
  EXPECT_GT(missing5, 20);
}

TEST(JsonMutator, FlipBoolNegatesABoolean) {
  const Json out = parse(mutator().apply(Op::kFlipBool, R"({"privileged":false})", 4096, 1));
  EXPECT_EQ(out["privileged"], true);
}

TEST(JsonMutator, RemoveKeyDropsOneMember) {
  const Json out = parse(mutator().apply(Op::kRemoveKey, R"({"a":1,"b":2})", 4096, 3));
  EXPECT_EQ(out.size(), 1u);
}

TEST(JsonMutator, RenameKeyCaseKeepsTheKeyFoldEqualAndInPlace) {
  for (std::uint32_t seed = 0; seed < 20; ++seed) {
    const std::string out = mutator().apply(Op::kRenameKeyCase, R"({"privileged":true,"seccomp_policy":"image"})", 4096, seed);
    const Json doc = parse(out);
    ASSERT_FALSE(doc.is_discarded()) << out;
    EXPECT_EQ(doc.size(), 2u);
    EXPECT_EQ(doc.items().begin().value(), true) << out;  // the renamed member stays first
  }
}

TEST(JsonMutator, AddItemGrowsAList) {
  const Json out = parse(mutator().apply(Op::kAddItem, R"({"cap_add":["CHOWN"]})", 4096, 5));
  EXPECT_EQ(out["cap_add"].size(), 2u);
}

TEST(JsonMutator, NonJsonGoesToTheByteMutator) {
  const std::string out = mutator().mutate("{not json", 4096, 1);
  EXPECT_NE(out, "{not json");
}

TEST(JsonMutator, DeepDocumentsAreMutatedAsBytesWithoutRecursing) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  for (std::uint32_t seed = 0; seed < 10; ++seed) {
    const std::string out = mutator().mutate(deep, deep.size() + 16, seed);
    EXPECT_LE(out.size(), deep.size() + 16);
  }
}

TEST(JsonMutator, NeverExceedsMaxSize) {
  for (std::uint32_t seed = 0; seed < 300; ++seed) EXPECT_LE(mutator().mutate(kBody, 200, seed).size(), 200u);
}

TEST(JsonMutator, CrossOverGraftsASubtreeOfTheSecond) {
  int grafted = 0;
  for (std::uint32_t seed = 0; seed < 100; ++seed) {
    const Json out = parse(mutator().cross_over(R"({"a":1,"b":{"c":2}})", R"({"userns":{"nsmode":"auto"}})", 4096, seed));
    ASSERT_FALSE(out.is_discarded());
    grafted += out.dump().find("auto") != std::string::npos;
  }
  EXPECT_GT(grafted, 10);
}

}  // namespace
}  // namespace specconf::fuzz
