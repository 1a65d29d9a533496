// Expected values are what Go 1.19 prints (path.Clean, path.Join, path.Match, filepath.Abs,
// filepath.Match); go_oracle/ compares them with real Go on random inputs.
#include "reference/goport/path.h"

#include <gtest/gtest.h>

#include "reference/goport/filepath.h"

namespace specconf::goport {
namespace {

TEST(GoPathClean, MatchesPathClean) {
  const struct {
    std::string in, out;
  } cases[] = {
      {"", "."},       {"/", "/"},         {"//a//b/", "/a/b"}, {"a/./b/..", "a"},   {"/../a", "/a"},
      {"../..", "../.."}, {"a/../..", ".."}, {"/a/b/../../..", "/"}, {"./", "."},       {"/dev/shm/", "/dev/shm"},
  };
  for (const auto& c : cases) EXPECT_EQ(path_clean(c.in), c.out) << c.in;
}

TEST(GoFilepathAbs, JoinsRelativePathsToTheWorkingDirectory) {
  EXPECT_EQ(filepath_abs("/x/../y/", "/srv"), "/y");
  EXPECT_EQ(filepath_abs("data", "/srv"), "/srv/data");
  EXPECT_EQ(filepath_abs("", "/srv"), "/srv");
  EXPECT_EQ(path_join("", ""), "");
  EXPECT_EQ(path_join("/dev/", "snd/x"), "/dev/snd/x");
}

TEST(GoFilepathMatch, GlobsLikeFilepathMatch) {
  const struct {
    std::string pattern, name;
    bool matched, bad;
  } cases[] = {
      {"/proc/k*", "/proc/kcore", true, false},
      {"/proc/*", "/proc/sys", true, false},
      {"/proc/*", "/proc/sys/x", false, false},  // * stops at '/'
      {"/proc/?cpi", "/proc/acpi", true, false},
      {"/proc/[a-c]cpi", "/proc/acpi", true, false},
      {"/proc/[^a]cpi", "/proc/acpi", false, false},
      {"/proc/\\acpi", "/proc/acpi", true, false},
      {"/proc/acpi\\", "/proc/acpi", false, true},
      {"[", "/proc/acpi", false, true},
      {"/proc/[]", "/proc/acpi", false, true},
      {"/x*[", "/proc/acpi", false, false},  // fails before the bad part is scanned
      {"/proc/acpi", "/proc/acpi", true, false},
      {"", "", true, false},
      {"*", "", true, false},
  };
  for (const auto& c : cases) {
    const MatchResult r = filepath_match(c.pattern, c.name);
    EXPECT_EQ(r.matched, c.matched) << c.pattern << " ~ " << c.name;
    EXPECT_EQ(r.bad_pattern, c.bad) << c.pattern << " ~ " << c.name;
  }
}

TEST(GoFilepathMatch, LongPatternsStayLinearInThePattern) {
  const std::string pattern(200000, '*');
  EXPECT_TRUE(filepath_match(pattern + "acpi", "/proc/acpi").matched == false);
  EXPECT_TRUE(filepath_match(std::string(100000, '?'), "/proc/acpi").matched == false);
}

TEST(GoPathMatch, ReportsASyntaxErrorAfterTheMismatchUnlikeFilepathMatch) {
  const MatchResult r = path_match("/x*[", "/proc/acpi");
  EXPECT_FALSE(r.matched);
  EXPECT_TRUE(r.bad_pattern);
  EXPECT_FALSE(path_match("/x*[a]", "/proc/acpi").bad_pattern);
  EXPECT_TRUE(path_match("/proc/*", "/proc/sys").matched);
  EXPECT_TRUE(path_match("[", "/proc/acpi").bad_pattern);
}

}  // namespace
}  // namespace specconf::goport

namespace specconf::goport {
namespace {

TEST(PathBase, LastElementAfterTrailingSlashes) {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {{"", "."}, {"/", "/"}, {"///", "/"}, {"a", "a"}, {"/a/b", "b"}, {"/a/b//", "b"}, {"systemd", "systemd"},
               {"/usr/lib/systemd/systemd", "systemd"}};
  for (const auto& c : cases) EXPECT_EQ(path_base(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace specconf::goport
