#include "reference/storage/host_syscalls.h"

#include <gtest/gtest.h>

#include "reference/storage/go_map.h"
#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

using testing::debian_root;

TEST(HostSyscalls, PathsGoWrongBeforeTheLookupLikeGoAndTheKernel) {
  const host::HostProfile h = debian_root();
  EXPECT_EQ(sys_stat(h, std::string("/dev\0x", 6)).errno_text, "invalid argument");
  EXPECT_EQ(sys_stat(h, "").errno_text, "no such file or directory");
  EXPECT_EQ(sys_stat(h, "/" + std::string(4095, 'a')).errno_text, "file name too long");
  EXPECT_EQ(sys_stat(h, "/" + std::string(4094, 'a')).errno_text, "no such file or directory");
}

TEST(HostSyscalls, RelativeAndUncleanPathsAreLookedUpLikeTheKernelDoes) {
  host::HostProfile h = debian_root();
  h.cwd = "/dev";
  EXPECT_TRUE(sys_stat(h, "null").ok());
  EXPECT_TRUE(sys_stat(h, "/dev//./null").ok());
  EXPECT_TRUE(sys_lstat(h, "../tmp").ok());
  EXPECT_EQ(sys_stat(h, "/dev/null/").errno_text, "not a directory");
  EXPECT_TRUE(sys_stat(h, "/tmp/").ok());
}

TEST(HostSyscalls, LstatSeesTheLinkAndStatItsTarget) {
  host::HostProfile h = debian_root();
  h.files["/l"] = testing::symlink_to("/dev/null");
  EXPECT_EQ(sys_lstat(h, "/l").fact->type, "symlink");
  EXPECT_EQ(sys_stat(h, "/l").fact->type, "char");
  EXPECT_EQ(sys_lstat(h, "/l/").errno_text, "not a directory");  // a trailing slash follows the link
  std::string err;
  EXPECT_EQ(sys_eval_symlinks(h, "/l", err), "/dev/null");
  EXPECT_EQ(sys_eval_symlinks(h, "/dev//null", err), "/dev/null");
  EXPECT_EQ(sys_eval_symlinks(h, "/nope", err), "");
  EXPECT_EQ(err, "no such file or directory");
}

TEST(HostSyscalls, StModeKeepsGivenTypeBitsElseDerivesThem) {
  host::FileFact f;
  f.type = "block";
  f.mode = 0660;
  EXPECT_EQ(st_mode(f), 060660u);
  f.mode = 020660;  // the profile's bits win
  EXPECT_EQ(st_mode(f), 020660u);
  f = host::FileFact{};
  f.type = "weird";
  f.mode = 0644;
  EXPECT_EQ(st_mode(f), 0644u);
}

TEST(InsertionOrderedMap, RangesInFirstInsertionOrder) {
  InsertionOrderedMap<int> m;
  m.set("b", 1);
  m.set("a", 2);
  m.set("b", 3);  // keeps its place
  m.set("c", 4);
  m.erase("a");
  m.set("a", 5);  // re-added at the end
  std::vector<std::pair<std::string, int>> seen;
  m.for_each([&](const std::string& k, int v) { seen.emplace_back(k, v); });
  EXPECT_EQ(seen, (std::vector<std::pair<std::string, int>>{{"b", 3}, {"c", 4}, {"a", 5}}));
  EXPECT_EQ(m.size(), 3u);
  EXPECT_EQ(*m.find("c"), 4);
  EXPECT_EQ(m.find("z"), nullptr);
}

}  // namespace
}  // namespace specconf::ref
