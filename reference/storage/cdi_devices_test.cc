#include "reference/storage/cdi_devices.h"

#include <gtest/gtest.h>

#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

using testing::error_of;

TEST(IsCdiQualifiedName, VendorClassName) {
  const struct {
    std::string name;
    bool qualified;
  } cases[] = {
      {"nvidia.com/gpu=all", true},   {"vendor.x/class_1=dev:0.a", true}, {"ve/cl=0", true},
      {"/dev/null", false},           {"", false},                        {"vendor/class", false},
      {"=x", false},                  {"vendor/class=", false},           {"vendor=x", false},
      {"/vendor/class=x", false},     {"ve/=x", false},                   {"1v/cl=x", false},
      {"ve./cl=x", false},            {"ve/c.l=x", false},                {"ve/cl=x!", false},
      {"ve/cl=-x", false},            {"v\xc3\xa9n/cl=x", false},         {"ve/cl/x=y", false},
      {"ve/cl=a=b", false},           {"9/cl=x", false},
  };
  for (const auto& c : cases) EXPECT_EQ(is_cdi_qualified_name(c.name), c.qualified) << c.name;
}

TEST(IsCdiQualifiedName, OneLetterVendorOrClassPanicsInCdi052) {
  EXPECT_EQ(error_of([] { is_cdi_qualified_name("a/cl=x"); }), "runtime error: slice bounds out of range [1:0]");
  EXPECT_EQ(error_of([] { is_cdi_qualified_name("ve/c=x"); }), "runtime error: slice bounds out of range [1:0]");
  EXPECT_EQ(error_of([] { is_cdi_qualified_name("1/c=x"); }), "");  // the first-letter check comes first
}

TEST(ExtractCDIDevices, KeepsOnlyPlainDevicesInOrder) {
  specgen::SpecGenerator s;
  for (const char* p : {"/dev/null", "nvidia.com/gpu=0", "/dev/zero:/z", "vendor/class=dev"}) {
    oci::LinuxDevice d;
    d.path = p;
    s.devices.push_back(d);
  }
  extract_cdi_devices(s);
  ASSERT_EQ(s.devices.size(), 2u);
  EXPECT_EQ(s.devices[0].path, "/dev/null");
  EXPECT_EQ(s.devices[1].path, "/dev/zero:/z");
}

}  // namespace
}  // namespace specconf::ref
