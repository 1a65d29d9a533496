#include "tools/capture/atomic_file.h"
#include "tools/capture/test_scratch.h"

#include <dirent.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <string>

namespace specconf::capture {
namespace {

std::string temp_dir() {
  return scratch_dir("atomic_file_test");
}

int entries(const std::string& dir) {
  int n = 0;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) n += std::string(e->d_name) != "." && std::string(e->d_name) != "..";
    closedir(d);
  }
  return n;
}

TEST(WriteFileAtomically, CreatesParentsAndLeavesOnlyTheFile) {
  const std::string dir = temp_dir();
  const std::string path = dir + "/a/b/record.json";
  ASSERT_EQ(write_file_atomically(path, "one"), "");
  ASSERT_EQ(write_file_atomically(path, "two\n"), "");
  std::string back;
  ASSERT_EQ(read_file(path, back), "");
  EXPECT_EQ(back, "two\n");
  EXPECT_EQ(entries(dir + "/a/b"), 1);
  struct stat st {};
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0644u);
}

TEST(WriteFileAtomically, FailsCleanlyWhenTheParentIsAFile) {
  const std::string dir = temp_dir();
  ASSERT_EQ(write_file_atomically(dir + "/file", "x"), "");
  const std::string err = write_file_atomically(dir + "/file/record.json", "y");
  EXPECT_EQ(err, "mkdir " + dir + "/file: exists and is not a directory");
  EXPECT_EQ(entries(dir), 1);
}

TEST(ReadFile, NamesTheMissingFile) {
  std::string out;
  EXPECT_EQ(read_file("/nonexistent/x", out), "open /nonexistent/x: No such file or directory");
}

}  // namespace
}  // namespace specconf::capture
