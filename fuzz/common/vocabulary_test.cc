#include "fuzz/common/vocabulary.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "fuzz/common/input_formats.h"
#include "reference/core/generator.h"
#include "reference/model/host_profile_json.h"
#include "reference/model/specgen_json.h"

namespace specconf::fuzz {
namespace {

std::set<std::string> names(const nlohmann::json& list) {
  std::set<std::string> out;
  for (const auto& n : list) out.insert(n.get<std::string>());
  return out;
}

// A field the model gains must reach the mutator's vocabulary, or the fuzzer never adds that key.
TEST(Vocabulary, SpecgenRootNamesEverySpecGeneratorField) {
  const auto known = names(specgen_vocabulary().fields[""]);
  for (const auto& f : gojson::GoStruct<specgen::SpecGenerator>::fields().list)
    EXPECT_TRUE(known.count(std::string(f.name))) << f.name;
}

TEST(Vocabulary, HostRootNamesTheFactsPodmanReads) {
  const auto known = names(host_vocabulary().fields[""]);
  for (const auto& f : gojson::GoStruct<host::HostProfile>::fields().list) {
    const std::string n(f.name);
    if (n == "name" || n == "podman_package" || n == "images" || n == "containers" || n == "pods") continue;
    EXPECT_TRUE(known.count(n)) << n;
  }
}

TEST(Vocabulary, ContainersConfNamesEveryField) {
  const auto known = names(host_vocabulary().fields["containers_conf"]);
  for (const auto& f : gojson::GoStruct<host::ContainersConf>::fields().list)
    EXPECT_TRUE(known.count(std::string(f.name))) << f.name;
}

}  // namespace
}  // namespace specconf::fuzz

namespace specconf::fuzz {
namespace {

// input_formats.h spells the capability list out because the seed generator builds without the
// reference (OSS-Fuzz's build.sh compiles it natively); it must stay the reference's list, in number
// order, plus one name that is no capability.
TEST(CapabilityMask, NamesAreTheReferencesInNumberOrderPlusOneBogus) {
  const auto& ref = specconf::ref::all_capability_names();
  ASSERT_EQ(kCapabilityNames.size(), ref.size() + 1);
  for (std::size_t i = 0; i < ref.size(); ++i) EXPECT_EQ(kCapabilityNames[i], ref[i]) << i;
  EXPECT_EQ(kCapabilityNames.back(), "CAP_NOT_A_CAPABILITY");
}

}  // namespace
}  // namespace specconf::fuzz
