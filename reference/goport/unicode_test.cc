// Expected values were printed by Go 1.19 (unicode.Is*, unicode.ToUpper/ToLower); go_oracle/ compares
// every rune with real Go.
#include "reference/goport/unicode.h"

#include <gtest/gtest.h>

namespace specconf::goport {
namespace {

TEST(GoUnicode, LetterAndDigitFollowUnicodeCategories) {
  EXPECT_TRUE(is_letter('a'));
  EXPECT_TRUE(is_letter(0xAA));    // ª, a Latin-1 letter
  EXPECT_TRUE(is_letter(0x4E2D));  // 中
  EXPECT_FALSE(is_letter('_'));
  EXPECT_FALSE(is_letter('1'));
  EXPECT_FALSE(is_letter(0xFFFD));
  EXPECT_TRUE(is_digit('7'));
  EXPECT_TRUE(is_digit(0x663));   // Arabic-Indic three
  EXPECT_FALSE(is_digit(0xB2));   // superscript two is No, not Nd
  EXPECT_FALSE(is_digit('a'));
}

TEST(GoUnicode, AlternatingCaseRunsMapOnlyTheirStride) {
  EXPECT_EQ(to_upper(char32_t{0x101}), char32_t{0x100});  // ā -> Ā
  EXPECT_EQ(to_upper(char32_t{0x100}), char32_t{0x100});  // already upper
  EXPECT_EQ(to_upper(char32_t{'Z'}), char32_t{'Z'});
  EXPECT_EQ(to_upper(char32_t{0x10FFFF}), char32_t{0x10FFFF});
}

TEST(GoUnicode, ToLowerIsTheInverseMappingWhereOneExists) {
  EXPECT_EQ(to_lower(char32_t{'A'}), char32_t{'a'});
  EXPECT_EQ(to_lower(char32_t{0x100}), char32_t{0x101});   // Ā -> ā
  EXPECT_EQ(to_lower(char32_t{0x101}), char32_t{0x101});   // already lower
  EXPECT_EQ(to_lower(char32_t{0x130}), char32_t{'i'});     // İ lowers into ASCII
  EXPECT_EQ(to_lower(char32_t{0x212A}), char32_t{'k'});    // so does the Kelvin sign
  EXPECT_EQ(to_lower(char32_t{0x1C5}), char32_t{0x1C6});   // ǅ -> ǆ
  EXPECT_EQ(to_lower(char32_t{0x10400}), char32_t{0x10428});  // Deseret, astral
  EXPECT_EQ(to_lower(char32_t{0xDF}), char32_t{0xDF});
}

TEST(GoUnicode, IsSpaceIsLatin1SpacesAndWhiteSpace) {
  for (char32_t r : {U'\t', U'\n', U'\v', U'\f', U'\r', U' '}) EXPECT_TRUE(is_space(r)) << r;
  EXPECT_TRUE(is_space(0x85));
  EXPECT_TRUE(is_space(0xA0));
  EXPECT_TRUE(is_space(0x2000));
  EXPECT_TRUE(is_space(0x200A));
  EXPECT_TRUE(is_space(0x3000));
  EXPECT_FALSE(is_space(0x200B));  // zero width space
  EXPECT_FALSE(is_space(0x1C));    // a separator control, but not White_Space in Go
  EXPECT_FALSE(is_space(0xFEFF));
}

}  // namespace
}  // namespace specconf::goport
