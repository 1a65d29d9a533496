#include "properties/catalog/seccomp_profile_values.h"

#include <gtest/gtest.h>

namespace specconf::props {
namespace {

TEST(SeccompProfileValues, ReadsValuesUnderTheirKeysAsGoMatchesThem) {
  const auto v = SeccompProfileValues::read(R"({
    "defaultAction": "SCMP_ACT_BOGUS",
    "architectures": ["SCMP_ARCH_Z80"],
    "syscalls": [{"names": ["read"], "ACTION": "SCMP_ACT_FOLDED", "errnoRet": 4294967297,
                  "args": [{"index": 7, "op": null}]}]
  })");
  ASSERT_TRUE(v);
  EXPECT_TRUE(v->has("defaultAction", "SCMP_ACT_BOGUS"));
  EXPECT_TRUE(v->has("architectures", "SCMP_ARCH_Z80"));  // an array passes its key to its elements
  EXPECT_TRUE(v->has("action", "SCMP_ACT_FOLDED"));       // Go folds the key's case
  EXPECT_TRUE(v->has("errnoRet", "4294967297"));          // numbers as written
  EXPECT_TRUE(v->has("index", "7"));
  EXPECT_TRUE(v->has("op", ""));                          // null leaves a string field empty
  EXPECT_FALSE(v->has("action", "SCMP_ACT_BOGUS"));       // the value is there, but in another field
  EXPECT_FALSE(v->has("names", "write"));
}

TEST(SeccompProfileValues, UnquotesStringsAsGoDoes) {
  const auto v = SeccompProfileValues::read("{\"action\": \"SCMP\x8d\xc5" "CT_ALLOW\", \"op\": \"\\u0041\"}");
  ASSERT_TRUE(v);
  EXPECT_TRUE(v->has("action", "SCMP\xef\xbf\xbd\xef\xbf\xbd" "CT_ALLOW"));  // each invalid byte is U+FFFD
  EXPECT_TRUE(v->has("op", "A"));
}

TEST(SeccompProfileValues, FindsArrayElementsMissingAField) {
  const auto v = SeccompProfileValues::read(R"({"syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW",
                                                              "args": [{"index": 0, "op": "SCMP_CMP_EQ"}]},
                                                             {"Names": ["close"], "includes": {}}]})");
  ASSERT_TRUE(v);
  EXPECT_TRUE(v->has_element_without("syscalls", "action"));
  EXPECT_FALSE(v->has_element_without("args", "op"));
  EXPECT_TRUE(SeccompProfileValues::read(R"({"syscalls": [{"args": [{}]}]})")->has_element_without("args", "op"));
  EXPECT_FALSE(SeccompProfileValues::read(R"({"syscalls": [{"names": ["read"], "action": ""}]})")
                   ->has_element_without("syscalls", "action"));
}

TEST(SeccompProfileValues, RefusesWhatGoCannotRead) {
  EXPECT_FALSE(SeccompProfileValues::read("{\"defaultAction\": "));
  EXPECT_FALSE(SeccompProfileValues::read("{} {}"));
}

}  // namespace
}  // namespace specconf::props
