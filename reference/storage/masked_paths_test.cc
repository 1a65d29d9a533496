#include "reference/storage/masked_paths.h"

#include <gtest/gtest.h>

#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

using testing::debian_root;
using testing::debian_rootless;
using Paths = std::vector<std::string>;

const Paths kDefaultMasked = {"/proc/acpi",       "/proc/kcore",       "/proc/keys",        "/proc/latency_stats",
                              "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi",
                              "/sys/firmware",    "/sys/fs/selinux",   "/sys/dev/block"};
const Paths kDefaultReadonly = {"/proc/asound", "/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"};

struct Out {
  Paths masked, readonly;
};

Out run(bool privileged, bool pid_host, const Paths& mask, std::optional<Paths> unmask, const host::HostProfile& h) {
  Generator g;
  block_access_to_kernel_filesystems(privileged, pid_host, mask, unmask, g, h);
  return {g.config.linux_->masked_paths, g.config.linux_->readonly_paths};
}

TEST(BlockAccessToKernelFilesystems, DefaultsWhenNotPrivileged) {
  const Out o = run(false, false, {}, std::nullopt, debian_root());
  EXPECT_EQ(o.masked, kDefaultMasked);
  EXPECT_EQ(o.readonly, kDefaultReadonly);
}

TEST(BlockAccessToKernelFilesystems, PrivilegedGetsOnlyTheUsersMasks) {
  const Out o = run(true, true, {"/x"}, std::nullopt, debian_rootless());
  EXPECT_EQ(o.masked, (Paths{"/x"}));
  EXPECT_TRUE(o.readonly.empty());
}

TEST(BlockAccessToKernelFilesystems, UserMasksFollowAndKeepEmptyButSkipRelative) {
  // Verified (misc): mask ["/x","rel",""] gave "/x" and "" after the defaults.
  const Out o = run(false, true, {"/x", "rel", "", "/a:/b"}, std::nullopt, debian_root());
  Paths expected = kDefaultMasked;
  expected.insert(expected.end(), {"/x", "", "/a:/b"});
  EXPECT_EQ(o.masked, expected);
}

TEST(BlockAccessToKernelFilesystems, RootlessWithHostPidSkipsUserMasks) {
  const Out o = run(false, true, {"/x"}, std::nullopt, debian_rootless());
  EXPECT_EQ(o.masked, kDefaultMasked);
  EXPECT_EQ(run(false, false, {"/x"}, std::nullopt, debian_rootless()).masked.back(), "/x");
}

TEST(BlockAccessToKernelFilesystems, UnmaskGlobsRemoveDefaults) {
  // Verified (misc): unmask "/proc/k*:/sys/firmware" removed kcore, keys and firmware.
  const Out o = run(false, false, {}, Paths{"/proc/k*:/sys/firmware"}, debian_root());
  EXPECT_EQ(o.masked, (Paths{"/proc/acpi", "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats",
                             "/proc/sched_debug", "/proc/scsi", "/sys/fs/selinux", "/sys/dev/block"}));
  EXPECT_EQ(o.readonly, kDefaultReadonly);
  EXPECT_EQ(run(false, false, {}, Paths{"/proc/*"}, debian_root()).readonly, Paths{});
}

TEST(ShouldMask, AllInAnyCaseUnmasksEverything) {
  for (const char* all : {"ALL", "all", "aLl"}) EXPECT_FALSE(should_mask("/proc/acpi", Paths{"/x", all}));
  EXPECT_TRUE(should_mask("/proc/acpi", Paths{"ALL:"}));  // not split before the ALL check, no glob matches
}

TEST(ShouldMask, BadGlobsAreIgnored) {
  EXPECT_TRUE(should_mask("/proc/acpi", Paths{"[", "/proc/acpi\\"}));
  EXPECT_FALSE(should_mask("/proc/acpi", Paths{"[:/proc/acpi"}));
  EXPECT_TRUE(should_mask("/proc/acpi", Paths{""}));
  EXPECT_TRUE(should_mask("/proc/acpi", std::nullopt));
}

TEST(ShouldMask, LinearInTheUnmaskSize) {
  const std::string huge(1 << 20, ':');
  EXPECT_TRUE(should_mask("/proc/acpi", Paths{huge}));
  EXPECT_TRUE(should_mask("/proc/acpi", Paths(100000, "/nope")));
}

}  // namespace
}  // namespace specconf::ref
