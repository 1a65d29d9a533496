#include "reference/process/verify_resources.h"

#include <gtest/gtest.h>

#include "reference/core/error.h"
#include "reference/process/test_hosts.h"

namespace specconf::ref {
namespace {

using Warnings = std::vector<std::string>;

struct Result {
  Warnings warnings;
  std::string error;
};

Result run(specgen::SpecGenerator& s, const host::HostProfile& h) {
  Result r;
  try {
    r.warnings = verify_container_resources(s, h);
  } catch (const PodmanError& e) {
    r.error = e.message();
  }
  return r;
}

specgen::SpecGenerator with(const oci::LinuxResources& r) {
  specgen::SpecGenerator s;
  s.resource_limits = r;
  return s;
}

oci::LinuxResources memory(std::optional<std::int64_t> limit, std::optional<std::int64_t> swap) {
  oci::LinuxResources r;
  r.memory.emplace();
  r.memory->limit = limit;
  r.memory->swap = swap;
  return r;
}

TEST(VerifyResourcesV1, NothingToCheckWithoutLimits) {
  specgen::SpecGenerator s;
  EXPECT_TRUE(run(s, testing::debian_root_v1()).warnings.empty());
}

TEST(VerifyResourcesV1, RootlessDropsAllLimitsWithWarning) {
  specgen::SpecGenerator s = with(memory(100, 50));  // would be an error as root
  const Result r = run(s, testing::debian_rootless_v1());
  EXPECT_EQ(r.warnings, Warnings{"Resource limits are not supported and ignored on cgroups V1 rootless systems"});
  EXPECT_FALSE(s.resource_limits.has_value());
}

TEST(VerifyResourcesV1, UnifiedNeedsCgroupV2) {
  oci::LinuxResources res;
  res.unified.emplace();
  specgen::SpecGenerator s = with(res);
  EXPECT_EQ(run(s, testing::debian_root_v1()).error, "cannot use --cgroup-conf without cgroup v2");
}

TEST(VerifyResourcesV1, MemoryLimitUnsupportedDropsLimitAndSwap) {
  host::HostProfile h = testing::debian_root_v1();
  h.cgroups.v1.memory_limit = false;
  specgen::SpecGenerator s = with(memory(100, 200));
  const Result r = run(s, h);
  EXPECT_EQ(r.warnings, Warnings{"Your kernel does not support memory limit capabilities or the cgroup is not mounted. Limitation discarded."});
  EXPECT_FALSE(s.resource_limits->memory->limit);
  EXPECT_FALSE(s.resource_limits->memory->swap);
}

TEST(VerifyResourcesV1, SwapUnsupportedDropsSwapOnly) {
  host::HostProfile h = testing::debian_root_v1();
  h.cgroups.v1.swap_limit = false;
  specgen::SpecGenerator s = with(memory(100, 50));  // the swap < limit error no longer applies
  const Result r = run(s, h);
  EXPECT_EQ(r.error, "");
  EXPECT_EQ(r.warnings, Warnings{"Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap."});
  EXPECT_EQ(s.resource_limits->memory->limit, 100);
}

TEST(VerifyResourcesV1, SwapBelowLimitAndSwapWithoutLimitAreErrors) {
  specgen::SpecGenerator a = with(memory(100, 50));
  EXPECT_EQ(run(a, testing::debian_root_v1()).error, "minimum memoryswap limit should be larger than memory limit, see usage");
  specgen::SpecGenerator b = with(memory(100, -1));  // -1 (unlimited) is still "less" than the limit
  EXPECT_EQ(run(b, testing::debian_root_v1()).error, "minimum memoryswap limit should be larger than memory limit, see usage");
  specgen::SpecGenerator c = with(memory(std::nullopt, 50));
  EXPECT_EQ(run(c, testing::debian_root_v1()).error, "you should always set a memory limit when using a memoryswap limit, see usage");
  specgen::SpecGenerator d = with(memory(100, 100));
  EXPECT_EQ(run(d, testing::debian_root_v1()).error, "");
}

TEST(VerifyResourcesV1, SwappinessRangeAndSupport) {
  oci::LinuxResources res = memory(std::nullopt, std::nullopt);
  res.memory->swappiness = 101;
  specgen::SpecGenerator a = with(res);
  EXPECT_EQ(run(a, testing::debian_root_v1()).error, "invalid value: 101, valid memory swappiness range is 0-100");
  host::HostProfile h = testing::debian_root_v1();
  h.cgroups.v1.memory_swappiness = false;
  specgen::SpecGenerator b = with(res);
  EXPECT_EQ(run(b, h).warnings, Warnings{"Your kernel does not support memory swappiness capabilities, or the cgroup is not mounted. Memory swappiness discarded."});
  EXPECT_FALSE(b.resource_limits->memory->swappiness);
}

TEST(VerifyResourcesV1, ReservationAndOomKillDisable) {
  oci::LinuxResources res = memory(100, std::nullopt);
  res.memory->reservation = 200;
  specgen::SpecGenerator a = with(res);
  EXPECT_EQ(run(a, testing::debian_root_v1()).error, "minimum memory limit cannot be less than memory reservation limit, see usage");

  host::HostProfile h = testing::debian_root_v1();
  h.cgroups.v1.memory_reservation = false;
  h.cgroups.v1.oom_kill_disable = false;
  res.memory->disable_oom_killer = true;
  specgen::SpecGenerator b = with(res);
  EXPECT_EQ(run(b, h).warnings,
            (Warnings{"Your kernel does not support memory soft limit capabilities or the cgroup is not mounted. Limitation discarded.",
                      "Your kernel does not support OomKillDisable. OomKillDisable discarded."}));
  res.memory->disable_oom_killer = false;  // false is not checked
  specgen::SpecGenerator c = with(res);
  EXPECT_EQ(run(c, h).warnings.size(), 1u);
}

TEST(VerifyResourcesV1, PidsDroppedWhenUnsupportedUnlessNegative) {
  host::HostProfile h = testing::debian_root_v1();
  h.cgroups.v1.pids_limit = false;
  oci::LinuxResources res;
  res.pids = oci::LinuxPids{0};
  specgen::SpecGenerator a = with(res);
  EXPECT_EQ(run(a, h).warnings, Warnings{"Your kernel does not support pids limit capabilities or the cgroup is not mounted. PIDs limit discarded."});
  EXPECT_FALSE(a.resource_limits->pids);
  res.pids = oci::LinuxPids{-1};
  specgen::SpecGenerator b = with(res);
  EXPECT_TRUE(run(b, h).warnings.empty());
  EXPECT_TRUE(b.resource_limits->pids);
}

TEST(VerifyResourcesV1, CpuPeriodQuotaAndShares) {
  oci::LinuxResources res;
  res.cpu.emplace();
  res.cpu->period = 999;
  specgen::SpecGenerator a = with(res);
  EXPECT_EQ(run(a, testing::debian_root_v1()).error, "CPU cfs period cannot be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)");
  res.cpu->period = 1000001;
  specgen::SpecGenerator b = with(res);
  EXPECT_NE(run(b, testing::debian_root_v1()).error, "");
  res.cpu->period.reset();
  res.cpu->quota = 999;
  specgen::SpecGenerator c = with(res);
  EXPECT_EQ(run(c, testing::debian_root_v1()).error, "CPU cfs quota cannot be less than 1ms (i.e. 1000)");

  host::HostProfile h = testing::debian_root_v1();
  h.cgroups.v1.cpu_shares = false;
  h.cgroups.v1.cpu_cfs_period = false;
  h.cgroups.v1.cpu_cfs_quota = false;
  res.cpu->shares = 2;
  res.cpu->period = 5;
  specgen::SpecGenerator d = with(res);
  EXPECT_EQ(run(d, h).warnings,
            (Warnings{"Your kernel does not support CPU shares or the cgroup is not mounted. Shares discarded.",
                      "Your kernel does not support CPU cfs period or the cgroup is not mounted. Period discarded.",
                      "Your kernel does not support CPU cfs quota or the cgroup is not mounted. Quota discarded."}));
}

TEST(VerifyResourcesV1, CpusetAvailabilityAndErrors) {
  oci::LinuxResources res;
  res.cpu.emplace();
  res.cpu->cpus = "0-1";
  res.cpu->mems = "0";
  specgen::SpecGenerator ok = with(res);
  EXPECT_EQ(run(ok, testing::debian_root_v1()).error, "");

  res.cpu->cpus = "0-3";
  specgen::SpecGenerator a = with(res);
  EXPECT_EQ(run(a, testing::debian_root_v1()).error, "requested CPUs are not available - requested 0-3, available: 0-1");
  res.cpu->cpus = "a";
  specgen::SpecGenerator b = with(res);
  EXPECT_EQ(run(b, testing::debian_root_v1()).error, "invalid value a for cpuset cpus");
  res.cpu->cpus = "";
  res.cpu->mems = "1";
  specgen::SpecGenerator c = with(res);
  EXPECT_EQ(run(c, testing::debian_root_v1()).error, "requested memory nodes are not available - requested 1, available: 0");
  res.cpu->mems = "0,";
  specgen::SpecGenerator d = with(res);
  EXPECT_EQ(run(d, testing::debian_root_v1()).error, "invalid value 0, for cpuset mems");
}

TEST(VerifyResourcesV1, CpusetUnsupportedClearsBothLists) {
  host::HostProfile h = testing::debian_root_v1();
  h.cgroups.v1.cpuset = false;
  h.cgroups.cpus.clear();
  h.cgroups.mems.clear();
  oci::LinuxResources res;
  res.cpu.emplace();
  res.cpu->mems = "7";
  specgen::SpecGenerator s = with(res);
  EXPECT_EQ(run(s, h).warnings, Warnings{"Your kernel does not support cpuset or the cgroup is not mounted. CPUset discarded."});
  EXPECT_EQ(s.resource_limits->cpu->mems, "");
}

TEST(VerifyResourcesV1, UnparsableHostCpusetRejectsEvenAnEmptyRequest) {
  host::HostProfile h = testing::debian_root_v1();
  h.cgroups.cpus = "garbage";
  oci::LinuxResources res;
  res.cpu.emplace();
  specgen::SpecGenerator s = with(res);
  EXPECT_EQ(run(s, h).error, "invalid value  for cpuset cpus");
}

TEST(VerifyResourcesV1, BlkioWeightRangeAndUnsupportedLists) {
  oci::LinuxResources res;
  res.block_io.emplace();
  res.block_io->weight = 9;
  specgen::SpecGenerator a = with(res);
  EXPECT_EQ(run(a, testing::debian_root_v1()).error, "range of blkio weight is from 10 to 1000");
  res.block_io->weight = 1001;
  specgen::SpecGenerator b = with(res);
  EXPECT_EQ(run(b, testing::debian_root_v1()).error, "range of blkio weight is from 10 to 1000");

  host::HostProfile h = testing::debian_root_v1();
  host::CgroupV1Info& v1 = h.cgroups.v1;
  v1.blkio_weight = v1.blkio_weight_device = v1.blkio_read_bps_device = v1.blkio_write_bps_device =
      v1.blkio_read_iops_device = v1.blkio_write_iops_device = false;
  oci::LinuxBlockIO& io = *res.block_io;
  io.weight_device = {oci::LinuxWeightDevice{8, 0, 100, std::nullopt}};
  io.throttle_read_bps_device = io.throttle_write_bps_device = io.throttle_read_iops_device =
      io.throttle_write_iops_device = {oci::LinuxThrottleDevice{8, 0, 1}};
  specgen::SpecGenerator c = with(res);
  EXPECT_EQ(run(c, h).warnings,
            (Warnings{"Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.",
                      "Your kernel does not support Block I/O weight_device or the cgroup is not mounted. Weight-device discarded.",
                      "Your kernel does not support BPS Block I/O read limit or the cgroup is not mounted. Block I/O BPS read limit discarded",
                      "Your kernel does not support BPS Block I/O write limit or the cgroup is not mounted. Block I/O BPS write limit discarded.",
                      "Your kernel does not support IOPS Block read limit or the cgroup is not mounted. Block I/O IOPS read limit discarded.",
                      "Your kernel does not support IOPS Block I/O write limit or the cgroup is not mounted. Block I/O IOPS write limit discarded."}));
  const oci::LinuxBlockIO& out = *c.resource_limits->block_io;
  EXPECT_FALSE(out.weight);
  EXPECT_TRUE(out.weight_device.empty() && out.throttle_read_bps_device.empty() && out.throttle_write_bps_device.empty() &&
              out.throttle_read_iops_device.empty() && out.throttle_write_iops_device.empty());
}

TEST(VerifyResourcesV1, LaterErrorReplacesEarlierWarnings) {
  host::HostProfile h = testing::debian_root_v1();
  h.cgroups.v1.memory_limit = false;
  oci::LinuxResources res = memory(100, std::nullopt);
  res.cpu.emplace();
  res.cpu->quota = 1;
  specgen::SpecGenerator s = with(res);
  EXPECT_EQ(run(s, h).error, "CPU cfs quota cannot be less than 1ms (i.e. 1000)");
}

TEST(VerifyResourcesV2, SwapDroppedWhenOwnCgroupHasNoSwapMax) {
  host::HostProfile h = testing::debian_root_v2();
  h.cgroups.own_memory_swap_max = false;
  specgen::SpecGenerator s = with(memory(100, 50));  // no v1 swap checks on v2
  const Result r = run(s, h);
  EXPECT_EQ(r.warnings, Warnings{"Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap."});
  EXPECT_FALSE(s.resource_limits->memory->swap);
}

TEST(VerifyResourcesV2, SwapKeptWhenBothOrNeitherFileExists) {
  host::HostProfile h = testing::debian_root_v2();
  specgen::SpecGenerator a = with(memory(100, 50));
  EXPECT_TRUE(run(a, h).warnings.empty());
  h.cgroups.own_memory_max = false;
  h.cgroups.own_memory_swap_max = false;
  specgen::SpecGenerator b = with(memory(std::nullopt, 50));
  EXPECT_TRUE(run(b, h).warnings.empty());
  EXPECT_EQ(b.resource_limits->memory->swap, 50);
}

TEST(VerifyResourcesV2, RealtimeDroppedWithWarnings) {
  oci::LinuxResources res;
  res.cpu.emplace();
  res.cpu->realtime_period = 1;
  res.cpu->realtime_runtime = 2;
  res.cpu->quota = 1;  // not checked on v2
  specgen::SpecGenerator s = with(res);
  const Result r = run(s, testing::debian_root_v2());
  EXPECT_EQ(r.warnings, (Warnings{"Realtime period not supported on cgroups V2 systems",
                                  "Realtime runtime not supported on cgroups V2 systems"}));
  EXPECT_FALSE(s.resource_limits->cpu->realtime_period);
  EXPECT_FALSE(s.resource_limits->cpu->realtime_runtime);
  EXPECT_EQ(s.resource_limits->cpu->quota, 1);
}

TEST(VerifyResourcesV2, RootlessKeepsLimitsAndUnified) {
  host::HostProfile h = testing::debian_root_v2();
  h.identity.rootless = true;
  oci::LinuxResources res;
  res.unified.emplace();
  specgen::SpecGenerator s = with(res);
  EXPECT_EQ(run(s, h).error, "");
  EXPECT_TRUE(s.resource_limits.has_value());
}

}  // namespace
}  // namespace specconf::ref
