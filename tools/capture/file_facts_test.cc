#include "tools/capture/file_facts.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "tools/capture/service_view.h"
#include "tools/capture/test_scratch.h"

namespace specconf::capture {
namespace {

std::string scratch() {
  return scratch_dir("file_facts_test");
}

TEST(SurveyFiles, RecordsTypesModesTargetsEntriesAndContent) {
  const std::string d = scratch();
  ASSERT_EQ(mkdir((d + "/dir").c_str(), 0750), 0);
  std::ofstream(d + "/dir/profile.json") << "{\"defaultAction\":\"SCMP_ACT_ALLOW\"}";
  ASSERT_EQ(symlink("dir/profile.json", (d + "/link").c_str()), 0);
  ASSERT_EQ(symlink("/nonexistent/target", (d + "/dangling").c_str()), 0);
  ASSERT_EQ(mkfifo((d + "/dir/fifo").c_str(), 0600), 0);

  FileSurvey s;
  s.paths = {d + "/link", d + "/dangling", d + "/missing", "/dev/null"};
  s.walk_dirs = {d + "/dir"};
  s.content_under = {d + "/dir"};
  s.block_devices = false;
  const auto f = survey_files(s);

  ASSERT_TRUE(f.count(d + "/link"));
  EXPECT_EQ(f.at(d + "/link").type, "symlink");
  EXPECT_EQ(f.at(d + "/link").target, d + "/dir/profile.json");  // resolved, absolute
  EXPECT_EQ(f.at(d + "/dangling").target, "/nonexistent/target");
  EXPECT_EQ(f.count(d + "/missing"), 0u);  // ENOENT: left out
  EXPECT_EQ(f.at(d + "/dir").type, "dir");
  EXPECT_EQ(f.at(d + "/dir").mode, 040750u);
  EXPECT_EQ(*f.at(d + "/dir").entries, (std::vector<std::string>{"fifo", "profile.json"}));
  EXPECT_EQ(f.at(d + "/dir/fifo").type, "fifo");
  EXPECT_EQ(*f.at(d + "/dir/profile.json").content, "{\"defaultAction\":\"SCMP_ACT_ALLOW\"}");
  EXPECT_EQ(f.at("/dev/null").type, "char");
  EXPECT_EQ(f.at("/dev/null").major, 1);
  EXPECT_EQ(f.at("/dev/null").minor, 3);
  EXPECT_EQ(f.at("/dev/null").mode, 020666u);
  EXPECT_TRUE(f.count("/"));  // parents are recorded
  EXPECT_TRUE(f.count(d));
}

TEST(SurveyFiles, ProcSelfLinksAreRecordedAsTheyOpenWithoutTheProbersPid) {
  FileSurvey s;
  s.paths = {"/proc/self/ns/net"};
  s.block_devices = false;
  const auto f = survey_files(s);
  ASSERT_TRUE(f.count("/proc/self/ns/net"));
  EXPECT_EQ(f.at("/proc/self/ns/net").type, "file");
  EXPECT_EQ(f.count("/proc/self"), 0u);
}

TEST(SurveyFiles, AsAnotherUserRecordsPermissionDenied) {
  const std::string d = scratch();
  ASSERT_EQ(mkdir((d + "/private").c_str(), 0700), 0);
  std::ofstream(d + "/private/secret") << "x";
  ASSERT_EQ(chmod(d.c_str(), 0755), 0);
  ViewIdentity nobody;
  nobody.uid = 65534;
  nobody.gid = 65534;
  nobody.user = "nobody";
  std::string out;
  const std::string err = run_in_service_view(
      nobody,
      [&] {
        FileSurvey s;
        s.paths = {d + "/private/secret"};
        s.block_devices = false;
        const auto f = survey_files(s);
        auto it = f.find(d + "/private/secret");
        return it == f.end() ? std::string("absent") : it->second.error;
      },
      out);
  if (getuid() != 0 || !err.empty()) GTEST_SKIP() << "cannot switch to nobody here: " << err;
  EXPECT_EQ(out, "permission denied");
}

TEST(GoErrnoText, IsLowerCaseLikeGos) {
  EXPECT_EQ(go_errno_text(ENOENT), "no such file or directory");
  EXPECT_EQ(go_errno_text(EACCES), "permission denied");
}

}  // namespace
}  // namespace specconf::capture
