#include "reference/gojson/path_text.h"

#include <gtest/gtest.h>

namespace specconf::gojson {
namespace {

TEST(ShownPath, ShortPathsAreUnchanged) {
  EXPECT_EQ(shown_path(".mounts[2].options"), ".mounts[2].options");
  EXPECT_EQ(shown_path(""), "");
}

TEST(ShownPath, DeepPathsKeepBothEndsAndSayWhatWasCut) {
  std::string deep = ".specconf_deep";
  for (int i = 0; i < 10000; ++i) deep += "[0]";
  const std::string shown = shown_path(deep);
  EXPECT_LT(shown.size(), 200u);
  EXPECT_EQ(shown.rfind(".specconf_deep[0]", 0), 0u);
  EXPECT_NE(shown.find("...(" + std::to_string(deep.size() - 80 - 40) + " bytes)..."), std::string::npos);
  EXPECT_EQ(shown.substr(shown.size() - 3), "[0]");
}

}  // namespace
}  // namespace specconf::gojson
