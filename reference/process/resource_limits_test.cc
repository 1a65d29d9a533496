#include "reference/process/resource_limits.h"

#include <gtest/gtest.h>

#include <limits>

#include "reference/process/test_hosts.h"

namespace specconf::ref {
namespace {

TEST(PidsLimit, RootGetsContainersConfValue) { EXPECT_EQ(pids_limit(testing::debian_root_v1()), 2048); }

TEST(PidsLimit, RootlessOnlyWithSystemdOnCgroupV2) {
  host::HostProfile h = testing::debian_rootless_v1();
  EXPECT_EQ(pids_limit(h), 0);  // cgroupfs
  h.cgroups.manager = "systemd";
  EXPECT_EQ(pids_limit(h), 0);  // cgroup v1
  h.cgroups.version = 2;
  EXPECT_EQ(pids_limit(h), 2048);
  h.cgroups.manager = "cgroupfs";
  EXPECT_EQ(pids_limit(h), 0);
}

TEST(InitResourceLimits, AddsDefaultPidsLimit) {
  specgen::SpecGenerator s;
  init_resource_limits(s, testing::debian_root_v1());
  ASSERT_TRUE(s.resource_limits && s.resource_limits->pids);
  EXPECT_EQ(s.resource_limits->pids->limit, 2048);
}

TEST(InitResourceLimits, KeepsUserPidsAndOtherLimits) {
  specgen::SpecGenerator s;
  s.resource_limits.emplace();
  s.resource_limits->pids = oci::LinuxPids{0};
  init_resource_limits(s, testing::debian_root_v1());
  EXPECT_EQ(s.resource_limits->pids->limit, 0);

  specgen::SpecGenerator m;
  m.resource_limits.emplace();
  m.resource_limits->memory.emplace();
  init_resource_limits(m, testing::debian_root_v1());
  EXPECT_TRUE(m.resource_limits->memory.has_value());
  EXPECT_EQ(m.resource_limits->pids->limit, 2048);
}

TEST(InitResourceLimits, DisabledCgroupsOrZeroLimitAddNothing) {
  specgen::SpecGenerator s;
  s.cgroups_mode = "disabled";
  init_resource_limits(s, testing::debian_root_v1());
  EXPECT_FALSE(s.resource_limits.has_value());

  specgen::SpecGenerator r;
  init_resource_limits(r, testing::debian_rootless_v1());
  EXPECT_FALSE(r.resource_limits.has_value());

  specgen::SpecGenerator e;
  e.resource_limits.emplace();
  init_resource_limits(e, testing::debian_rootless_v1());
  EXPECT_FALSE(e.resource_limits->pids.has_value());
}

TEST(LimitToSwap, PositiveLimitWithoutSwapGetsDoubleSwap) {
  specgen::SpecGenerator s;
  s.resource_limits.emplace();
  s.resource_limits->memory.emplace();
  s.resource_limits->memory->limit = 1000;
  limit_to_swap(s);
  EXPECT_EQ(s.resource_limits->memory->swap, 2000);
}

TEST(LimitToSwap, GivenSwapZeroLimitOrNoMemoryUntouched) {
  specgen::SpecGenerator s;
  s.resource_limits.emplace();
  s.resource_limits->memory.emplace();
  s.resource_limits->memory->limit = 1000;
  s.resource_limits->memory->swap = 0;
  limit_to_swap(s);
  EXPECT_EQ(s.resource_limits->memory->swap, 0);

  s.resource_limits->memory->limit = -5;
  s.resource_limits->memory->swap.reset();
  limit_to_swap(s);
  EXPECT_FALSE(s.resource_limits->memory->swap);

  s.resource_limits->memory->limit.reset();
  limit_to_swap(s);
  EXPECT_FALSE(s.resource_limits->memory->swap);
  EXPECT_FALSE(s.resource_limits->memory->limit);

  specgen::SpecGenerator none;
  limit_to_swap(none);
  EXPECT_FALSE(none.resource_limits.has_value());
}

TEST(LimitToSwap, DoubleWrapsLikeGoInt64) {
  specgen::SpecGenerator s;
  s.resource_limits.emplace();
  s.resource_limits->memory.emplace();
  s.resource_limits->memory->limit = std::numeric_limits<std::int64_t>::max();
  limit_to_swap(s);
  EXPECT_EQ(s.resource_limits->memory->swap, -2);
}

}  // namespace
}  // namespace specconf::ref
