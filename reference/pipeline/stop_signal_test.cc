#include "reference/pipeline/stop_signal.h"

#include <gtest/gtest.h>

#include "reference/core/error.h"

namespace specconf::ref {
namespace {

std::string error_of(const std::string& raw) {
  try {
    parse_signal_name_or_number(raw);
  } catch (const PodmanError& e) {
    return e.message();
  }
  return "";
}

TEST(ParseSignalNameOrNumber, NumbersNamesAndRealtimeOffsets) {
  EXPECT_EQ(parse_signal_name_or_number("2"), 2);
  EXPECT_EQ(parse_signal_name_or_number("100"), 100);  // numbers are not range-checked here
  EXPECT_EQ(parse_signal_name_or_number("SIGINT"), 2);
  EXPECT_EQ(parse_signal_name_or_number("term"), 15);
  EXPECT_EQ(parse_signal_name_or_number("-KILL"), 9);
  EXPECT_EQ(parse_signal_name_or_number("RTMIN+3"), 37);
  EXPECT_EQ(parse_signal_name_or_number("sigrtmax-1"), 63);
  EXPECT_EQ(parse_signal_name_or_number("RTMAX"), 64);
}

TEST(ParseSignalNameOrNumber, ZeroAndUnknownNamesAreInvalid) {
  EXPECT_EQ(error_of("0"), "invalid signal: 0");
  EXPECT_EQ(error_of("-BOGUS"), "invalid signal: BOGUS");
  EXPECT_EQ(error_of("RTMIN+16"), "invalid signal: RTMIN+16");
}

TEST(CompleteStopSignal, ImageSignalOnlyWithoutOneInTheRequest) {
  host::Image image;
  image.config.stop_signal = "2";
  specgen::SpecGenerator s;
  complete_stop_signal(s, &image);
  EXPECT_EQ(s.stop_signal, std::optional<specgen::Signal>(2));
  s.stop_signal = 15;
  complete_stop_signal(s, &image);
  EXPECT_EQ(*s.stop_signal, 15);
  specgen::SpecGenerator rootfs;
  complete_stop_signal(rootfs, nullptr);
  EXPECT_FALSE(rootfs.stop_signal.has_value());
}

}  // namespace
}  // namespace specconf::ref
