#include "reference/storage/devices.h"

#include <gtest/gtest.h>

#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

using testing::debian_root;
using testing::debian_rootless;
using testing::error_of;

TEST(ParseDevice, AcceptsTheFourShapes) {
  const struct {
    std::string in, src, dst, perm;
  } cases[] = {
      {"/dev/a", "/dev/a", "/dev/a", "rwm"},
      {"/dev/a:/dev/b", "/dev/a", "/dev/b", "rwm"},
      {"/dev/a:rw", "/dev/a", "/dev/a", "rw"},
      {"/dev/a:/dev/b:r", "/dev/a", "/dev/b", "r"},
      {"/dev/a:m:rw", "/dev/a", "/dev/a", "m"},  // a mode in the middle wins over the last field
      {":/x", "", "/x", "rwm"},
  };
  for (const auto& c : cases) {
    const DeviceSpec d = parse_device(c.in);
    EXPECT_EQ(d.src, c.src) << c.in;
    EXPECT_EQ(d.dst, c.dst) << c.in;
    EXPECT_EQ(d.permissions, c.perm) << c.in;
  }
}

TEST(ParseDevice, Errors) {
  const struct {
    std::string in, error;
  } cases[] = {
      {"/a:/b:rx", "invalid device mode: rx"},
      {"/a:/b:rr", "invalid device mode: rr"},
      {"/a:b", "invalid device mode: b"},
      {"/a:/b:c:d", "invalid device specification: /a:/b:c:d"},
      {"/a:", "runtime error: index out of range [0] with length 0"},
      {"/a::rw", "runtime error: index out of range [0] with length 0"},
  };
  for (const auto& c : cases) EXPECT_EQ(error_of([&] { parse_device(c.in); }), c.error) << c.in;
}

TEST(IsValidDeviceMode, NonEmptyDistinctRWM) {
  EXPECT_TRUE(is_valid_device_mode("rwm"));
  EXPECT_TRUE(is_valid_device_mode("mr"));
  EXPECT_FALSE(is_valid_device_mode(""));
  EXPECT_FALSE(is_valid_device_mode("rwr"));
  EXPECT_FALSE(is_valid_device_mode("r\xc3\xa9"));
}

TEST(DeviceFromPath, TypeAndRawModeFromLstat) {
  host::HostProfile h = debian_root();
  h.files["/dev/sda"] = testing::block_dev(8, 0);
  h.files["/dev/fifo"] = host::FileFact{};
  h.files["/dev/fifo"].type = "fifo";
  h.files["/dev/fifo"].mode = 010600;
  h.files["/dev/link"] = testing::symlink_to("/dev/null");
  oci::LinuxDevice d;
  EXPECT_EQ(device_from_path(h, "/dev/null", d), "");
  EXPECT_EQ(d.type, "c");
  EXPECT_EQ(d.file_mode->value, 8630u);  // verified: 0o20666 for /dev/null
  EXPECT_EQ(d.major, 1);
  EXPECT_EQ(d.minor, 3);
  EXPECT_EQ(*d.uid, 0u);
  EXPECT_EQ(device_from_path(h, "/dev/sda", d), "");
  EXPECT_EQ(d.type, "b");
  EXPECT_EQ(*d.gid, 6u);
  EXPECT_EQ(device_from_path(h, "/dev/fifo", d), "");
  EXPECT_EQ(d.type, "p");
  EXPECT_EQ(device_from_path(h, "/dev/link", d), "");  // S_IFLNK has the S_IFCHR bit: Go says "c"
  EXPECT_EQ(d.type, "c");
  EXPECT_EQ(device_from_path(h, "/tmp", d), "not a device node");
  EXPECT_EQ(device_from_path(h, "/nope", d), "no such file or directory");
}

TEST(DeviceFromPath, TypeBitsComeFromTheTypeWhenTheProfileGivesOnlyPermissions) {
  host::HostProfile h = debian_root();
  h.files["/dev/x"] = testing::char_dev(10, 200);
  h.files["/dev/x"].mode = 0660;
  oci::LinuxDevice d;
  EXPECT_EQ(device_from_path(h, "/dev/x", d), "");
  EXPECT_EQ(d.type, "c");
  EXPECT_EQ(d.file_mode->value, 020660u);
}

