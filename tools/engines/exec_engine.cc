#include "tools/engines/exec_engine.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <stdexcept>

#include "tools/engines/command_line.h"
#include "tools/engines/protocol.h"

namespace specconf::engine {
namespace {

constexpr int kExitGraceMs = 1000;

std::string seconds(int ms) {
  std::ostringstream s;
  s << ms / 1000.0 << " s";
  return s.str();
}

}  // namespace

std::string find_executable(const std::string& argv0, std::string& path) {
  auto runnable = [](const std::string& p) {
    struct stat st {};
    return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(p.c_str(), X_OK) == 0;
  };
  if (argv0.find('/') != std::string::npos) {
    path = argv0;
    if (runnable(argv0)) return "";
    return "cannot run " + argv0 + ": " + (access(argv0.c_str(), F_OK) != 0 ? std::strerror(errno) : "not an executable file");
  }
  const char* env = std::getenv("PATH");
  std::stringstream dirs(env ? env : "/usr/local/bin:/usr/bin:/bin");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    const std::string candidate = (dir.empty() ? "." : dir) + "/" + argv0;
    if (runnable(candidate)) {
      path = candidate;
      return "";
    }
  }
  return "cannot run " + argv0 + ": not found in PATH";
}

ExecEngine::ExecEngine(std::string command, Mode mode, int timeout_ms)
    : command_(std::move(command)), mode_(mode), timeout_ms_(timeout_ms) {
  if (std::string err = split_command(command_, argv_); !err.empty()) {
    throw std::invalid_argument("engine \"" + name() + "\": " + err + " (quoting rules: docs/engine-protocol.md)");
  }
}

ExecEngine::~ExecEngine() { (void)stop(); }

std::string ExecEngine::name() const {
  return (mode_ == Mode::kPersistent ? "exec-persistent:" : "exec:") + command_;
}

std::string ExecEngine::start() {
  std::string path;
  if (std::string err = find_executable(argv_[0], path); !err.empty()) return err;
  if (mode_ == Mode::kPersistent && !persistent_.started()) {
    if (std::string err = persistent_.start(argv_); !err.empty()) return err;
    ever_started_ = true;
  }
  return "";
}

Result ExecEngine::fault(const std::string& what, const ChildProcess& child) const {
  Result r;
  r.kind = Result::Kind::kFault;
  r.fault = what;
  if (const std::string tail = child.stderr_tail(); !tail.empty()) r.fault += "; stderr: " + tail;
  return r;
}

Result ExecEngine::run(const Request& request) {
  const std::string line = protocol::encode_request(*request.host, request.body);
  return mode_ == Mode::kPersistent ? run_persistent(line) : run_once(line);
}

Result ExecEngine::run_once(const std::string& line) {
  ChildProcess child;
  if (std::string err = child.start(argv_); !err.empty()) return fault(err, child);
  const Exchange x = child.exchange(line, true, ChildProcess::Until::kEndOfFile, timeout_ms_);
  switch (x.status) {
    case Exchange::Status::kDone: break;
    case Exchange::Status::kTimedOut:
      child.kill();
      return fault("no answer within " + seconds(timeout_ms_) + " (killed)", child);
    case Exchange::Status::kTooLarge:
      child.kill();
      return fault("printed more than 64 MiB (killed)", child);
    default:
      child.kill();
      return fault("reading its output: " + x.error, child);
  }
  const std::string exit = child.wait_exit(kExitGraceMs);
  if (exit.empty()) {
    child.kill();
    return fault("closed its output but did not exit within " + seconds(kExitGraceMs) + " (killed)", child);
  }
  if (exit != "exited with status 0") return fault(exit + (x.out.empty() ? " without answering" : ""), child);
  Result r = protocol::decode_response(x.out);
  if (r.kind == Result::Kind::kFault) return fault(r.fault, child);
  return r;
}

Result ExecEngine::run_persistent(const std::string& line) {
  if (!persistent_.started()) {
    if (ever_started_) ++restarts_;
    ever_started_ = true;
    if (std::string err = persistent_.start(argv_); !err.empty()) return fault(err, persistent_);
  }
  auto restart_fault = [&](const std::string& what) {
    Result r = fault(what, persistent_);
    persistent_.kill();  // the stream cannot be trusted any more: a fresh process answers the next request
    r.fault += " (restarted for the next request)";
    return r;
  };
  // Output before the request is sent is a late second answer to an earlier one: this answer could not
  // be told apart from it.
  if (persistent_.output_pending()) {
    return restart_fault("printed output before this request was sent (more than one line for an earlier request?)");
  }
  const Exchange x = persistent_.exchange(line, false, ChildProcess::Until::kLine, timeout_ms_);
  switch (x.status) {
    case Exchange::Status::kDone: break;
    case Exchange::Status::kTimedOut: return restart_fault("no answer within " + seconds(timeout_ms_) + " (killed)");
    case Exchange::Status::kTooLarge: return restart_fault("printed more than 64 MiB without a newline (killed)");
    case Exchange::Status::kClosed: {
      std::string exit = persistent_.wait_exit(kExitGraceMs);
      if (exit.empty()) exit = "closed its output";
      return restart_fault(exit + " before answering" + (x.out.empty() ? "" : " (a partial line)"));
    }
    default: return restart_fault("reading its output: " + x.error);
  }
  if (!x.extra.empty()) return restart_fault("printed more than one line for one request");
  Result r = protocol::decode_response(x.out);
  if (r.kind == Result::Kind::kFault) return restart_fault(r.fault);
  return r;
}

std::string ExecEngine::stop() {
  if (!persistent_.started()) return "";
  // End of input is the engine's signal to exit; give it a moment, then make sure.
  (void)persistent_.exchange("", true, ChildProcess::Until::kEndOfFile, 0);
  (void)persistent_.wait_exit(kExitGraceMs);
  persistent_.kill();
  return "";
}

}  // namespace specconf::engine
