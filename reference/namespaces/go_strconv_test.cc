#include "reference/namespaces/go_strconv.h"

#include <gtest/gtest.h>

namespace specconf::ref::gostrconv {
namespace {

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
}  // namespace specconf::ref::gostrconv
