#include "tools/capture/service_view.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

namespace specconf::capture {
namespace {

TEST(RunInServiceView, ReturnsTheChildsAnswer) {
  std::string out;
  ASSERT_EQ(run_in_service_view({}, [] { return std::string("pid ") + (getpid() > 0 ? "ok" : "?"); }, out), "");
  EXPECT_EQ(out, "pid ok");
}

TEST(RunInServiceView, JoinsTheMountNamespaceOfAProcess) {
  std::string out;
  ViewIdentity self;
  self.mount_ns_of = getpid();
  const std::string err = run_in_service_view(self, [] { return std::string("in"); }, out);
  if (!err.empty()) GTEST_SKIP() << "setns not allowed here: " << err;
  EXPECT_EQ(out, "in");
}

TEST(RunInServiceView, ReportsFailuresOfTheChild) {
  std::string out;
  ViewIdentity gone;
  gone.mount_ns_of = 999999999;
  EXPECT_EQ(run_in_service_view(gone, [] { return std::string(); }, out),
            "probe child: open /proc/999999999/ns/mnt: No such file or directory");
  EXPECT_EQ(run_in_service_view({}, []() -> std::string { throw std::runtime_error("boom"); }, out),
            "probe child: exception: boom");
  EXPECT_EQ(run_in_service_view({}, []() -> std::string { raise(SIGKILL); return ""; }, out),
            "probe child died of signal 9");
}

TEST(RunInServiceView, KillsAChildThatHangs) {
  std::string out;
  EXPECT_EQ(run_in_service_view({}, []() -> std::string { pause(); return ""; }, out, 1),
            "probe child timed out after 1 s");
}

}  // namespace
}  // namespace specconf::capture
