#include "reference/process/env.h"

#include <gtest/gtest.h>

#include "reference/core/error.h"
#include "reference/process/default_env.h"

namespace specconf::ref {
namespace {

using env::EnvMap;

const ServerEnv kServer({"HOME=/root", "LC_ALL=C", "LC_TIME=de", "http_proxy=p1", "NO_PROXY=np", "EMPTY="});

TEST(ParseSlice, KeyValueSplitsAtFirstEquals) {
  EXPECT_EQ(env::parse_slice({"A=b=c", "E="}, kServer), (EnvMap{{"A", "b=c"}, {"E", ""}}));
}

TEST(ParseSlice, BareNameCopiesServerValueWhenSet) {
  EXPECT_EQ(env::parse_slice({"HOME", "MISSING", "EMPTY"}, kServer), (EnvMap{{"HOME", "/root"}, {"EMPTY", ""}}));
}

TEST(ParseSlice, StarCopiesEveryServerVariableWithThePrefix) {
  EXPECT_EQ(env::parse_slice({"LC_*"}, kServer), (EnvMap{{"LC_ALL", "C"}, {"LC_TIME", "de"}}));
  EXPECT_EQ(env::parse_slice({"*"}, kServer).size(), 6u);
  EXPECT_TRUE(env::parse_slice({"ZZ*"}, kServer).empty());
}

TEST(ParseSlice, OnlyTheFrontOfTheNameIsTrimmed) {
  EXPECT_EQ(env::parse_slice({" \tA =1", " HOME"}, kServer), (EnvMap{{"A ", "1"}, {"HOME", "/root"}}));
  // A name of blanks only trims to "", which is kept as a key.
  EXPECT_EQ(env::parse_slice({" =x"}, kServer), (EnvMap{{"", "x"}}));
}

TEST(ParseSlice, EmptyNameFailsWithQuotedEntry) {
  try {
    env::parse_slice({"A=1", "=x\n"}, kServer);
    FAIL();
  } catch (const PodmanError& e) {
    EXPECT_EQ(e.message(), "invalid environment variable: \"=x\\n\"");
  }
  EXPECT_THROW(env::parse_slice({""}, kServer), PodmanError);
}

TEST(Join, OverrideWins) {
  EXPECT_EQ(env::join({{"A", "1"}, {"B", "2"}}, {{"B", "3"}, {"C", "4"}}),
            (EnvMap{{"A", "1"}, {"B", "3"}, {"C", "4"}}));
  EXPECT_EQ(env::join({}, {{"C", "4"}}), (EnvMap{{"C", "4"}}));
}

TEST(ToMap, MissingEqualsGivesEmptyValueAndLaterWins) {
  EXPECT_EQ(env::to_map({"A=1=2", "BARE", "A=3", "=v"}), (EnvMap{{"A", "3"}, {"BARE", ""}, {"", "v"}}));
}

TEST(DefaultEnvVariables, PathTermAndContainer) {
  EXPECT_EQ(env::default_env_variables(), (EnvMap{{"PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"},
                                                  {"TERM", "xterm"},
                                                  {"container", "podman"}}));
}

TEST(GetDefaultEnvEx, EnvHostGivesWholeEnvironThenConfEnv) {
  host::ContainersConf conf;
  conf.env = {"TERM=xterm"};
  const ServerEnv server({"A=1", "BARE"});
  EXPECT_EQ(get_default_env_ex(true, true, server, conf), (std::vector<std::string>{"A=1", "BARE", "TERM=xterm"}));
}

TEST(GetDefaultEnvEx, HttpProxyGivesSetProxyVariablesInListOrder) {
  host::ContainersConf conf;
  conf.env = {"TERM=xterm"};
  EXPECT_EQ(get_default_env_ex(false, true, kServer, conf),
            (std::vector<std::string>{"http_proxy=p1", "NO_PROXY=np", "TERM=xterm"}));
}

TEST(GetDefaultEnvEx, NeitherGivesConfEnvOnly) {
  host::ContainersConf conf;
  conf.env = {"X"};
  EXPECT_EQ(get_default_env_ex(false, false, kServer, conf), (std::vector<std::string>{"X"}));
}

}  // namespace
}  // namespace specconf::ref
