// Expected values are what Go 1.19 prints (strings.ToUpper/ToLower/TrimSpace/TrimLeft/Split/SplitN/Join);
// go_oracle/ compares them with real Go on random inputs.
#include "reference/goport/strings.h"

#include <gtest/gtest.h>

namespace specconf::goport {
namespace {

using Strings = std::vector<std::string>;

TEST(GoToUpper, UsesSimpleCaseMapping) {
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

TEST(GoToUpper, AsciiFastPath) { EXPECT_EQ(to_upper("net_admin-1"), "NET_ADMIN-1"); }

TEST(GoToUpper, UnicodeSimpleCaseMapping) {
  EXPECT_EQ(to_upper("\xC3\xA9t\xC3\xA9"), "\xC3\x89T\xC3\x89");  // étÉ
  EXPECT_EQ(to_upper("\xC3\x9F"), "\xC3\x9F");                    // ß has no simple upper case
  EXPECT_EQ(to_upper("\xC4\x81"), "\xC4\x80");                    // ā -> Ā (alternating block)
  EXPECT_EQ(to_upper("\xC4\x80"), "\xC4\x80");                    // Ā stays
  EXPECT_EQ(to_upper("\xC3\xBF"), "\xC5\xB8");                    // ÿ -> Ÿ
  EXPECT_EQ(to_upper("\xC9\x90"), "\xE2\xB1\xAF");                // ɐ -> Ɐ grows to 3 bytes
  EXPECT_EQ(to_upper("\xF0\x90\x90\xA8"), "\xF0\x90\x90\x80");    // Deseret, astral
  EXPECT_EQ(to_upper("\xE1\xBE\x80"), "\xE1\xBE\x88");            // ᾀ -> ᾈ (titlecase-like pair)
}

TEST(GoToUpper, InvalidBytesBecomeReplacementCharacter) {
  EXPECT_EQ(to_upper("a\xff\xC3\xA9"), "A\xEF\xBF\xBD\xC3\x89");
}

TEST(GoToLower, MapsLikeToUpperInReverse) {
  EXPECT_EQ(to_lower("ALL"), "all");
  EXPECT_EQ(to_lower("\xC3\x89T\xC3\x89"), "\xC3\xA9t\xC3\xA9");  // ÉTÉ -> été
  EXPECT_EQ(to_lower("\xC4\xB0GNORE"), "ignore");                 // İ lowers to i
  EXPECT_EQ(to_lower("\xE2\x84\xAA"), "k");                       // Kelvin sign
  EXPECT_EQ(to_lower("\xE2\xB1\xAF"), "\xC9\x90");                // Ɐ -> ɐ shrinks to 2 bytes
  EXPECT_EQ(to_lower("A\xff"), "a\xEF\xBF\xBD");                  // invalid bytes become U+FFFD
  EXPECT_EQ(to_lower("\xC3\xA9\xEF\xBF\xBD"), "\xC3\xA9\xEF\xBF\xBD");  // unchanged, kept as is
}

TEST(GoToLower, LowersUnicodeIntoAsciiOnlyForDottedIAndKelvin) {
  EXPECT_TRUE(lower_equals("ALL", "all"));
  EXPECT_TRUE(lower_equals("aLl", "all"));
  EXPECT_TRUE(lower_equals("\xc4\xb0GNORE", "ignore"));  // U+0130
  EXPECT_TRUE(lower_equals("\xe2\x84\xaa", "k"));        // U+212A
  EXPECT_FALSE(lower_equals("al", "all"));
  EXPECT_FALSE(lower_equals("alll", "all"));
  EXPECT_FALSE(lower_equals("\xff", "\xff"));  // invalid UTF-8 lowers to U+FFFD
  EXPECT_TRUE(lower_equals("", ""));
}

TEST(GoTrimSpace, TrimsAsciiAndUnicodeSpaceAtBothEnds) {
  EXPECT_EQ(trim_space(" \t\n\v\f\rx y\r\n"), "x y");
  EXPECT_EQ(trim_space("\xC2\xA0x\xE3\x80\x80"), "x");
  EXPECT_EQ(trim_space("\xC2\x85x\xE2\x80\x89"), "x");
  EXPECT_EQ(trim_space("x\xE2\x80\x8B"), "x\xE2\x80\x8B");  // zero width space is not a space
  EXPECT_EQ(trim_space("   "), "");
  EXPECT_EQ(trim_space("\xff "), "\xff");
}

TEST(GoTrimSpace, AnInvalidTailIsNotASpace) {
  EXPECT_EQ(trim_space("x \x80"), "x \x80");
  EXPECT_EQ(trim_space("x\xE3\x80"), "x\xE3\x80");  // a truncated U+3000
  EXPECT_EQ(trim_space("\xE3\x80\x80\xE3\x80\x80"), "");
}

TEST(GoTrimLeft, AsciiCutsetTrimsBytesOtherCutsetsRunes) {
  EXPECT_EQ(trim_left(" \t name ", " \t"), "name ");
  EXPECT_EQ(trim_left("  ", " \t"), "");
  EXPECT_EQ(trim_left("x", ""), "x");
  EXPECT_EQ(trim_left("\xC3\xA9\xC3\xA9x", "\xC3\xA9"), "x");
  EXPECT_EQ(trim_left("\xff\xC3\xA9x", "\xEF\xBF\xBD\xC3\xA9"), "x");  // an invalid byte counts as U+FFFD
}

TEST(GoSplit, KeepsEmptyPieces) {
  EXPECT_EQ(split("", ","), std::vector<std::string>{""});
  EXPECT_EQ(split("a,,b,", ","), (std::vector<std::string>{"a", "", "b", ""}));
  EXPECT_EQ(split("k=v=w", "="), (std::vector<std::string>{"k", "v", "w"}));
}

TEST(GoStringsSplit, KeepsEmptyFields) {
  EXPECT_EQ(split("", ":"), (std::vector<std::string>{""}));
  EXPECT_EQ(split("a::b:", ":"), (std::vector<std::string>{"a", "", "b", ""}));
  EXPECT_EQ(split_n("c:ro:z", ":", 2), (std::vector<std::string>{"c", "ro:z"}));
  EXPECT_EQ(join({"a", "b"}, ", "), "a, b");
}

TEST(GoSplitN, ZeroGivesNothingNegativeGivesAll) {
  EXPECT_EQ(split_n("a:b:c", ":", 0), Strings{});
  EXPECT_EQ(split_n("a:b:c", ":", -1), (Strings{"a", "b", "c"}));
  EXPECT_EQ(split_n("a:b:c", ":", 1), (Strings{"a:b:c"}));
}

TEST(GoSplit, AnEmptySeparatorSplitsIntoUtf8Sequences) {
  EXPECT_EQ(split("", ""), Strings{});
  EXPECT_EQ(split("a\xC3\xA9\xff", ""), (Strings{"a", "\xC3\xA9", "\xff"}));
  // An invalid byte becomes U+FFFD, except in the last piece.
  EXPECT_EQ(split("\xff" "a", ""), (Strings{"\xEF\xBF\xBD", "a"}));
  EXPECT_EQ(split_n("abc", "", 2), (Strings{"a", "bc"}));
}

}  // namespace
}  // namespace specconf::goport
