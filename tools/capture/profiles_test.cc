#include "tools/capture/profiles.h"

#include <gtest/gtest.h>

namespace specconf::capture {
namespace {

TEST(ParseProfileList, AcceptsKnownNamesOnceEach) {
  std::vector<std::string> out;
  ASSERT_EQ(parse_profile_list("rootless-3gids,root-cgroupv1,rootless-3gids,", out), "");
  EXPECT_EQ(out, (std::vector<std::string>{"rootless-3gids", "root-cgroupv1"}));
  EXPECT_EQ(parse_profile_list("root", out).rfind("unknown profile \"root\" (known: root-cgroupv1, ", 0), 0u);
  EXPECT_EQ(parse_profile_list(",", out), "no profile given");
}

TEST(ParseProfileInfo, ReadsDescribeOutput) {
  ProfileInfo p;
  ASSERT_EQ(parse_profile_info("profile=rootless-3gids\nuser=specconf3\nuid=1002\ngid=1002\nhome=/home/specconf3\n"
                               "cgroup_version=1\ndir=/d\nsocket=/d/podman.sock\ndb=/d/root/libpod/bolt_state.db\n"
                               "xdg_runtime_dir=/d/xdg\nservice_pid=\n",
                               p),
            "");
  EXPECT_EQ(p.uid, 1002u);
  EXPECT_EQ(p.service_pid, 0);
  EXPECT_EQ(p.db, "/d/root/libpod/bolt_state.db");
  EXPECT_EQ(parse_profile_info("profile=x\n", p), "podman-profile.sh describe: no user");
}

TEST(ProfileScript, ReportsAFailingScript) {
  const ProfileScript script("/nonexistent/podman-profile.sh");
  EXPECT_EQ(script.stop("root-cgroupv1"),
            "podman-profile.sh stop root-cgroupv1: exec /nonexistent/podman-profile.sh: No such file or directory");
}

}  // namespace
}  // namespace specconf::capture
