#include "reference/process/shell_word.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "reference/core/error.h"

namespace specconf::ref {
namespace {

struct Outcome {
  bool ok;
  std::string text;
  bool operator==(const Outcome& o) const { return ok == o.ok && text == o.text; }
};

std::ostream& operator<<(std::ostream& os, const Outcome& o) { return os << (o.ok ? "ok " : "err ") << o.text; }

Outcome run(std::string_view word, const env::EnvMap& env, std::size_t budget = std::size_t{1} << 30) {
  ExpansionBudget b{budget};
  try {
    return {true, process_word(word, env, b)};
  } catch (const PodmanError& e) {
    return {false, e.message()};
  }
}

const env::EnvMap kEnv = {{"A", "aval"}, {"B", ""}, {"_x1", "u"}, {"9", "nine"}, {"", "empty-key"}};

TEST(ProcessWord, ExpandsPlainBracedAndPositionalNames) {
  EXPECT_EQ(run("A=$A", kEnv), (Outcome{true, "A=aval"}));
  EXPECT_EQ(run("${A}/${_x1}", kEnv), (Outcome{true, "aval/u"}));
  EXPECT_EQ(run("$9A", kEnv), (Outcome{true, "nineA"}));  // a leading digit is a whole name
  EXPECT_EQ(run("$MISSING-", kEnv), (Outcome{true, "-"}));
  EXPECT_EQ(run("${}", kEnv), (Outcome{true, "empty-key"}));  // Go finds "=empty-key" for the name ""
}

TEST(ProcessWord, LoneDollarStaysLiteral) {
  EXPECT_EQ(run("$", kEnv), (Outcome{true, "$"}));
  EXPECT_EQ(run("$$A", kEnv), (Outcome{true, "$aval"}));
  EXPECT_EQ(run("a$-b", kEnv), (Outcome{true, "a$-b"}));
}

TEST(ProcessWord, DefaultAndAlternativeModifiers) {
  EXPECT_EQ(run("${A:-x}", kEnv), (Outcome{true, "aval"}));
  EXPECT_EQ(run("${B:-x}", kEnv), (Outcome{true, "x"}));
  EXPECT_EQ(run("${A:+x}", kEnv), (Outcome{true, "x"}));
  EXPECT_EQ(run("${B:+x}", kEnv), (Outcome{true, ""}));
  EXPECT_EQ(run("${B:-${C:-${A}}}!", kEnv), (Outcome{true, "aval!"}));
}

TEST(ProcessWord, QuotesAndEscapes) {
  EXPECT_EQ(run("'$A'\"$A\"", kEnv), (Outcome{true, "$Aaval"}));
  EXPECT_EQ(run("\"a\\\"b\\$A\\\\c\\x\"", kEnv), (Outcome{true, "a\"b$A\\c\\x"}));
  EXPECT_EQ(run("\\$A\\", kEnv), (Outcome{true, "$A"}));  // a trailing backslash is dropped
  EXPECT_EQ(run("${B:-'}'}", kEnv), (Outcome{true, "}"}));
}

TEST(ProcessWord, ScannerRulesBomAndInvalidBytes) {
  EXPECT_EQ(run("\xEF\xBB\xBF" "A", kEnv), (Outcome{true, "A"}));  // only a leading BOM is skipped
  EXPECT_EQ(run("A\xEF\xBB\xBF", kEnv), (Outcome{true, "A\xEF\xBB\xBF"}));
  EXPECT_EQ(run("a\xFF" "b", kEnv), (Outcome{true, "a\xEF\xBF\xBD" "b"}));  // invalid byte reads as U+FFFD
}

TEST(ProcessWord, ErrorsCarryTheWholeWord) {
  EXPECT_EQ(run("x${A:?y}", kEnv), (Outcome{false, "Unsupported modifier (?) in substitution: x${A:?y}"}));
  EXPECT_EQ(run("${A:\xFFy}", kEnv), (Outcome{false, "Unsupported modifier (\xEF\xBF\xBD) in substitution: ${A:\xFFy}"}));
  EXPECT_EQ(run("${A", kEnv), (Outcome{false, "Missing ':' in substitution: ${A"}));
  EXPECT_EQ(run("${A:-x", kEnv), (Outcome{false, "unexpected end of statement while looking for matching }"}));
  EXPECT_EQ(run("${A:", kEnv), (Outcome{false, "unexpected end of statement while looking for matching }"}));
  EXPECT_EQ(run("'abc", kEnv), (Outcome{false, "unexpected end of statement while looking for matching single-quote"}));
  EXPECT_EQ(run("\"abc\\", kEnv), (Outcome{false, "unexpected end of statement while looking for matching double-quote"}));
}

TEST(ProcessWord, InnerErrorsComeBeforeOuterModifierErrors) {
  EXPECT_EQ(run("${A:?${B:*}}", kEnv), (Outcome{false, "Unsupported modifier (*) in substitution: ${A:?${B:*}}"}));
  EXPECT_EQ(run("${A:?${B:-'}", kEnv), (Outcome{false, "unexpected end of statement while looking for matching single-quote"}));
}

TEST(ProcessWord, DeepNestingNeedsNoRecursion) {
  std::string word;
  for (int i = 0; i < 200000; ++i) word += "${B:-";
  word += "y";
  word.append(200000, '}');
  EXPECT_EQ(run(word, kEnv), (Outcome{true, "y"}));
}

TEST(ProcessWord, BudgetCountsExpandedTextEvenWhenDiscarded) {
  EXPECT_EQ(run("$A$A", kEnv, 8), (Outcome{true, "avalaval"}));
  EXPECT_EQ(run("$A$A$A", kEnv, 8), (Outcome{false, kExpansionBudgetError}));
  EXPECT_EQ(run("${B:+$A}${B:+$A}${B:+$A}", kEnv, 8), (Outcome{false, kExpansionBudgetError}));
}

std::string unhex(const std::string& h) {
  std::string out;
  for (std::size_t i = 0; i + 1 < h.size(); i += 2) out += static_cast<char>(std::stoi(h.substr(i, 2), nullptr, 16));
  return out;
}

std::vector<std::string> split_spaces(const std::string& line) {
  std::vector<std::string> f;
  std::size_t start = 0;
  while (true) {
    const std::size_t sp = line.find(' ', start);
    f.push_back(line.substr(start, sp == std::string::npos ? sp : sp - start));
    if (sp == std::string::npos) return f;
    start = sp + 1;
  }
}

// testdata/process_word_go.txt: answers of real Go 1.19 running imagebuilder's shell_parser.go.
TEST(ProcessWord, AgreesWithGoOnRecordedWords) {
  std::ifstream in("reference/process/testdata/process_word_go.txt");
  ASSERT_TRUE(in.good());
  env::EnvMap env;
  int words = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = split_spaces(line);
    if (f[0] == "env") {
      env[unhex(f[1])] = unhex(f[2]);
    } else {
      ASSERT_EQ(f.size(), 4u) << line;
      EXPECT_EQ(run(unhex(f[1]), env), (Outcome{f[2] == "ok", unhex(f[3])})) << "word " << f[1];
      ++words;
    }
  }
  EXPECT_GT(words, 300);
}

}  // namespace
}  // namespace specconf::ref
