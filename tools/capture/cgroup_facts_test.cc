#include "tools/capture/cgroup_facts.h"

#include <gtest/gtest.h>

namespace specconf::capture {
namespace {

TEST(CgroupV1Mounts, MapsEachSubsystemToItsFirstMount) {
  const std::string mountinfo =
      "31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755\n"
      "32 31 0:29 / /sys/fs/cgroup/cpu,cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct\n"
      "35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n"
      "40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,xattr,name=systemd\n"
      "41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw\n"
      "90 35 0:32 / /mnt/memory2 rw,relatime - cgroup cgroup rw,memory\n";
  const auto m = cgroup_v1_mounts(mountinfo);
  EXPECT_EQ(m.at("cpu"), "/sys/fs/cgroup/cpu,cpuacct");
  EXPECT_EQ(m.at("cpuacct"), "/sys/fs/cgroup/cpu,cpuacct");
  EXPECT_EQ(m.at("memory"), "/sys/fs/cgroup/memory");
  EXPECT_EQ(m.at("name=systemd"), "/sys/fs/cgroup/systemd");
  EXPECT_EQ(m.count("rw"), 0u);
  EXPECT_EQ(m.count("unified"), 0u);
}

TEST(SurveyCgroups, AgreesWithTheStatfsOfSysFsCgroup) {
  const CgroupSurvey s = survey_cgroups("/");
  EXPECT_TRUE(s.version == 1 || s.version == 2);
  if (s.version == 1 && s.v1.cpuset) {
    EXPECT_FALSE(s.cpus.empty());
  }
}

}  // namespace
}  // namespace specconf::capture
