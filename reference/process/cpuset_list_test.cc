#include "reference/process/cpuset_list.h"

#include <gtest/gtest.h>

namespace specconf::ref {
namespace {

struct ParseCase {
  const char* input;
  bool valid;
};

// The formats parseUintList's comment lists, and the inputs strconv.Atoi rejects.
const ParseCase kParseCases[] = {
    {"", true},        {"7", true},          {"1-6", true},     {"0,3-4,7,8-10", true}, {"0-0,0,1-7", true},
    {"03,1-3", true},  {"3,2,1", true},      {"+5", true},      {"0--0", true},         {"1-+3", true},
    {",", false},      {"1,", false},        {" 1", false},     {"a", false},           {"-1", false},
    {"3-1", false},    {"1--3", false},      {"1-", false},     {"-", false},           {"1_0", false},
    {"0x1", false},    {"+", false},         {"9223372036854775807", true},
    {"9223372036854775808", false},          {"0-9223372036854775807", true},
};

TEST(ParseUintList, AcceptsExactlyWhatGoAccepts) {
  for (const ParseCase& c : kParseCases) EXPECT_EQ(parse_uint_list(c.input).has_value(), c.valid) << c.input;
}

TEST(ParseUintList, KeepsRangesAsWritten) {
  const auto r = parse_uint_list("03,1-3");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].lo, 3);
  EXPECT_EQ((*r)[1].lo, 1);
  EXPECT_EQ((*r)[1].hi, 3);
}

TEST(CpusetAvailable, SubsetOfUnionOfAvailableRanges) {
  EXPECT_EQ(is_cpuset_list_available("", "0-1"), true);
  EXPECT_EQ(is_cpuset_list_available("0-1", "0-1"), true);
  EXPECT_EQ(is_cpuset_list_available("1-4", "0-2,3,4"), true);  // adjacent ranges merge
  EXPECT_EQ(is_cpuset_list_available("2", "0-1"), false);
  EXPECT_EQ(is_cpuset_list_available("0-3", "0-1,3"), false);
  EXPECT_EQ(is_cpuset_list_available("0", ""), false);
  EXPECT_EQ(is_cpuset_list_available("0-9223372036854775807", "0-9223372036854775807"), true);
  EXPECT_EQ(is_cpuset_list_available("5-9223372036854775807", "9223372036854775807,0-9223372036854775806"), true);
}

TEST(CpusetAvailable, ParseErrorOfEitherListIsNullopt) {
  EXPECT_EQ(is_cpuset_list_available("x", "0-1"), std::nullopt);
  EXPECT_EQ(is_cpuset_list_available("0", "bad"), std::nullopt);
  EXPECT_EQ(is_cpuset_list_available("", "bad"), std::nullopt);  // Go parses both before comparing
}

}  // namespace
}  // namespace specconf::ref
