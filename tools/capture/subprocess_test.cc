#include "tools/capture/subprocess.h"

#include <gtest/gtest.h>

namespace specconf::capture {
namespace {

TEST(RunProcess, CapturesOutputAndExitStatus) {
  const ProcessResult r = run_process({"sh", "-c", "echo out; echo err >&2; exit 3"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "out\n");
  EXPECT_EQ(r.err, "err\n");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.describe("thing"), "thing: exit status 3: err");
}

TEST(RunProcess, RunsInTheGivenDirectory) {
  ProcessOptions opt;
  opt.cwd = "/tmp";
  const ProcessResult r = run_process({"pwd"}, opt);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.out, "/tmp\n");
}

TEST(RunProcess, KillsAChildThatOverrunsItsDeadline) {
  ProcessOptions opt;
  opt.timeout_seconds = 1;
  const ProcessResult r = run_process({"sh", "-c", "sleep 30 & sleep 30"}, opt);
  EXPECT_TRUE(r.timed_out);
  EXPECT_EQ(r.describe("sleeper"), "sleeper: timed out");
}

TEST(RunProcess, ReportsAProgramThatCannotStart) {
  const ProcessResult r = run_process({"/nonexistent/program"});
  EXPECT_EQ(r.start_error, "exec /nonexistent/program: No such file or directory");
  EXPECT_FALSE(r.ok());
}

TEST(RunProcess, RefusesAnEmptyCommand) { EXPECT_EQ(run_process({}).start_error, "empty command"); }

}  // namespace
}  // namespace specconf::capture
