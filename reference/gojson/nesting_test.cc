#include "reference/gojson/nesting.h"

#include <string>

#include <gtest/gtest.h>

namespace specconf::gojson {
namespace {

TEST(NestingDepth, CountsBracketsOutsideStrings) {
  EXPECT_EQ(nesting_depth("1", 100), 0u);
  EXPECT_EQ(nesting_depth(R"({"a":[1,{"b":"[[[["}]})", 100), 3u);
  EXPECT_EQ(nesting_depth(R"(["\"[[["])", 100), 1u);
  EXPECT_EQ(nesting_depth(R"(["\\", [[]]])", 100), 3u);  // an escaped backslash ends before the quote
}

TEST(NestingDepth, StopsJustPastTheLimit) {
  EXPECT_EQ(nesting_depth("[[[[[[", 3), 4u);
  EXPECT_EQ(nesting_depth(std::string(1000000, '['), 256), 257u);
}

TEST(NestingDepth, IgnoresUnbalancedClosers) {
  EXPECT_EQ(nesting_depth("]]]}[[", 100), 2u);
  EXPECT_EQ(nesting_depth("[]" "[]" "[[]]", 100), 2u);
}

}  // namespace
}  // namespace specconf::gojson
