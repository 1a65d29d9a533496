// Where the leading block of user mounts ends, case by case through podman's mount assembly
// (podman-semantics.md §2.2-2.7, §2.10 rootless device binds, §2.16 SupersedeUserMounts).
#include "tools/diff/mount_order.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "tools/diff/semantic_diff.h"
#include "tools/diff/test_util.h"

namespace specconf::diff {
namespace {

using testing::json;
using testing::mounts;

// The config mounts as they appear in stored specs.
const char* kProc = "/proc proc proc";
const char* kDev = "/dev tmpfs tmpfs";
const char* kPts = "/dev/pts devpts devpts";
const char* kMqueue = "/dev/mqueue mqueue mqueue";
const char* kSysfs = "/sys sysfs sysfs";
const char* kSysBind = "/sys bind /sys";
const char* kMqueueBind = "/dev/mqueue bind /dev/mqueue";
const char* kProcBind = "/proc bind /proc";
const char* kCgroup = "/sys/fs/cgroup cgroup cgroup";

struct Case {
  const char* name;
  std::vector<std::string> mounts;
  std::size_t user_mounts;
  // False only where a user mount has a config mount's exact (destination, type, source) and so
  // podman's own order decides which block it seems to be in (the documented ambiguity).
  bool order_free = true;
};

const Case kCases[] = {
    {"NoMountsAtAll", {}, 0},
    {"NoUserMounts", {kProc, kDev, kPts, kMqueue, kSysfs, kCgroup}, 0},
    {"PlainUserMounts", {"/c bind /src2", "/dev/shm tmpfs shm", "/a bind /src1", "/b tmpfs tmpfs", kProc, kDev, kPts,
                         kMqueue, kSysfs, kCgroup}, 4},
    {"UserShmIsAUserMount", {"/dev/shm tmpfs shm", kProc, kDev, kPts, kMqueue, kSysfs, kCgroup}, 1},
    {"UserMountReplacesProc", {"/proc bind /srv/proc", "/a bind /x", kDev, kPts, kMqueue, kSysfs, kCgroup}, 2},
    {"UserMountAtDevDropsEveryDefaultUnderDev", {"/dev bind /srv/dev", "/a bind /x", kProc, kSysfs, kCgroup}, 2},
    {"UserTmpfsAtDevWithProcStillInPlace", {"/a bind /x", kDev, kProc, kSysfs, kCgroup}, 2},
    {"UserMountReplacesSys", {"/sys bind /srv/sys", "/a bind /x", kProc, kDev, kPts, kMqueue, kCgroup}, 2},
    {"UserBindOfSysAtSysBeforeProc", {kSysBind, "/a bind /x", kProc, kDev, kPts, kMqueue, kCgroup}, 2},
    {"UserMountReplacesCgroup", {"/sys/fs/cgroup bind /srv/cg", "/a bind /x", kProc, kDev, kPts, kMqueue, kSysfs}, 2},
    {"PrivilegedSysfsReappended", {"/a bind /x", kProc, kDev, kPts, kMqueue, kSysfs, kCgroup}, 1},
    {"DevptsMovedToTheEnd", {"/a bind /x", kProc, kDev, kMqueue, kSysfs, kPts, kCgroup}, 1},
    {"UsernsHostLikeNoUserMounts", {kProc, kDev, kMqueue, kSysBind, kPts}, 0},
    {"UsernsProcAndMqueueBinds",
     {"/a bind /x", "/b bind /y", kDev, kSysBind, kPts, kMqueueBind, kProcBind}, 2},
    {"UsernsBindsWithCgroup", {"/a bind /x", kDev, kPts, kSysfs, kMqueueBind, kProcBind, kCgroup}, 1},
    {"RootlessDeviceBindsAfterCgroup",
     {"/a bind /x", "/b bind /y", kProc, kDev, kPts, kMqueue, kSysfs, kCgroup, "/dev/mynull bind /dev/null"}, 2},
    {"RootlessDeviceBindsWithoutCgroup",
     {"/a bind /x", kProc, kDev, kMqueue, kSysBind, kPts, "/dev/mynull bind /dev/null", "/dev/z bind /dev/zero"}, 1},
    {"EveryConfigMountSuperseded",
     {"/proc bind /p", "/dev bind /d", "/sys bind /s", "/sys/fs/cgroup bind /c", "/a bind /x"}, 5},
    {"ConfigShapedUserMountOutrankedByTheTail", {"/a bind /x", kProcBind, kDev, kPts, kMqueue, kSysfs, kCgroup}, 2},
    // The ambiguity: a user /proc of type proc from source proc, last in podman's random order, reads
    // as the default /proc leading the tail. Sound (it only shortens the block), but not order-free.
    {"UserProcLookalikeLastIsReadAsTail", {"/a bind /x", kProc, kDev, kPts, kMqueue, kSysfs, kCgroup}, 1, false},
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class LeadingUserMounts : public ::testing::TestWithParam<Case> {};

TEST_P(LeadingUserMounts, EndsWhereTheConfigTailBegins) {
  EXPECT_EQ(leading_user_mounts(mounts(GetParam().mounts)), GetParam().user_mounts);
}

// Every order podman may pick for the user block reads the same, and compares equal.
TEST_P(LeadingUserMounts, EveryOrderOfTheUserBlockMatches) {
  if (!GetParam().order_free) GTEST_SKIP() << "documented ambiguity";
  const json original = json{{"mounts", mounts(GetParam().mounts)}};
  const std::size_t k = GetParam().user_mounts;
  std::vector<std::size_t> perm(k);
  std::iota(perm.begin(), perm.end(), 0);
  do {
    json permuted = original;
    for (std::size_t i = 0; i < k; ++i) permuted["mounts"][i] = original["mounts"][perm[i]];
    EXPECT_EQ(leading_user_mounts(permuted["mounts"]), k);
    EXPECT_TRUE(compare_specs(original, permuted).empty());
  } while (std::next_permutation(perm.begin(), perm.end()));
}

// Any move other than within the user block is a difference: a user mount into or past the tail, a
// config mount into the user block or elsewhere in the tail.
TEST_P(LeadingUserMounts, EveryMoveOutsideTheUserBlockDiffers) {
  const json original = json{{"mounts", mounts(GetParam().mounts)}};
  const std::size_t n = original["mounts"].size();
  const std::size_t k = GetParam().user_mounts;
  for (std::size_t from = 0; from < n; ++from) {
    for (std::size_t to = 0; to < n; ++to) {
      if (to == from || (from < k && to < k)) continue;
      json moved = original;
      testing::move_item(moved["mounts"], from, to);
      EXPECT_FALSE(compare_specs(original, moved).empty()) << "from " << from << " to " << to;
      EXPECT_FALSE(compare_specs(moved, original).empty()) << "from " << from << " to " << to;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(PodmanMountAssembly, LeadingUserMounts, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(LeadingUserMountsInput, EntriesThatAreNotMountsAreNotConfigShaped) {
  json list = json::array({"x", json{{"destination", 5}}, json{{"destination", "/proc"}, {"type", "proc"}}});
  list.push_back(testing::mount(kCgroup));
  EXPECT_EQ(leading_user_mounts(list), 3u);
}

TEST(LeadingUserMountsInput, RealPodmanSpecsHaveTheirUserBlocks) {
  EXPECT_EQ(leading_user_mounts(testing::load_example("t1.json")["mounts"]), 0u);
  EXPECT_EQ(leading_user_mounts(testing::load_example("out_mounts.json")["mounts"]), 4u);
  EXPECT_EQ(leading_user_mounts(testing::load_example("out_usernshost.json")["mounts"]), 0u);
  EXPECT_EQ(leading_user_mounts(testing::load_example("out_priv.json")["mounts"]), 0u);
  EXPECT_EQ(leading_user_mounts(testing::load_example("out_imgtmpfs.json")["mounts"]), 1u);
  EXPECT_EQ(leading_user_mounts(testing::load_example("out_init.json")["mounts"]), 1u);
  EXPECT_EQ(leading_user_mounts(testing::load_example("out_misc.json")["mounts"]), 0u);  // procfs_opts
}

}  // namespace
}  // namespace specconf::diff
