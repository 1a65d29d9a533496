// Running a helper program (podman-profile.sh, tar, dpkg-query) to completion with its output captured
// and a deadline. The child gets its own process group, so the terminal's Ctrl-C reaches only specconf,
// which then stops the services in order instead of leaving them half torn down.
#pragma once

#include <string>
#include <vector>

namespace specconf::capture {

struct ProcessResult {
  int exit_code = -1;     // the exit status, or 128+signal when killed by a signal
  std::string out;        // stdout
  std::string err;        // stderr
  bool timed_out = false;
  std::string start_error;  // fork/exec failure; exit_code is -1 then
  bool ok() const { return start_error.empty() && !timed_out && exit_code == 0; }
  // One line for error messages: what went wrong and the tail of stderr.
  std::string describe(const std::string& what) const;
};

struct ProcessOptions {
  int timeout_seconds = 300;
  std::string cwd = "/";
  // When set, stderr is passed through to ours instead of captured (long, chatty steps).
  bool inherit_stderr = false;
};

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

}  // namespace specconf::capture
