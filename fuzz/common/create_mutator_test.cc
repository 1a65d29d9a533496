#include "fuzz/common/create_mutator.h"

#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fuzz/common/input_formats.h"

namespace specconf::fuzz {
namespace {

const std::string kInput = join_create_input(2, "", R"({"rootfs":"/srv/specconf/rootfs","command":["/bin/true"]})");

TEST(CreateMutator, MostlyMutatesTheBodyAndKeepsTheTag) {
  int body_only = 0;
  for (std::uint32_t seed = 0; seed < 300; ++seed) {
    const std::string bytes = mutate_create_input(kInput, 4096, seed, fallback_byte_mutator);
    const CreateInput out = split_create_input(bytes);
    body_only += out.tag == 2 && !out.has_overlay;
  }
  EXPECT_GT(body_only, 200);
}

TEST(CreateMutator, SometimesPicksAnotherBaseProfileOrAddsAHostOverlay) {
  std::set<std::size_t> bases;
  int overlays = 0;
  for (std::uint32_t seed = 0; seed < 600; ++seed) {
    const std::string bytes = mutate_create_input(kInput, 4096, seed, fallback_byte_mutator);
    const CreateInput out = split_create_input(bytes);
    bases.insert(base_profile_index(out.tag, 6));
    if (out.has_overlay) {
      ++overlays;
      EXPECT_TRUE(nlohmann::json::parse(out.overlay, nullptr, false).is_object()) << testing::PrintToString(std::string(out.overlay));
    }
  }
  EXPECT_GE(bases.size(), 4u);
  EXPECT_GT(overlays, 10);
}

TEST(CreateMutator, MutatesAnExistingOverlayAsAHostProfile) {
  const std::string in = join_create_input(kOverlayFlag | 1, R"({"identity":{"gid_map_total":5}})", "{}");
  int changed = 0;
  for (std::uint32_t seed = 0; seed < 300; ++seed) {
    const std::string bytes = mutate_create_input(in, 4096, seed, fallback_byte_mutator);
    const CreateInput out = split_create_input(bytes);
    changed += out.has_overlay && out.overlay != R"({"identity":{"gid_map_total":5}})";
  }
  EXPECT_GT(changed, 20);
}

TEST(CreateMutator, NeverExceedsMaxSize) {
  for (std::uint32_t seed = 0; seed < 300; ++seed)
    EXPECT_LE(mutate_create_input(kInput, 64, seed, fallback_byte_mutator).size(), 64u);
}

TEST(CreateMutator, CrossOverKeepsTheFirstTag) {
  const std::string b = join_create_input(4, "", R"({"userns":{"nsmode":"keep-id"}})");
  for (std::uint32_t seed = 0; seed < 50; ++seed) {
    const std::string bytes = cross_over_create_inputs(kInput, b, 4096, seed, fallback_byte_mutator);
    const CreateInput out = split_create_input(bytes);
    EXPECT_EQ(out.tag, 2);
  }
}

}  // namespace
}  // namespace specconf::fuzz
