// The exec engines against real child processes: fake engines that crash, hang, print garbage or exit
// early (testdata/fake_engines), each a fault of one request after which the run goes on.
#include "tools/engines/exec_engine.h"

#include <unistd.h>

#include <chrono>
#include <fstream>
#include <stdexcept>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "golden/builtin_hosts.h"
#include "reference/model/host_profile_json.h"

namespace specconf::engine {
namespace {

using nlohmann::json;

const std::string kFakes = "tools/engines/testdata/fake_engines/";

const host::HostProfile& profile() {
  static const host::HostProfile h = [] {
    host::HostProfile p;
    EXPECT_EQ(host::from_go_json(golden::builtin_host_profiles().at("root-cgroupv1"), p), "");
    return p;
  }();
  return h;
}

Result ask(Engine& e, const std::string& body = "{}") { return e.run({&profile(), body}); }

ExecEngine once(const std::string& command, int timeout_ms = 5000) {
  return ExecEngine(command, ExecEngine::Mode::kPerRequest, timeout_ms);
}

std::string scratch(const std::string& name) {
  const char* dir = std::getenv("TEST_TMPDIR");
  return std::string(dir ? dir : "/tmp") + "/" + name;
}

// Running, as opposed to gone or a zombie its new parent has not reaped yet (a killed orphan is one for
// a moment). Waits up to 2 s for a killed process to stop.
bool process_running(pid_t pid) {
  for (int i = 0; i < 200; ++i) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line)) return false;
    const auto close = line.rfind(')');
    const char state = close != std::string::npos && close + 2 < line.size() ? line[close + 2] : '?';
    if (state == 'Z' || state == 'X') return false;
    usleep(10 * 1000);
  }
  return true;
}

TEST(ExecEngine, NamesItselfByModeAndCommand) {
  EXPECT_EQ(once("./x --y").name(), "exec:./x --y");
  EXPECT_EQ(ExecEngine("./x", ExecEngine::Mode::kPersistent, 1).name(), "exec-persistent:./x");
}

TEST(ExecEngine, CommandThatCannotBeSplitIsRejectedUpFront) {
  EXPECT_THROW(ExecEngine("./x 'open", ExecEngine::Mode::kPerRequest, 1), std::invalid_argument);
}

TEST(ExecEngine, MissingProgramIsAnInfrastructureErrorAtStart) {
  ExecEngine e = once("./no/such/engine");
  EXPECT_EQ(e.start(), "cannot run ./no/such/engine: No such file or directory");
  ExecEngine p("no-such-engine-in-path", ExecEngine::Mode::kPersistent, 1000);
  EXPECT_EQ(p.start(), "cannot run no-such-engine-in-path: not found in PATH");
}

TEST(ExecEngine, SendsTheRequestLineAndReadsTheAnswer) {
  ExecEngine e = once(kFakes + "echo_request.sh");
  ASSERT_EQ(e.start(), "");
  const std::string body = "{\"command\":[\"/bin/true\"],\"hostname\":\"h\xc3\xb4te\"}\n";
  const Result r = ask(e, body);
  ASSERT_EQ(r.kind, Result::Kind::kError) << r.fault;
  const json request = json::parse(r.error);
  EXPECT_EQ(request.at("specgen").get<std::string>(), body);
  EXPECT_EQ(request.at("host").at("name"), "root-cgroupv1");
}

TEST(ExecEngine, LargeRequestsReachTheEngineWhole) {
  ExecEngine e = once(kFakes + "answer_error.sh");
  const std::string body = "{\"hostname\":\"" + std::string(3 << 20, 'x') + "\"}";
  const Result r = ask(e, body);
  ASSERT_EQ(r.kind, Result::Kind::kError) << r.fault;
  EXPECT_NE(r.error.find(" bytes"), std::string::npos);
  EXPECT_GT(std::stol(r.error.substr(r.error.find(": ") + 2)), 3 << 20);
}

struct FaultCase {
  const char* script;
  const char* fault;  // a part of the expected fault message
};

class PerRequestFault : public testing::TestWithParam<FaultCase> {};

TEST_P(PerRequestFault, IsAFaultOfThatRequestAndTheNextOneRunsAgain) {
  ExecEngine e = once(kFakes + GetParam().script, 1500);
  for (int i = 0; i < 2; ++i) {
    const Result r = ask(e);
    EXPECT_EQ(r.kind, Result::Kind::kFault) << GetParam().script;
    EXPECT_NE(r.fault.find(GetParam().fault), std::string::npos) << r.fault;
  }
}

