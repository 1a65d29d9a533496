// Expected values were printed by Go 1.19 (strconv.Quote, strings.ToUpper, unicode.Is*).
#include "reference/process/go_unicode.h"

#include <gtest/gtest.h>

namespace specconf::ref::gostr {
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

TEST(GoUnicode, ToUpperUsesSimpleCaseMapping) {
  EXPECT_EQ(to_upper(std::string("nofile")), "NOFILE");
  EXPECT_EQ(to_upper(std::string("nof\xC4\xB1le")), "NOFILE");  // dotless i upper-cases to I
  EXPECT_EQ(to_upper(std::string("\xC3\x9F" "a\xFF\xC3\xBF")), "\xC3\x9F" "A\xEF\xBF\xBD\xC5\xB8");
  EXPECT_EQ(to_upper(std::string("\xC7\x86")), "\xC7\x84");  // ǆ -> Ǆ
  EXPECT_EQ(to_upper(std::string("\xC7\x85")), "\xC7\x84");  // ǅ -> Ǆ
  EXPECT_EQ(to_upper(std::string("\xC2\xB5")), "\xCE\x9C");  // µ -> Μ
  EXPECT_EQ(to_upper(std::string("\xC5\xBF")), "S");         // long s
  EXPECT_EQ(to_upper(std::string("\xFF")), "\xEF\xBF\xBD");
  EXPECT_EQ(to_upper(std::string("")), "");
}

TEST(GoUnicode, AlternatingCaseRunsMapOnlyTheirStride) {
  EXPECT_EQ(to_upper(char32_t{0x101}), char32_t{0x100});  // ā -> Ā
  EXPECT_EQ(to_upper(char32_t{0x100}), char32_t{0x100});  // already upper
  EXPECT_EQ(to_upper(char32_t{'Z'}), char32_t{'Z'});
  EXPECT_EQ(to_upper(char32_t{0x10FFFF}), char32_t{0x10FFFF});
}

TEST(GoUnicode, QuoteMatchesStrconvQuote) {
  EXPECT_EQ(quote("=x"), "\"=x\"");
  EXPECT_EQ(quote("=\xFF"), "\"=\\xff\"");
  EXPECT_EQ(quote("=\xC3\xA9"), "\"=\xC3\xA9\"");
  EXPECT_EQ(quote(std::string("=\x00\t\a", 4)), "\"=\\x00\\t\\a\"");
  EXPECT_EQ(quote("=\xE2\x80\x8B"), "\"=\\u200b\"");
  EXPECT_EQ(quote("=\xF0\x9F\x98\x80"), "\"=\xF0\x9F\x98\x80\"");
  EXPECT_EQ(quote("=\xF3\xA0\x80\x81"), "\"=\\U000e0001\"");
  EXPECT_EQ(quote("=\"\\"), "\"=\\\"\\\\\"");
  EXPECT_EQ(quote("=\x7F\xC2\x85\xC2\xA0\xC2\xAD"), "\"=\\x7f\\u0085\\u00a0\\u00ad\"");
  EXPECT_EQ(quote("\b\f\n\r\v"), "\"\\b\\f\\n\\r\\v\"");
}

}  // namespace
}  // namespace specconf::ref::gostr
