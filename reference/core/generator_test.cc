#include "reference/core/generator.h"

#include <gtest/gtest.h>

namespace specconf::ref {
namespace {

oci::LinuxDevice device(const std::string& path, std::int64_t minor) {
  oci::LinuxDevice d;
  d.path = path;
  d.type = "c";
  d.major = 1;
  d.minor = minor;
  return d;
}

TEST(GeneratorAddDevice, AppendsNewPathsInOrderAndReplacesAnExistingPathInPlace) {
  Generator g;
  g.add_device(device("/dev/a", 1));
  g.add_device(device("/dev/b", 2));
  g.add_device(device("/dev/a", 3));
  const auto& devs = g.config.linux_->devices;
  ASSERT_EQ(devs.size(), 2u);
  EXPECT_EQ(devs[0].path, "/dev/a");
  EXPECT_EQ(devs[0].minor, 3);
  EXPECT_EQ(devs[1].path, "/dev/b");
}

// config is public: a device appended directly is still found by path.
TEST(GeneratorAddDevice, FindsADeviceAppendedDirectlyToTheList) {
  Generator g;
  g.add_device(device("/dev/a", 1));
  g.config.linux_->devices.push_back(device("/dev/b", 2));
  g.add_device(device("/dev/b", 5));
  g.add_device(device("/dev/c", 6));
  const auto& devs = g.config.linux_->devices;
  ASSERT_EQ(devs.size(), 3u);
  EXPECT_EQ(devs[1].path, "/dev/b");
  EXPECT_EQ(devs[1].minor, 5);
  EXPECT_EQ(devs[2].path, "/dev/c");
}

// With a duplicate path in the list (only possible by direct edits), the first one is replaced.
TEST(GeneratorAddDevice, ReplacesTheFirstOfDuplicatePaths) {
  Generator g;
  g.config.linux_->devices = {device("/dev/a", 1), device("/dev/a", 2)};
  g.add_device(device("/dev/a", 9));
  const auto& devs = g.config.linux_->devices;
  ASSERT_EQ(devs.size(), 2u);
  EXPECT_EQ(devs[0].minor, 9);
  EXPECT_EQ(devs[1].minor, 2);
}

TEST(GeneratorAddProcessRlimits, ReplacesByTypeAndAppendsNewTypes) {
  Generator g;  // starts with RLIMIT_NOFILE 1024
  g.add_process_rlimits("RLIMIT_NPROC", 2, 1);
  g.add_process_rlimits("RLIMIT_NOFILE", 4, 3);
  const auto& rl = g.config.process->rlimits;
  ASSERT_EQ(rl.size(), 2u);
  EXPECT_EQ(rl[0].type, "RLIMIT_NOFILE");
  EXPECT_EQ(rl[0].hard, 4u);
  EXPECT_EQ(rl[1].type, "RLIMIT_NPROC");
}

// podman's addRlimits clears the list when the request has none; the next type is appended, not lost.
TEST(GeneratorAddProcessRlimits, AppendsAfterTheListWasCleared) {
  Generator g;
  g.config.process->rlimits.clear();
  g.add_process_rlimits("RLIMIT_NOFILE", 2, 1);
  ASSERT_EQ(g.config.process->rlimits.size(), 1u);
  EXPECT_EQ(g.config.process->rlimits[0].hard, 2u);
}

}  // namespace
}  // namespace specconf::ref
