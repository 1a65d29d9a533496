#include "reference/process/server_env.h"

#include <gtest/gtest.h>

namespace specconf::ref {
namespace {

TEST(ServerEnv, FirstEntryOfAKeyWinsAndLaterDuplicatesLeaveEnviron) {
  const ServerEnv env({"A=1", "B=2", "A=3", "", "BARE", "=v"});
  EXPECT_EQ(env.environ(), (std::vector<std::string>{"A=1", "B=2", "BARE", "=v"}));
  EXPECT_EQ(env.lookup("A"), "1");
}

TEST(ServerEnv, LookupNeverFindsEmptyOrBareNames) {
  const ServerEnv env({"BARE", "=v", "E="});
  EXPECT_EQ(env.lookup(""), std::nullopt);
  EXPECT_EQ(env.lookup("BARE"), std::nullopt);
  EXPECT_EQ(env.lookup("E"), "");
}

TEST(ServerEnv, PrefixListsKeyedEntriesOnly) {
  const ServerEnv env({"LC_ALL=C", "LC_X=y", "LANG=en", "LC_BARE"});
  using KV = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(env.with_prefix("LC_"), (KV{{"LC_ALL", "C"}, {"LC_X", "y"}}));
  EXPECT_EQ(env.with_prefix("").size(), 3u);
  EXPECT_TRUE(env.with_prefix("Z").empty());
}

}  // namespace
}  // namespace specconf::ref