TEST(DevicesFromPath, RootAddsADeviceAndAnAllowRule) {
  // Verified (misc): /dev/null:/dev/mynull:rw.
  Generator g;
  devices_from_path(g, "/dev/null:/dev/mynull:rw", debian_root());
  ASSERT_EQ(g.config.linux_->devices.size(), 1u);
  const oci::LinuxDevice& d = g.config.linux_->devices[0];
  EXPECT_EQ(d.path, "/dev/mynull");
  EXPECT_EQ(d.type, "c");
  EXPECT_EQ(d.file_mode->value, 8630u);
  const auto& rules = *g.config.linux_->resources->devices;
  ASSERT_EQ(rules.size(), 2u);  // the generator's default deny, then ours
  EXPECT_TRUE(rules[1].allow);
  EXPECT_EQ(rules[1].type, "c");
  EXPECT_EQ(*rules[1].major, 1);
  EXPECT_EQ(*rules[1].minor, 3);
  EXPECT_EQ(rules[1].access, "rw");
}

TEST(DevicesFromPath, TheSameDestinationReplacesTheDevice) {
  Generator g;
  devices_from_path(g, "/dev/null:/dev/x", debian_root());
  devices_from_path(g, "/dev/zero:/dev/x", debian_root());
  ASSERT_EQ(g.config.linux_->devices.size(), 1u);
  EXPECT_EQ(g.config.linux_->devices[0].minor, 5);
  EXPECT_EQ(g.config.linux_->resources->devices->size(), 3u);
}

TEST(DevicesFromPath, RootlessBindMountsTheDeviceInstead) {
  Generator g;
  const std::size_t before = g.config.mounts.size();
  devices_from_path(g, "/dev/null:/dev/mynull:rw", debian_rootless());
  devices_from_path(g, "/dev/zero", debian_rootless());
  devices_from_path(g, "/dev/zero:/dev/z2:r", debian_rootless());
  EXPECT_TRUE(g.config.linux_->devices.empty());
  EXPECT_EQ(g.config.linux_->resources->devices->size(), 1u);
  ASSERT_EQ(g.config.mounts.size(), before + 3);
  EXPECT_EQ(g.config.mounts[before],
            testing::mount("/dev/mynull", "bind", "/dev/null", {"slave", "nosuid", "noexec", "rw", "rbind"}));
  EXPECT_EQ(g.config.mounts[before + 1].options[3], "rw");  // rwm contains w
  EXPECT_EQ(g.config.mounts[before + 2].options[3], "ro");
}

TEST(DevicesFromPath, SymlinksAreResolvedFirst) {
  host::HostProfile h = debian_root();
  h.files["/dev/mylink"] = testing::symlink_to("/dev/null");
  Generator g;
  devices_from_path(g, "/dev/mylink", h);
  EXPECT_EQ(g.config.linux_->devices[0].path, "/dev/null");
  h.files["/dev/dangling"] = testing::symlink_to("/dev/gone");
  EXPECT_EQ(error_of([&] { devices_from_path(g, "/dev/dangling", h); }), "stat /dev/dangling: no such file or directory");
}

TEST(DevicesFromPath, Errors) {
  host::HostProfile h = debian_root();
  Generator g;
  EXPECT_EQ(error_of([&] { devices_from_path(g, "/dev/nope", h); }), "stat /dev/nope: no such file or directory");
  EXPECT_EQ(error_of([&] { devices_from_path(g, ":/x", h); }), "stat : no such file or directory");
  EXPECT_EQ(error_of([&] { devices_from_path(g, "/tmp/f", h); }), "stat /tmp/f: no such file or directory");
  h.files["/tmp/f"] = testing::file_fact();
  EXPECT_EQ(error_of([&] { devices_from_path(g, "/tmp/f", h); }), "/tmp/f is not a valid device: not a device node");
  EXPECT_EQ(error_of([&] { devices_from_path(g, "/dev/null:bad", h); }), "invalid device mode: bad");
  EXPECT_EQ(error_of([&] { devices_from_path(g, "/dev/null:", h); }), "runtime error: index out of range [0] with length 0");
  EXPECT_EQ(error_of([&] { devices_from_path(g, std::string("/dev/null\0", 10), h); }),
            std::string("stat /dev/null\0: invalid argument", 33));
  EXPECT_EQ(error_of([&] { devices_from_path(g, "/" + std::string(5000, 'a'), h); }),
            "stat /" + std::string(5000, 'a') + ": file name too long");
  h.files["/dev/null"].error = "permission denied";
  EXPECT_EQ(error_of([&] { devices_from_path(g, "/dev/null", h); }), "stat /dev/null: permission denied");
}

