#include "tools/engines/command_line.h"

#include <gtest/gtest.h>

namespace specconf::engine {
namespace {

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> argv;
  EXPECT_EQ(split_command(s, argv), "") << s;
  return argv;
}

TEST(SplitCommand, BlanksSeparateWords) {
  EXPECT_EQ(split("  ./engine\t--fast \n x "), (std::vector<std::string>{"./engine", "--fast", "x"}));
}

TEST(SplitCommand, SingleQuotesAreLiteral) {
  EXPECT_EQ(split(R"(sh -c 'echo "$HOME" \n')"), (std::vector<std::string>{"sh", "-c", R"(echo "$HOME" \n)"}));
}

TEST(SplitCommand, DoubleQuotesKeepBlanksAndUnescapeOnlyQuoteAndBackslash) {
  EXPECT_EQ(split(R"(a "b c" "d\"e\\f\g")"), (std::vector<std::string>{"a", "b c", R"(d"e\f\g)"}));
}

TEST(SplitCommand, BackslashOutsideQuotesTakesTheNextCharacter) {
  EXPECT_EQ(split(R"(my\ engine \'x)"), (std::vector<std::string>{"my engine", "'x"}));
}

TEST(SplitCommand, QuotedPiecesJoinOneWordAndEmptyQuotesAreAWord) {
  EXPECT_EQ(split(R"(a'b'"c"d '' "")"), (std::vector<std::string>{"abcd", "", ""}));
}

TEST(SplitCommand, ShellSyntaxIsOrdinaryText) {
  EXPECT_EQ(split("engine $X *.json ~ | tee; >out"),
            (std::vector<std::string>{"engine", "$X", "*.json", "~", "|", "tee;", ">out"}));
}

TEST(SplitCommand, RejectsWhatCannotBeSplit) {
  std::vector<std::string> argv;
  EXPECT_EQ(split_command("a 'b", argv), "unterminated ' in the command");
  EXPECT_EQ(split_command("a \"b\\\"", argv), "unterminated \" in the command");
  EXPECT_EQ(split_command("a \\", argv), "the command ends with a lone backslash");
  EXPECT_EQ(split_command(" \t", argv), "the command is empty");
}

}  // namespace
}  // namespace specconf::engine
