#include "reference/storage/libpod_volumes.h"

#include <gtest/gtest.h>

#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

using testing::error_of;

specgen::NamedVolume named(std::string name, std::string dest, std::vector<std::string> opts) {
  specgen::NamedVolume v;
  v.name = std::move(name);
  v.dest = std::move(dest);
  v.options = std::move(opts);
  return v;
}

TEST(CheckImageVolumePointers, NullEntryPanics) {
  specgen::SpecGenerator s;
  s.image_volumes = {specgen::ImageVolume{"img", "/d", false}};
  EXPECT_EQ(error_of([&] { check_image_volume_pointers(s); }), "");
  s.image_volumes.push_back(std::nullopt);
  EXPECT_EQ(error_of([&] { check_image_volume_pointers(s); }),
            "runtime error: invalid memory address or nil pointer dereference");
}

TEST(WithNamedVolumes, ValidatesOptionsAsBindOptionsWithoutStatfs) {
  EXPECT_EQ(error_of([] { with_named_volumes({named("v", "/d", {"ro", "z", "U"})}); }), "");
  EXPECT_EQ(error_of([] { with_named_volumes({named("v", "/d", {"size=1"})}); }),
            "processing options for named volume \"v\" mounted at \"/d\": the 'size' option is only allowed with "
            "tmpfs mounts: invalid mount option");
  EXPECT_EQ(error_of([] { with_named_volumes({named("", "/d", {"ro", "rw"})}); }),
            "processing options for named volume \"\" mounted at \"/d\": only one of 'rw' and 'ro' can be used: "
            "duplicate mount option passed");
}

TEST(ValidateVolumeDestinations, OneVolumePerDestination) {
  specgen::OverlayVolume ov;
  ov.destination = "/a";
  const specgen::ImageVolume iv{"img", "/b", false};
  EXPECT_EQ(error_of([&] { validate_volume_destinations({named("v", "/x", {})}, {ov}, {iv}); }), "");
  EXPECT_EQ(error_of([&] { validate_volume_destinations({named("v", "/a", {})}, {ov}, {}); }),
            "two volumes found with destination /a: invalid argument");
  EXPECT_EQ(error_of([&] { validate_volume_destinations({}, {}, {iv, iv}); }),
            "two volumes found with destination /b: invalid argument");
  EXPECT_EQ(error_of([&] { validate_volume_destinations({named("v", "/b/", {})}, {}, {iv}); }), "");
}

}  // namespace
}  // namespace specconf::ref
