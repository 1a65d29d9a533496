// Encoder::string copies runs of plain bytes in one append and looks bytes up in a table; these cases put
// every kind of byte Go rewrites at every position of short and longer strings, against Go's rules.
#include "reference/gojson/encoder.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace specconf::gojson {
namespace {

// What Go's encodeState.string writes for one special sequence (escapeHTML on).
const std::vector<std::pair<std::string, std::string>>& special_sequences() {
  static const std::vector<std::pair<std::string, std::string>> kCases = {
      {"\"", "\\\""},     {"\\", "\\\\"},           {"<", "\\u003c"},         {">", "\\u003e"},
      {"&", "\\u0026"},   {"\n", "\\n"},            {"\r", "\\r"},            {"\t", "\\t"},
      {std::string(1, '\0'), "\\u0000"},            {"\x1f", "\\u001f"},      {"\x7f", "\x7f"},
      {"\xc3\xa9", "\xc3\xa9"},                     {"\xe2\x80\xa8", "\\u2028"}, {"\xe2\x80\xa9", "\\u2029"},
      {"\xff", "\\ufffd"}, {"\xe2\x80", "\\ufffd\\ufffd"},
  };
  return kCases;
}

std::string encoded(const std::string& s) {
  Encoder e;
  e.string(s);
  return e.take();
}

TEST(EncoderString, PlainBytesOfEveryLengthAreCopied) {
  for (std::size_t n = 0; n <= 40; ++n) {
    const std::string s(n, 'a');
    EXPECT_EQ(encoded(s), "\"" + s + "\"") << n;
  }
}

TEST(EncoderString, EverySpecialSequenceAtEveryPosition) {
  for (const auto& [raw, go] : special_sequences()) {
    for (std::size_t before = 0; before <= 17; ++before) {
      for (std::size_t after : {0, 1, 7, 8, 9}) {
        const std::string s = std::string(before, 'x') + raw + std::string(after, 'y');
        EXPECT_EQ(encoded(s), "\"" + std::string(before, 'x') + go + std::string(after, 'y') + "\"")
            << "before=" << before << " after=" << after << " go=" << go;
      }
    }
  }
}

TEST(EncoderString, SeveralSpecialsInOneWord) {
  EXPECT_EQ(encoded("a<b>c&d\"e\\f"), "\"a\\u003cb\\u003ec\\u0026d\\\"e\\\\f\"");
  EXPECT_EQ(encoded("abcdefg<hijklmn>"), "\"abcdefg\\u003chijklmn\\u003e\"");
}

}  // namespace
}  // namespace specconf::gojson
