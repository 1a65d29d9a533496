#include "reference/storage/block_io.h"

#include <gtest/gtest.h>

#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

using testing::error_of;

host::HostProfile with_disks() {
  host::HostProfile h = testing::debian_root();
  h.files["/dev/sda"] = testing::block_dev(8, 0);
  h.files["/dev/sdb"] = testing::block_dev(8, 16);
  h.files["/dev/disk0"] = testing::symlink_to("/dev/sdb");
  return h;
}

oci::LinuxWeightDevice weight(std::optional<std::uint16_t> w) {
  oci::LinuxWeightDevice d;
  d.weight = w;
  d.leaf_weight = 5;  // not copied
  return d;
}

TEST(WeightDevices, StatsEachPathInPathOrder) {
  const auto out = weight_devices({{"/dev/sdb", weight(200)}, {"/dev/sda", weight(100)}}, with_disks());
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].minor, 0);
  EXPECT_EQ(*out[0].weight, 100);
  EXPECT_EQ(out[1].major, 8);
  EXPECT_EQ(out[1].minor, 16);
  EXPECT_FALSE(out[1].leaf_weight.has_value());
}

TEST(WeightDevices, FollowsSymlinksAndKeepsAMissingWeightEmpty) {
  const auto out = weight_devices({{"/dev/disk0", weight(std::nullopt)}}, with_disks());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].minor, 16);
  EXPECT_FALSE(out[0].weight.has_value());
}

TEST(WeightDevices, MissingDevice) {
  EXPECT_EQ(error_of([] { weight_devices({{"/dev/nope", weight(10)}}, with_disks()); }),
            "failed to inspect '/dev/nope' in --blkio-weight-device: no such file or directory");
}

oci::LinuxThrottleDevice rate(std::uint64_t r) {
  oci::LinuxThrottleDevice d;
  d.rate = r;
  d.major = 99;  // overwritten from stat
  return d;
}

TEST(FinishThrottleDevices, AlwaysLeavesResourceLimitsSet) {
  specgen::SpecGenerator s;
  finish_throttle_devices(s, with_disks());
  ASSERT_TRUE(s.resource_limits.has_value());
  EXPECT_FALSE(s.resource_limits->block_io.has_value());
}

TEST(FinishThrottleDevices, FillsTheFourListsAppendingToExistingOnes) {
  specgen::SpecGenerator s;
  s.resource_limits.emplace().block_io.emplace().throttle_read_bps_device = {rate(1)};
  s.throttle_read_bps_device = {{"/dev/sdb", rate(10)}, {"/dev/sda", rate(20)}};
  s.throttle_write_bps_device = {{"/dev/sda", rate(30)}};
  s.throttle_read_iops_device = {{"/dev/disk0", rate(40)}};
  s.throttle_write_iops_device = {{"/dev/sdb", rate(50)}};
  finish_throttle_devices(s, with_disks());
  const oci::LinuxBlockIO& b = *s.resource_limits->block_io;
  ASSERT_EQ(b.throttle_read_bps_device.size(), 3u);
  EXPECT_EQ(b.throttle_read_bps_device[0].rate, 1u);
  EXPECT_EQ(b.throttle_read_bps_device[1].rate, 20u);  // /dev/sda sorts first
  EXPECT_EQ(b.throttle_read_bps_device[1].major, 8);
  EXPECT_EQ(b.throttle_read_bps_device[2].minor, 16);
  EXPECT_EQ(b.throttle_write_bps_device.at(0).rate, 30u);
  EXPECT_EQ(b.throttle_read_iops_device.at(0).minor, 16);
  EXPECT_EQ(b.throttle_write_iops_device.at(0).rate, 50u);
}

TEST(FinishThrottleDevices, MissingDevice) {
  specgen::SpecGenerator s;
  s.throttle_write_iops_device = {{"/dev/nope", rate(1)}};
  EXPECT_EQ(error_of([&] { finish_throttle_devices(s, with_disks()); }),
            "could not parse throttle device at /dev/nope: no such file or directory");
}

}  // namespace
}  // namespace specconf::ref