INSTANTIATE_TEST_SUITE_P(
    FakeEngines, PerRequestFault,
    testing::Values(FaultCase{"crash.sh", "was killed by signal 11 (Segmentation fault) without answering; stderr: fake engine: about to crash"},
                    FaultCase{"hang.sh", "no answer within 1.5 s (killed)"},
                    FaultCase{"hang_unread.sh", "no answer within 1.5 s (killed)"},
                    FaultCase{"garbage.sh", "the response is not JSON: \"hello, I am not JSON\""},
                    FaultCase{"early_exit.sh", "no response (empty output)"},
                    FaultCase{"exit_nonzero.sh", "exited with status 3"},
                    FaultCase{"bad_spec.sh", "the spec does not decode as an OCI runtime spec"}),
    [](const testing::TestParamInfo<FaultCase>& info) {
      std::string n = info.param.script;
      return n.substr(0, n.find('.'));
    });

TEST(ExecEngine, HungEngineIsKilledWithEverythingItStarted) {
  const std::string pid_file = scratch("grandchild.pid");
  std::remove(pid_file.c_str());
  ExecEngine e = once(kFakes + "hang.sh " + pid_file, 500);
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(ask(e).kind, Result::Kind::kFault);
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(5));
  std::ifstream f(pid_file);
  pid_t grandchild = 0;
  ASSERT_TRUE(f >> grandchild);
  EXPECT_FALSE(process_running(grandchild)) << "the engine's sleeping grandchild " << grandchild << " survived";
}

TEST(ExecEngine, EngineThatNeverReadsAHugeRequestTimesOutInsteadOfBlockingTheWriter) {
  ExecEngine e = once(kFakes + "hang_unread.sh", 500);
  const auto t0 = std::chrono::steady_clock::now();
  const Result r = ask(e, "{\"hostname\":\"" + std::string(4 << 20, 'x') + "\"}");
  EXPECT_EQ(r.kind, Result::Kind::kFault);
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(5));
}

TEST(PersistentEngine, OneProcessAnswersRequestAfterRequest) {
  ExecEngine e(kFakes + "persistent_pid.sh", ExecEngine::Mode::kPersistent, 3000);
  ASSERT_EQ(e.start(), "");
  const Result a = ask(e), b = ask(e), c = ask(e);
  ASSERT_EQ(c.kind, Result::Kind::kError) << c.fault;
  const std::string pid = a.error.substr(0, a.error.find(" line"));
  EXPECT_EQ(a.error, pid + " line 1");
  EXPECT_EQ(b.error, pid + " line 2");
  EXPECT_EQ(c.error, pid + " line 3");
  EXPECT_EQ(e.restarts(), 0);
}

TEST(PersistentEngine, IsRestartedAfterExitingEarly) {
  ExecEngine e(kFakes + "persistent_pid.sh", ExecEngine::Mode::kPersistent, 3000);
  ASSERT_EQ(e.start(), "");
  const Result before = ask(e);
  const Result crash = ask(e, "{\"hostname\":\"crash-now\"}");
  EXPECT_EQ(crash.kind, Result::Kind::kFault);
  EXPECT_NE(crash.fault.find("exited with status 1 before answering (restarted for the next request)"), std::string::npos)
      << crash.fault;
  const Result after = ask(e);
  ASSERT_EQ(after.kind, Result::Kind::kError) << after.fault;
  EXPECT_NE(after.error.substr(0, after.error.find(" line")), before.error.substr(0, before.error.find(" line")));
  EXPECT_EQ(after.error.substr(after.error.find(" line")), " line 1");
  EXPECT_EQ(e.restarts(), 1);
}

TEST(PersistentEngine, TwoAnswersForOneRequestIsAFaultAndARestart) {
  ExecEngine e(kFakes + "two_lines.sh", ExecEngine::Mode::kPersistent, 3000);
  for (int i = 0; i < 2; ++i) {
    const Result r = ask(e);
    EXPECT_EQ(r.kind, Result::Kind::kFault);
    EXPECT_NE(r.fault.find("printed more than one line for one request"), std::string::npos) << r.fault;
  }
  EXPECT_EQ(e.restarts(), 1);
}

TEST(PersistentEngine, HangIsKilledAndTheNextRequestGetsAFreshProcess) {
  ExecEngine e(kFakes + "hang_unread.sh", ExecEngine::Mode::kPersistent, 300);
  EXPECT_NE(ask(e).fault.find("no answer within 0.3 s (killed) (restarted for the next request)"), std::string::npos);
  EXPECT_EQ(ask(e).kind, Result::Kind::kFault);
  EXPECT_EQ(e.restarts(), 1);
}

TEST(PersistentEngine, WrongProtocolOnThePersistentSideIsAFault) {
  // A one-shot engine run persistently waits for end of input that never comes: a timeout, not a hang.
  ExecEngine e(kFakes + "answer_error.sh", ExecEngine::Mode::kPersistent, 300);
  EXPECT_EQ(ask(e).kind, Result::Kind::kFault);
}

}  // namespace
}  // namespace specconf::engine
