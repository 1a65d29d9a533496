// exec:COMMAND and exec-persistent:COMMAND — any program that speaks docs/engine-protocol.md. One
// process per request is the simplest thing to write; a persistent process answers one request line
// after another and saves the start-up cost. Whatever the engine does wrong (crash, hang, garbage,
// exiting early) is a kFault of that request, and a persistent engine is restarted for the next one.
#pragma once

#include <string>
#include <vector>

#include "tools/engines/child_process.h"
#include "tools/engines/engine.h"

namespace specconf::engine {

class ExecEngine : public Engine {
 public:
  enum class Mode { kPerRequest, kPersistent };

  // Throws std::invalid_argument when the command cannot be split (command_line.h).
  ExecEngine(std::string command, Mode mode, int timeout_ms);
  ~ExecEngine() override;

  std::string name() const override;
  std::string start() override;
  Result run(const Request& request) override;
  std::string stop() override;

  int restarts() const { return restarts_; }

 private:
  Result run_once(const std::string& line);
  Result run_persistent(const std::string& line);
  Result fault(const std::string& what, const ChildProcess& child) const;

  std::string command_;
  std::vector<std::string> argv_;
  Mode mode_;
  int timeout_ms_;
  ChildProcess persistent_;
  int restarts_ = 0;
  bool ever_started_ = false;
};

// Where execvp would find argv0 ("" and why not, when it would not).
std::string find_executable(const std::string& argv0, std::string& path);

}  // namespace specconf::engine
