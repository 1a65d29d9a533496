#include "tools/capture/corpus.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "tools/capture/atomic_file.h"
#include "tools/capture/test_scratch.h"

namespace specconf::capture {
namespace {

const char* kSeed = "tools/capture/testdata/seed_corpus";

std::string scratch_corpus() {
  return scratch_dir("corpus_test");
}

TEST(LoadCorpus, ReadsTheSeedCorpus) {
  Corpus c;
  ASSERT_EQ(load_corpus(kSeed, c), "");
  EXPECT_EQ(c.cases.size(), 13u);
  EXPECT_EQ(c.cases.front().name, "seed-decode-truncated");
  EXPECT_EQ(c.cases.front().body, R"({"rootfs": "/srv/specconf/rootfs", "command": ["sh"])");  // bytes, not JSON
  EXPECT_TRUE(c.cases.front().runs_on("rootless-cgroupv1"));
  EXPECT_FALSE(c.cases.front().runs_on("rootless-3gids"));
  EXPECT_TRUE(c.cases.back().runs_on("rootless-3gids"));
  ASSERT_EQ(c.images.size(), 1u);
  EXPECT_EQ(c.images[0].reference(), "localhost/specconf-test:1");
  EXPECT_EQ(c.images[0].changes.size(), 5u);
  ASSERT_EQ(c.donors.size(), 1u);
  EXPECT_EQ(c.donors[0].specgen.find(R"("name":"seed-donor")") != std::string::npos, true);  // name filled in
  ASSERT_EQ(c.hostfs.size(), 4u);
  EXPECT_EQ(c.hostfs[3].from, std::string(kSeed) + "/hostfs/seed.txt");
  EXPECT_EQ(c.host_paths, std::vector<std::string>{"/dev/vda"});
  EXPECT_TRUE(c.warnings.empty());
}

TEST(LoadCorpus, RefusesHostPathsOutsideSrvSpecconf) {
  const std::string dir = scratch_corpus();
  for (const char* bad : {"/etc/passwd", "/srv/specconf", "/srv/specconf/../x", "/srv/specconfx/y", "/srv/specconf//y"}) {
    ASSERT_EQ(write_file_atomically(dir + "/hostfs.json", std::string(R"([{"path":")") + bad + R"(","type":"dir"}])"), "");
    Corpus c;
    EXPECT_EQ(load_corpus(dir, c), dir + "/hostfs.json: " + bad + " is not a plain path under /srv/specconf/") << bad;
  }
}

TEST(LoadCorpus, RefusesUnknownProfilesAndKinds) {
  const std::string dir = scratch_corpus();
  ASSERT_EQ(write_file_atomically(dir + "/specgen/a.json", "{}"), "");
  ASSERT_EQ(write_file_atomically(dir + "/cases.json", R"({"a":{"profiles":["root-cgroupv3"]}})"), "");
  Corpus c;
  EXPECT_NE(load_corpus(dir, c).find("unknown profile \"root-cgroupv3\""), std::string::npos);
  ASSERT_EQ(write_file_atomically(dir + "/cases.json", R"({"a":{}})"), "");
  ASSERT_EQ(write_file_atomically(dir + "/donors.json", R"([{"kind":"volume","name":"v"}])"), "");
  EXPECT_EQ(load_corpus(dir, c), dir + "/donors.json: v: unknown kind \"volume\"");
}

TEST(LoadCorpus, WarnsAboutCasesAndIndexOutOfStep) {
  const std::string dir = scratch_corpus();
  ASSERT_EQ(write_file_atomically(dir + "/specgen/a.json", "{}"), "");
  ASSERT_EQ(write_file_atomically(dir + "/specgen/b.json", "{}"), "");
  ASSERT_EQ(write_file_atomically(dir + "/cases.json", R"({"a":{},"c":{}})"), "");
  Corpus c;
  ASSERT_EQ(load_corpus(dir, c), "");
  EXPECT_EQ(c.cases.size(), 2u);
  EXPECT_EQ(c.warnings, (std::vector<std::string>{"specgen/b.json has no entry in cases.json",
                                                  "cases.json names \"c\" but specgen/c.json is missing"}));
}

TEST(SelectCases, KeepsTheNamedOnesAndRefusesUnknownNames) {
  Corpus c;
  ASSERT_EQ(load_corpus(kSeed, c), "");
  ASSERT_EQ(select_cases({"seed-t1", "seed-img", "seed-t1"}, c), "");
  ASSERT_EQ(c.cases.size(), 2u);
  EXPECT_EQ(c.cases[0].name, "seed-img");
  EXPECT_EQ(select_cases({"nope"}, c), std::string("no case \"nope\" in ") + kSeed + "/specgen/");
}

}  // namespace
}  // namespace specconf::capture
