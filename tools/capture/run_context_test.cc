#include "tools/capture/run_context.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>

#include "tools/capture/atomic_file.h"
#include "tools/capture/test_scratch.h"

namespace specconf::capture {
namespace {

// A directory that looks like a checkout to parse_common_options.
std::string fake_checkout() {
  const std::string dir = scratch_dir("run_context_test");
  EXPECT_EQ(write_file_atomically(dir + "/WORKSPACE", ""), "");
  EXPECT_EQ(write_file_atomically(dir + "/tools/capture/podman-profile.sh", ""), "");
  return dir;
}

TEST(ParseCommonOptions, DefaultsToEveryProfileAndTheCheckoutsDirectories) {
  const std::string repo = fake_checkout();
  CommonOptions o;
  ASSERT_EQ(parse_common_options({"--repo", repo}, true, o), "");
  EXPECT_EQ(o.profiles.size(), 6u);
  EXPECT_EQ(o.corpus_dir, repo + "/corpus");
  EXPECT_EQ(o.golden_dir, repo + "/golden");
  EXPECT_FALSE(o.update);
}

TEST(ParseCommonOptions, TakesBothFlagForms) {
  const std::string repo = fake_checkout();
  CommonOptions o;
  ASSERT_EQ(parse_common_options({"--repo=" + repo, "--profiles=rootless-4gids", "--cases", "a,b", "--update",
                                  "--golden", "/g", "--corpus=/c"},
                                 true, o),
            "");
  EXPECT_EQ(o.profiles, std::vector<std::string>{"rootless-4gids"});
  EXPECT_EQ(o.cases, (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(o.update);
  EXPECT_EQ(o.golden_dir, "/g");
  EXPECT_EQ(o.corpus_dir, "/c");
}

TEST(ParseCommonOptions, MakesRelativePathsAbsolute) {
  const std::string repo = fake_checkout();
  char cwd[4096];
  ASSERT_NE(getcwd(cwd, sizeof cwd), nullptr);
  CommonOptions o;
  ASSERT_EQ(parse_common_options({"--repo", repo, "--golden", "out/g"}, false, o), "");
  EXPECT_EQ(o.golden_dir, std::string(cwd) + "/out/g");
}

TEST(ParseCommonOptions, RefusesWhatDoesNotBelong) {
  const std::string repo = fake_checkout();
  CommonOptions o;
  EXPECT_EQ(parse_common_options({"--repo", repo, "--update"}, false, o), "unknown argument \"--update\"");
  EXPECT_EQ(parse_common_options({"--repo", repo, "--cases", "a"}, false, o), "unknown argument \"--cases\"");
  EXPECT_EQ(parse_common_options({"--repo", repo, "--profiles"}, true, o), "--profiles needs a value");
  EXPECT_EQ(parse_common_options({"--repo", repo, "--profiles", "x"}, true, o).rfind("--profiles: unknown profile", 0), 0u);
  EXPECT_EQ(parse_common_options({"--repo", "/nonexistent"}, true, o),
            "cannot find the specconf checkout: run from it or pass --repo DIR");
}

TEST(UtcDate, IsIsoDate) {
  const std::string d = utc_date();
  ASSERT_EQ(d.size(), 10u);
  EXPECT_EQ(d[4], '-');
  EXPECT_EQ(d[7], '-');
}

}  // namespace
}  // namespace specconf::capture