host::HostProfile with_snd() {
  host::HostProfile h = debian_root();
  h.files["/dev/snd"] = testing::dir_fact({"timer", "controlC0", "by-path", "seq", "readme"});
  h.files["/dev/snd/timer"] = testing::char_dev(116, 33);
  h.files["/dev/snd/controlC0"] = testing::char_dev(116, 0);
  h.files["/dev/snd/seq"] = testing::symlink_to("/dev/snd/timer");
  h.files["/dev/snd/readme"] = testing::file_fact();
  h.files["/dev/snd/by-path"] = testing::dir_fact({"pci0"});
  h.files["/dev/snd/by-path/pci0"] = testing::block_dev(7, 1);
  return h;
}

TEST(DevicesFromPath, ADirectoryAddsEveryDeviceInsideInNameOrder) {
  Generator g;
  devices_from_path(g, "/dev/snd", with_snd());
  const auto& devs = g.config.linux_->devices;
  ASSERT_EQ(devs.size(), 3u);  // symlinks and regular files are skipped
  EXPECT_EQ(devs[0].path, "/dev/snd/by-path/pci0");
  EXPECT_EQ(devs[0].type, "b");
  EXPECT_EQ(devs[1].path, "/dev/snd/controlC0");
  EXPECT_EQ(devs[2].path, "/dev/snd/timer");
}

TEST(DevicesFromPath, ADirectoryTakesADestinationAndAMode) {
  Generator g;
  devices_from_path(g, "/dev/snd:/dev/audio:r", with_snd());
  const auto& devs = g.config.linux_->devices;
  ASSERT_EQ(devs.size(), 3u);
  EXPECT_EQ(devs[0].path, "/dev/audio/by-path/pci0");
  EXPECT_EQ(g.config.linux_->resources->devices->back().access, "r");
  Generator g2;
  devices_from_path(g2, "/dev/snd:rw", with_snd());
  EXPECT_EQ(g2.config.linux_->devices[2].path, "/dev/snd/timer");
  EXPECT_EQ(g2.config.linux_->resources->devices->back().access, "rw");
  Generator g3;
  devices_from_path(g3, "/dev/snd:/a:rw:ignored", with_snd());  // fields after the third are ignored
  EXPECT_EQ(g3.config.linux_->devices.size(), 3u);
}

TEST(DevicesFromPath, DirectoryErrors) {
  Generator g;
  EXPECT_EQ(error_of([&] { devices_from_path(g, "/dev/snd:rw:r", with_snd()); }),
            "invalid device specification /dev/snd:rw:r: invalid argument");
  EXPECT_EQ(error_of([&] { devices_from_path(g, "/dev/snd:/a:bad", with_snd()); }),
            "failed to add /dev/snd/by-path/pci0 device: invalid device mode: bad");
  EXPECT_EQ(error_of([&] { devices_from_path(g, "/tmp", with_snd()); }), "no devices found in /tmp: invalid argument");
}

TEST(DevicesFromPath, RootlessDirectoryWalkBindMountsEachDevice) {
  host::HostProfile h = with_snd();
  h.identity.rootless = true;
  Generator g;
  const std::size_t before = g.config.mounts.size();
  devices_from_path(g, "/dev/snd:/a:r", h);
  ASSERT_EQ(g.config.mounts.size(), before + 3);
  EXPECT_EQ(g.config.mounts[before],
            testing::mount("/a/by-path/pci0", "bind", "/dev/snd/by-path/pci0", {"slave", "nosuid", "noexec", "ro", "rbind"}));
  EXPECT_TRUE(g.config.linux_->devices.empty());
}

TEST(DevicesFromPath, HostileDirectoryListingsStayFinite) {
  host::HostProfile h = debian_root();
  h.files["/d"] = testing::dir_fact({".", "..", "", "a/b", "x", "x", "x"});
  h.files["/d/x"] = testing::dir_fact({"x"});
  h.files["/d/x/x"] = testing::char_dev(1, 3);
  Generator g;
  devices_from_path(g, "/d", h);
  ASSERT_EQ(g.config.linux_->devices.size(), 1u);
  EXPECT_EQ(g.config.linux_->devices[0].path, "/d/x/x");
}

}  // namespace
}  // namespace specconf::ref
