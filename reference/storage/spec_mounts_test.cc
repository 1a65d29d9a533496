#include "reference/storage/spec_mounts.h"

#include <gtest/gtest.h>

#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

using testing::debian_root;
using testing::error_of;
using testing::mount;

TEST(SupersedeUserMounts, NoUserMountsKeepsTheConfigMounts) {
  const std::vector<oci::Mount> config = {mount("/proc", "proc", "proc", {})};
  EXPECT_EQ(supersede_user_mounts({}, config), config);
}

TEST(SupersedeUserMounts, UserMountsComeFirstAndReplaceConfigMountsByCleanDestination) {
  const std::vector<oci::Mount> user = {mount("/sys/", "bind", "/x", {}), mount("/a", "tmpfs", "tmpfs", {})};
  const std::vector<oci::Mount> config = {mount("/proc", "proc", "proc", {}), mount("/sys", "sysfs", "sysfs", {}),
                                          mount("/dev/pts", "devpts", "devpts", {})};
  const auto out = supersede_user_mounts(user, config);
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].destination, "/sys/");
  EXPECT_EQ(out[1].destination, "/a");
  EXPECT_EQ(out[2].destination, "/proc");
  EXPECT_EQ(out[3].destination, "/dev/pts");
}

TEST(SupersedeUserMounts, AUserDevDropsEverythingUnderDev) {
  const std::vector<oci::Mount> user = {mount("/dev/", "tmpfs", "tmpfs", {})};
  const std::vector<oci::Mount> config = {mount("/dev", "tmpfs", "tmpfs", {}), mount("/dev/pts", "devpts", "devpts", {}),
                                          mount("/dev/mqueue", "mqueue", "mqueue", {}), mount("/devx", "bind", "/d", {}),
                                          mount("/sys", "sysfs", "sysfs", {})};
  const auto out = supersede_user_mounts(user, config);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[1].destination, "/devx");
  EXPECT_EQ(out[2].destination, "/sys");
}

TEST(InitFSMounts, ProcessesBindAndTmpfsButNotDevOrOtherTypes) {
  host::HostProfile h = debian_root();
  std::vector<oci::Mount> mounts = {
      mount("/dev", "tmpfs", "tmpfs", {"nosuid", "noexec", "strictatime", "mode=755", "size=65536k"}),
      mount("/dev/", "tmpfs", "tmpfs", {"mode=755"}),
      mount("/proc", "proc", "proc", {"nosuid", "noexec", "nodev"}),
      mount("/t", "tmpfs", "tmpfs", {}),
      mount("/b", "bind", "/tmp", {}),
      mount("/sys/fs/cgroup", "cgroup", "cgroup", {"ro"}),
  };
  init_fs_mounts(mounts, h);
  EXPECT_EQ(mounts[0].options.size(), 5u);
  EXPECT_EQ(mounts[1].options, (std::vector<std::string>{"mode=755"}));
  EXPECT_EQ(mounts[2].options, (std::vector<std::string>{"nosuid", "noexec", "nodev"}));
  EXPECT_EQ(mounts[3].options, (std::vector<std::string>{"rw", "rprivate", "nosuid", "nodev", "tmpcopyup"}));
  EXPECT_EQ(mounts[4].options, (std::vector<std::string>{"rw", "rprivate", "rbind"}));
  EXPECT_EQ(mounts[5].options, (std::vector<std::string>{"ro"}));
}

TEST(InitFSMounts, UsernsBindMountsOfProcAndMqueue) {
  // Verified rootless: /dev/mqueue [bind,nosuid,noexec,nodev,rw,rprivate], /proc [rbind,nosuid,noexec,nodev,rw,rprivate].
  std::vector<oci::Mount> mounts = {mount("/dev/mqueue", "bind", "/dev/mqueue", {"bind", "nosuid", "noexec", "nodev"}),
                                    mount("/proc", "bind", "/proc", {"rbind", "nosuid", "noexec", "nodev"})};
  init_fs_mounts(mounts, testing::debian_rootless());
  EXPECT_EQ(mounts[0].options, (std::vector<std::string>{"bind", "nosuid", "noexec", "nodev", "rw", "rprivate"}));
  EXPECT_EQ(mounts[1].options, (std::vector<std::string>{"rbind", "nosuid", "noexec", "nodev", "rw", "rprivate"}));
}

TEST(InitFSMounts, AMissingBindSourceFailsWithStatfs) {
  host::HostProfile h = debian_root();
  h.files.erase("/dev/mqueue");
  std::vector<oci::Mount> mounts = {mount("/dev/mqueue", "bind", "/dev/mqueue", {"bind", "nosuid", "noexec", "nodev"})};
  // Verified rootless with ipc host and no /dev/mqueue on the host.
  EXPECT_EQ(error_of([&] { init_fs_mounts(mounts, h); }), "statfs /dev/mqueue: no such file or directory");
}

}  // namespace
}  // namespace specconf::ref
