#include "tools/capture/proc_facts.h"

#include <gtest/gtest.h>

#include <limits>

namespace specconf::capture {
namespace {

TEST(CapNames, DecodesTheVmsBoundingSetWithoutSysResource) {
  const auto caps = cap_names(0x000001fffeffffffull, 40);
  EXPECT_EQ(caps.size(), 40u);
  EXPECT_EQ(std::count(caps.begin(), caps.end(), "CAP_SYS_RESOURCE"), 0);
  EXPECT_EQ(caps.front(), "CAP_AUDIT_CONTROL");  // sorted by name, as BoundingSet() returns them
  EXPECT_EQ(caps.back(), "CAP_WAKE_ALARM");
}

TEST(CapNames, StopsAtCapLastCapAndAtTheLastKnownCap) {
  EXPECT_EQ(cap_names(~0ull, 0), std::vector<std::string>{"CAP_CHOWN"});
  EXPECT_EQ(cap_names(~0ull, 63).size(), 41u);  // gocapability knows 0..40
  EXPECT_EQ(cap_names(1ull << 40, 39).size(), 0u);
}

TEST(StatusField, FindsTheNamedLine) {
  const std::string status = "Name:\tpodman\nUid:\t1001\t1001\t1001\t1001\nCapBnd:\t000001fffeffffff\n";
  EXPECT_EQ(status_field(status, "CapBnd"), "000001fffeffffff");
  EXPECT_EQ(status_field(status, "Uid"), "1001\t1001\t1001\t1001");
  EXPECT_EQ(status_field(status, "Gid"), "");
}

TEST(ParseLimit, ReadsSoftHardAndUnlimited) {
  const std::string limits =
      "Limit                     Soft Limit           Hard Limit           Units     \n"
      "Max processes             32768                32768                processes \n"
      "Max open files            20000                20000                files     \n"
      "Max locked memory         unlimited            unlimited            bytes     \n";
  host::Rlimit r;
  ASSERT_EQ(parse_limit(limits, "Max open files", r), "");
  EXPECT_EQ(r.soft, 20000u);
  EXPECT_EQ(r.hard, 20000u);
  ASSERT_EQ(parse_limit(limits, "Max locked memory", r), "");
  EXPECT_EQ(r.soft, std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(parse_limit(limits, "Max nice priority", r), "limits: no row \"Max nice priority\"");
}

TEST(IdMapTotal, AddsTheRangeSizes) {
  EXPECT_EQ(id_map_total("         0       1002          1\n         1     300000          3\n"), 4u);
  EXPECT_EQ(id_map_total("         0          0 4294967295\n"), 4294967295u);
  EXPECT_EQ(id_map_total(""), 0u);
}

TEST(Environ, SplitsAndLooksUp) {
  const auto env = split_environ(std::string("HOME=/root\0USER=root\0EMPTY=\0", 27));
  EXPECT_EQ(env, (std::vector<std::string>{"HOME=/root", "USER=root", "EMPTY="}));
  EXPECT_EQ(env_value(env, "USER"), "root");
  EXPECT_EQ(env_value(env, "EMPTY"), "");
  EXPECT_EQ(env_value(env, "USE"), std::nullopt);
}

TEST(UnifiedCgroupPath, TakesTheZeroLine) {
  EXPECT_EQ(unified_cgroup_path("9:name=systemd:/\n0::/specconf-root-cgroupv2\n"), "/specconf-root-cgroupv2");
  EXPECT_EQ(unified_cgroup_path("4:memory:/x\n"), "");
}

TEST(SubidRanges, MatchesTheUserByNameOrUid) {
  const std::string file = "specconf:100000:65536\nspecconf3:300000:3\n1003:400000:4\nbroken\n";
  EXPECT_EQ(subid_ranges(file, "specconf3", 1002).size(), 1u);
  EXPECT_EQ(subid_ranges(file, "specconf3", 1002)[0].start, 300000u);
  EXPECT_EQ(subid_ranges(file, "specconf4", 1003)[0].count, 4u);
  EXPECT_TRUE(subid_ranges(file, "nobody", 65534).empty());
}

TEST(ContainersCommonVersion, ReadsTheVersionOutOfGosStringTable) {
  EXPECT_EQ(containers_common_version("xxcontainers-default-containers=externalcontainers-default-0.50.1containers-eph"),
            "0.50.1");
  EXPECT_EQ(containers_common_version("containers-default-0.50.2-devfoo"), "0.50.2-dev");
  EXPECT_EQ(containers_common_version("containers-default-1.2"), "");
}

TEST(DefaultProcessLimits, FollowsWhichSetrlimitWorked) {
  EXPECT_EQ(default_process_limits({32768, 32768}, 32768), std::vector<std::string>{"nproc=32768:32768"});
  EXPECT_EQ(default_process_limits({1048576, 1048576}, 32768), std::vector<std::string>{"nproc=1048576:1048576"});
  EXPECT_TRUE(default_process_limits({1024, 94000}, 32768).empty());
}

TEST(SeccompArch, NamesLibseccompsArch) {
  EXPECT_EQ(seccomp_arch_for_machine("x86_64"), "amd64");
  EXPECT_EQ(seccomp_arch_for_machine("aarch64"), "arm64");
}

}  // namespace
}  // namespace specconf::capture
