// Go 1.19 scanner behaviour: error texts per context, Decoder vs Unmarshal end-of-input rules, paths.
// (go_oracle/ checks the same against real Go; these pin the cases by name.)
#include "reference/gojson/scanner.h"

#include <gtest/gtest.h>

namespace specconf::gojson {
namespace {

struct ScanCase {
  const char* input;
  const char* unmarshal_error;  // "" = valid
  const char* decoder_error;
};

const ScanCase kCases[] = {
    {"{}", "", ""},
    {"", "unexpected end of JSON input", "EOF"},
    {"  \n", "unexpected end of JSON input", "EOF"},
    {"{", "unexpected end of JSON input", "unexpected EOF"},
    {"{\"a\":", "unexpected end of JSON input", "unexpected EOF"},
    {"tru", "invalid character ' ' in literal true (expecting 'e')", "unexpected EOF"},
    {"-", "invalid character ' ' in numeric literal", "unexpected EOF"},
    {"x", "invalid character 'x' looking for beginning of value", "invalid character 'x' looking for beginning of value"},
    {"{} x", "invalid character 'x' after top-level value", ""},
    {"{}}", "invalid character '}' after top-level value", ""},
    {"1x", "invalid character 'x' after top-level value", ""},
    {"{\"a\" 1}", "invalid character '1' after object key", "invalid character '1' after object key"},
    {"{\"a\":1 \"b\"}", "invalid character '\"' after object key:value pair",
     "invalid character '\"' after object key:value pair"},
    {"[1 2]", "invalid character '2' after array element", "invalid character '2' after array element"},
    {"{a:1}", "invalid character 'a' looking for beginning of object key string",
     "invalid character 'a' looking for beginning of object key string"},
    {"[01]", "invalid character '1' after array element", "invalid character '1' after array element"},
    {"[1.]", "invalid character ']' after decimal point in numeric literal",
     "invalid character ']' after decimal point in numeric literal"},
    {"[1e]", "invalid character ']' in exponent of numeric literal", "invalid character ']' in exponent of numeric literal"},
    {"[\"\\x\"]", "invalid character 'x' in string escape code", "invalid character 'x' in string escape code"},
    {"[\"\\u12g4\"]", "invalid character 'g' in \\u hexadecimal character escape",
     "invalid character 'g' in \\u hexadecimal character escape"},
    {"[\"\t\"]", "invalid character '\\t' in string literal", "invalid character '\\t' in string literal"},
    {"[nul]", "invalid character ']' in literal null (expecting 'l')", "invalid character ']' in literal null (expecting 'l')"},
    {"[fals]", "invalid character ']' in literal false (expecting 'e')",
     "invalid character ']' in literal false (expecting 'e')"},
    {"'", "invalid character '\\'' looking for beginning of value", "invalid character '\\'' looking for beginning of value"},
    {"\xff", "invalid character '\xc3\xbf' looking for beginning of value",
     "invalid character '\xc3\xbf' looking for beginning of value"},
    {"\x80", "invalid character '\\u0080' looking for beginning of value",
     "invalid character '\\u0080' looking for beginning of value"},
};

TEST(Scanner, ErrorTextsMatchGoInBothModes) {
  for (const ScanCase& c : kCases) {
    Tape tape;
    EXPECT_EQ(scan(c.input, ScanMode::kUnmarshal, tape), c.unmarshal_error) << "unmarshal: " << c.input;
    EXPECT_EQ(scan(c.input, ScanMode::kDecoder, tape), c.decoder_error) << "decoder: " << c.input;
  }
}

TEST(Scanner, NestingBeyondGoLimitFails) {
  Tape tape;
  const std::string ok = std::string(kGoMaxNestingDepth, '[') + std::string(kGoMaxNestingDepth, ']');
  EXPECT_EQ(scan(ok, ScanMode::kUnmarshal, tape), "");
  const std::string deep = "[" + ok + "]";
  EXPECT_EQ(scan(deep, ScanMode::kUnmarshal, tape), "invalid character '[' exceeded max depth");
}

TEST(Scanner, KeepsDuplicateKeysAndNumberLiterals) {
  Tape tape;
  ASSERT_EQ(scan(R"({"a":1.50,"a":-0})", ScanMode::kUnmarshal, tape), "");
  ASSERT_EQ(tape.tokens.size(), 6u);
  EXPECT_EQ(tape.tokens[2].text, "1.50");
  EXPECT_EQ(tape.tokens[3].text, "a");
  EXPECT_EQ(tape.tokens[4].text, "-0");
  EXPECT_EQ(tape.tokens[0].end, 5u);
}

TEST(Unquote, InvalidUtf8AndLoneSurrogatesBecomeReplacementCharacters) {
  EXPECT_EQ(go_unquote("a\xff" "b"), "a\xef\xbf\xbd" "b");
  EXPECT_EQ(go_unquote("\\ud800x"), "\xef\xbf\xbdx");
  EXPECT_EQ(go_unquote("\\ud83d\\ude00"), "\xf0\x9f\x98\x80");
  EXPECT_EQ(go_unquote("\\ud83d\\u0041"), "\xef\xbf\xbd" "A");
  EXPECT_EQ(go_unquote("\xed\xa0\x80"), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
}

TEST(TapeErrorPath, NamesTheMemberOrElementBeingRead) {
  const struct {
    const char* input;
    const char* path;
  } cases[] = {
      {R"({"mounts":[{"destination":"/a"},{"options":[1 2]}]})", ".mounts[1].options[1]"},
      {R"({"a":{"b":tru})", ".a.b"},
      {R"([1,2,x])", "[2]"},
      {R"(x)", "."},
  };
  for (const auto& c : cases) {
    Tape tape;
    ASSERT_NE(scan(c.input, ScanMode::kUnmarshal, tape), "") << c.input;
    EXPECT_EQ(tape_error_path(tape), c.path) << c.input;
  }
}

}  // namespace
}  // namespace specconf::gojson
