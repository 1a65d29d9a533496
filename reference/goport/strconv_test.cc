// Expected values are what Go 1.19 prints (strconv.Quote, fmt's %q and %+q, strconv.Atoi/ParseUint);
// go_oracle/ compares them with real Go on random inputs.
#include "reference/goport/strconv.h"

#include <gtest/gtest.h>

namespace specconf::goport {
namespace {

TEST(GoQuote, QuoteMatchesStrconvQuote) {
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

TEST(GoQuote, PrintableTextIsKeptAndQuotesEscaped) {
  EXPECT_EQ(quote("CAP_FOO"), "\"CAP_FOO\"");
  EXPECT_EQ(quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(quote(""), "\"\"");
}

TEST(GoQuote, ControlCharactersUseGoEscapes) {
  EXPECT_EQ(quote("\a\b\f\n\r\t\v"), "\"\\a\\b\\f\\n\\r\\t\\v\"");
  EXPECT_EQ(quote(std::string("\x00\x1b\x7f", 3)), "\"\\x00\\x1b\\x7f\"");
}

TEST(GoQuote, UnicodePrintableKeptOtherwiseEscaped) {
  EXPECT_EQ(quote("\xC3\xA9"), "\"\xC3\xA9\"");                  // é is printable
  EXPECT_EQ(quote("\xC2\xA0"), "\"\\u00a0\"");                   // NBSP is not (IsPrint excludes it)
  EXPECT_EQ(quote("\xC2\x85"), "\"\\u0085\"");                   // C1 control
  EXPECT_EQ(quote("\xE2\x80\xA8"), "\"\\u2028\"");               // line separator
  EXPECT_EQ(quote("\xF3\xA0\x80\x81"), "\"\\U000e0001\"");       // language tag: format char, astral
  EXPECT_EQ(quote("\xF0\x9F\x98\x80"), "\"\xF0\x9F\x98\x80\"");  // emoji is printable
  EXPECT_EQ(quote("\xEF\xBF\xBD"), "\"\xEF\xBF\xBD\"");          // a real U+FFFD is printable
}

TEST(GoQuote, InvalidUtf8BytesBecomeHexEscapes) {
  EXPECT_EQ(quote("a\xff"
                  "b"),
            "\"a\\xffb\"");
  EXPECT_EQ(quote("\xE2\x82"), "\"\\xe2\\x82\"");           // truncated sequence: each byte on its own
  EXPECT_EQ(quote("\xED\xA0\x80"), "\"\\xed\\xa0\\x80\"");  // surrogate encoding is invalid
}

TEST(GoQuote, EscapesLikeStrconvQuote) {
  const struct { std::string in, out; } cases[] = {
      {"abc", R"("abc")"},
      {"", R"("")"},
      {"a\"b\\c", R"("a\"b\\c")"},
      {"\a\b\f\n\r\t\v", R"("\a\b\f\n\r\t\v")"},
      {std::string("\x01\x7f", 2), R"("\x01\x7f")"},
      {std::string("\0", 1), R"("\x00")"},
      {"\xc3\xa9", "\"\xc3\xa9\""},                // é is printable
      {"\xff", R"("\xff")"},                       // invalid UTF-8 byte
      {"\xc2\xa0", R"("\u00a0")"},                 // NBSP is not printable in Go
      {"\xc2\x85", R"("\u0085")"},                 // C1 control
      {"\xee\x80\x80", R"("\ue000")"},             // private use
      {"\xf0\x9f\x98\x80", "\"\xf0\x9f\x98\x80\""},  // emoji is printable
      {"\xf4\x8f\xbf\xbd", R"("\U0010fffd")"},     // plane-16 private use
  };
  for (const auto& c : cases) EXPECT_EQ(quote(c.in), c.out) << c.in;
}

TEST(GoQuote, EscapesFormatCharactersLikeStrconvQuote) {
  const struct {
    std::string in, out;
  } cases[] = {
      {"", R"("")"},
      {"/a b", R"("/a b")"},
      {"say \"hi\"\\", R"("say \"hi\"\\")"},
      {"\a\b\f\n\r\t\v", R"("\a\b\f\n\r\t\v")"},
      {std::string("a\0b", 3), R"("a\x00b")"},
      {"\x7f", R"("\x7f")"},
      {"\xff", R"("\xff")"},                      // invalid UTF-8 byte
      {"\xc3\xa9", "\"\xc3\xa9\""},              // é is printable
      {"\xe2\x80\x8b", R"("\u200b")"},            // zero width space is not
      {"\xc2\xad", R"("\u00ad")"},                // soft hyphen is not
      {"\xf3\xa0\x80\x81", R"("\U000e0001")"},    // language tag
  };
  for (const auto& c : cases) EXPECT_EQ(quote(c.in), c.out) << c.in;
}

TEST(GoQuoteToASCII, EscapesEveryNonAsciiRune) {
  EXPECT_EQ(quote_to_ascii("a\xC3\xA9"), R"("a\u00e9")");
  EXPECT_EQ(quote_to_ascii("\xF0\x9F\x98\x80"), R"("\U0001f600")");
  EXPECT_EQ(quote_to_ascii("\xff\n"), R"("\xff\n")");
}

TEST(GoQuoteAsciiList, PlusQFormatOfAStringSlice) {
  EXPECT_EQ(quote_ascii_list({"default", "image"}), "[\"default\" \"image\"]");
  EXPECT_EQ(quote_ascii_list({"\xC3\xA9"}), "[\"\\u00e9\"]");
  EXPECT_EQ(quote_ascii_list({}), "[]");
}

TEST(GoAtoi, AcceptsOptionalSignAndDigits) {
  const struct { const char* in; std::int64_t out; } cases[] = {
      {"42", 42}, {"-7", -7}, {"+3", 3}, {"0", 0}, {"007", 7},
      {"9223372036854775807", INT64_MAX}, {"-9223372036854775808", INT64_MIN},
  };
  for (const auto& c : cases) {
    std::string err;
    const auto v = atoi(c.in, err);
    ASSERT_TRUE(v) << c.in << ": " << err;
    EXPECT_EQ(*v, c.out) << c.in;
  }
}

TEST(GoAtoi, ReportsNumErrorsWithGoText) {
  const struct { const char* in; const char* err; } cases[] = {
      {"", R"(strconv.Atoi: parsing "": invalid syntax)"},
      {"-", R"(strconv.Atoi: parsing "-": invalid syntax)"},
      {"x", R"(strconv.Atoi: parsing "x": invalid syntax)"},
      {"1_000", R"(strconv.Atoi: parsing "1_000": invalid syntax)"},
      {" 1", R"(strconv.Atoi: parsing " 1": invalid syntax)"},
      {"1234567890123456789x", R"(strconv.Atoi: parsing "1234567890123456789x": invalid syntax)"},
      {"9223372036854775808", R"(strconv.Atoi: parsing "9223372036854775808": value out of range)"},
      {"-9223372036854775809", R"(strconv.Atoi: parsing "-9223372036854775809": value out of range)"},
      // ParseUint stops at the overflow before it reaches the bad byte.
      {"99999999999999999999x", R"(strconv.Atoi: parsing "99999999999999999999x": value out of range)"},
  };
  for (const auto& c : cases) {
    std::string err;
    EXPECT_FALSE(atoi(c.in, err)) << c.in;
    EXPECT_EQ(err, c.err);
  }
}

TEST(GoParseUint, HonoursBitSizeAndRejectsSigns) {
  std::string err;
  ASSERT_TRUE(parse_uint10("4294967295", 32, err));
  EXPECT_EQ(*parse_uint10("4294967295", 32, err), 4294967295u);
  const struct { const char* in; const char* err; } cases[] = {
      {"4294967296", R"(strconv.ParseUint: parsing "4294967296": value out of range)"},
      {"+1", R"(strconv.ParseUint: parsing "+1": invalid syntax)"},
      {"-1", R"(strconv.ParseUint: parsing "-1": invalid syntax)"},
      {"", R"(strconv.ParseUint: parsing "": invalid syntax)"},
      {"1a", R"(strconv.ParseUint: parsing "1a": invalid syntax)"},
  };
  for (const auto& c : cases) {
    EXPECT_FALSE(parse_uint10(c.in, 32, err)) << c.in;
    EXPECT_EQ(err, c.err);
  }
}

}  // namespace
}  // namespace specconf::goport
