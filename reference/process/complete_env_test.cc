#include "reference/process/complete_env.h"

#include <gtest/gtest.h>

#include "reference/core/error.h"
#include "reference/process/shell_word.h"
#include "reference/process/test_hosts.h"

namespace specconf::ref {
namespace {

using Env = std::map<std::string, std::string>;
const std::string kPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

std::string error_of(specgen::SpecGenerator& s, const host::Image* image, const host::HostProfile& h) {
  try {
    complete_env(s, image, h);
  } catch (const PodmanError& e) {
    return e.message();
  }
  return "";
}

TEST(CompleteEnv, RootfsGetsContainersConfEnvWithoutContainerPodman) {
  specgen::SpecGenerator s;
  complete_env(s, nullptr, testing::debian_root_v1());
  EXPECT_EQ(s.env, (Env{{"PATH", kPath}, {"TERM", "xterm"}}));
}

TEST(CompleteEnv, ImageEnvOverConfEnvUnderDefaults) {
  specgen::SpecGenerator s;
  host::HostProfile h = testing::debian_root_v1();
  h.containers_conf.env = {"TERM=vt100", "CONF=1"};
  host::Image img = testing::test_image();
  img.config.env = {"FOO=bar", "CONF=2"};
  complete_env(s, &img, h);
  // Join(DefaultEnvVariables, Join(conf, image)): the later map wins.
  EXPECT_EQ(s.env, (Env{{"PATH", kPath}, {"TERM", "vt100"}, {"container", "podman"}, {"FOO", "bar"}, {"CONF", "2"}}));
}

TEST(CompleteEnv, UserEnvWinsOverEverything) {
  specgen::SpecGenerator s;
  s.env = Env{{"PATH", "/x"}, {"NEW", ""}};
  const host::Image img = testing::test_image();
  complete_env(s, &img, testing::debian_root_v1());
  EXPECT_EQ(s.env, (Env{{"PATH", "/x"}, {"TERM", "xterm"}, {"container", "podman"}, {"FOO", "bar"}, {"NEW", ""}}));
}

TEST(CompleteEnv, BareAndStarNamesResolveAgainstServerEnv) {
  specgen::SpecGenerator s;
  host::HostProfile h = testing::debian_root_v1();
  h.containers_conf.env = {"HOME", "LA*", "NOPE"};
  host::Image img = testing::test_image();
  img.config.env = {"no_*"};
  complete_env(s, &img, h);
  EXPECT_EQ(s.env, (Env{{"PATH", kPath}, {"TERM", "xterm"}, {"container", "podman"}, {"HOME", "/root"},
                        {"LANG", "C.UTF-8"}}));
}

TEST(CompleteEnv, BadConfEnvIsWrapped) {
  specgen::SpecGenerator s;
  host::HostProfile h = testing::debian_root_v1();
  h.containers_conf.env = {"=x"};
  EXPECT_EQ(error_of(s, nullptr, h), "parsing fields in containers.conf: invalid environment variable: \"=x\"");
}

TEST(CompleteEnv, BadServerEnvFailsOnlyWithEnvHost) {
  host::HostProfile h = testing::debian_root_v1();
  h.environment.push_back("=weird");
  specgen::SpecGenerator plain;
  EXPECT_EQ(error_of(plain, nullptr, h), "");
  specgen::SpecGenerator s;
  s.env_host = true;
  EXPECT_EQ(error_of(s, nullptr, h), "parsing fields in containers.conf: invalid environment variable: \"=weird\"");
}

TEST(CompleteEnv, BadImageEnvIsWrapped) {
  specgen::SpecGenerator s;
  host::Image img = testing::test_image();
  img.config.env = {"=\xFF"};
  EXPECT_EQ(error_of(s, &img, testing::debian_root_v1()),
            "env fields from image failed to parse: invalid environment variable: \"=\\xff\"");
}

TEST(CompleteEnv, EnvMergeExpandsAndAssignsOnlyExistingKeys) {
  specgen::SpecGenerator s;
  s.env_merge = {"PATH=${PATH}:/extra", "NEWKEY=1", "TERM=a=b", "FOO=$container"};
  const host::Image img = testing::test_image();
  complete_env(s, &img, testing::debian_root_v1());
  EXPECT_EQ(s.env, (Env{{"PATH", kPath + ":/extra"}, {"TERM", "a"}, {"container", "podman"}, {"FOO", "podman"}}));
}

TEST(CompleteEnv, EnvMergeSeesEarlierMerges) {
  specgen::SpecGenerator s;
  s.env_merge = {"TERM=$TERM-1", "TERM=$TERM-2"};
  complete_env(s, nullptr, testing::debian_root_v1());
  EXPECT_EQ((*s.env)["TERM"], "xterm-1-2");
}

TEST(CompleteEnv, EnvMergeExpansionErrorIsWrapped) {
  specgen::SpecGenerator s;
  s.env_merge = {"TERM=${TERM"};
  EXPECT_EQ(error_of(s, nullptr, testing::debian_root_v1()),
            "unable to process variables for --env-merge TERM=${TERM: Missing ':' in substitution: TERM=${TERM");
}

TEST(CompleteEnv, EnvMergeWithoutEqualsOnExistingKeyIsGosIndexPanic) {
  specgen::SpecGenerator s;
  s.env_merge = {"NOSUCH", "TERM"};
  EXPECT_EQ(error_of(s, nullptr, testing::debian_root_v1()), "runtime error: index out of range [1] with length 1");
}

TEST(CompleteEnv, EnvMergeDoublingStopsAtTheBudget) {
  specgen::SpecGenerator s;
  s.env_merge.assign(40, "TERM=$TERM$TERM");
  const std::string err = error_of(s, nullptr, testing::debian_root_v1());
  EXPECT_NE(err.find(kExpansionBudgetError), std::string::npos) << err;
}

TEST(CompleteEnv, UnsetEnvRemovesImageAndDefaultKeys) {
  specgen::SpecGenerator s;
  s.env = Env{{"PATH", "/x"}};
  s.unset_env = {"TERM", "NOT_THERE"};
  const host::Image img = testing::test_image();
  complete_env(s, &img, testing::debian_root_v1());
  EXPECT_EQ(s.env, (Env{{"PATH", "/x"}, {"container", "podman"}, {"FOO", "bar"}}));  // out_imgtmpfs
}

TEST(CompleteEnv, UnsetEnvAllLeavesOnlyUserEnv) {
  specgen::SpecGenerator s;
  s.unset_env_all = true;
  s.env = Env{{"A", "1"}};
  const host::Image img = testing::test_image();
  complete_env(s, &img, testing::debian_root_v1());
  EXPECT_EQ(s.env, (Env{{"A", "1"}}));
}

TEST(CompleteEnv, UnsetEnvAllWithoutUserEnvKeepsEnvUnset) {
  specgen::SpecGenerator s;
  s.unset_env_all = true;
  complete_env(s, nullptr, testing::debian_root_v1());
  EXPECT_FALSE(s.env.has_value());
  specgen::SpecGenerator empty;
  empty.unset_env_all = true;
  empty.env = Env{};
  complete_env(empty, nullptr, testing::debian_root_v1());
  EXPECT_EQ(empty.env, Env{});
}

TEST(CompleteEnv, EnvHostAddsServerEnvAgainAfterUnsetEnvAll) {
  specgen::SpecGenerator s;
  s.env_host = true;
  s.unset_env_all = true;
  s.env = Env{{"HOME", "/home/u"}};
  host::HostProfile h = testing::debian_root_v1();
  h.environment.push_back("BARE");
  complete_env(s, nullptr, h);
  // The second pass uses envLib.Map, where an entry without '=' is a key with an empty value.
  EXPECT_EQ(s.env, (Env{{"PATH", "/usr/sbin:/usr/bin"}, {"HOME", "/home/u"}, {"LANG", "C.UTF-8"},
                        {"http_proxy", "http://proxy:3128"}, {"NO_PROXY", "localhost"}, {"BARE", ""}}));
}

TEST(CompleteEnv, EnvHostOverridesImageEnv) {
  specgen::SpecGenerator s;
  s.env_host = true;
  const host::Image img = testing::test_image();
  complete_env(s, &img, testing::debian_root_v1());
  EXPECT_EQ((*s.env)["PATH"], "/usr/sbin:/usr/bin");
  EXPECT_EQ((*s.env)["container"], "podman");
}

TEST(CompleteEnv, HttpProxyAddsServerProxyVariablesAfterUnsetenv) {
  specgen::SpecGenerator s;
  s.http_proxy = true;
  s.unset_env_all = true;
  complete_env(s, nullptr, testing::debian_root_v1());
  EXPECT_EQ(s.env, (Env{{"http_proxy", "http://proxy:3128"}, {"NO_PROXY", "localhost"}}));
}

TEST(CompleteEnv, EnvHostWinsOverHttpProxy) {
  specgen::SpecGenerator s;
  s.env_host = true;
  s.http_proxy = true;
  complete_env(s, nullptr, testing::debian_root_v1());
  EXPECT_EQ((*s.env)["HOME"], "/root");
}

}  // namespace
}  // namespace specconf::ref
