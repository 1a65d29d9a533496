// A child process spoken to over pipes (stdin, stdout, stderr), with a deadline on every exchange, for
// the exec engines. The child runs in its own process group, so a hung engine is killed with everything
// it started; no shell is involved (fork + execvp).
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

namespace specconf::engine {

struct Exchange {
  enum class Status {
    kDone,      // the line (kLine) or everything up to end of file (kEndOfFile) arrived
    kTimedOut,  // the deadline passed first
    kClosed,    // kLine: stdout reached end of file before a whole line
    kTooLarge,  // stdout grew past kMaxOutputBytes
    kIoError,   // poll/read failed (error says how)
  };
  Status status = Status::kIoError;
  std::string out;    // the line without its newline, or all of stdout
  std::string extra;  // kLine: bytes that followed the line (a protocol violation)
  std::string error;
};

class ChildProcess {
 public:
  enum class Until { kLine, kEndOfFile };
  static constexpr std::size_t kMaxOutputBytes = 64u << 20;

  ChildProcess() = default;
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // Starts argv[0] (searched in PATH when it has no '/'). Returns "" or why it could not be started
  // (including exec's own failure, reported back through a close-on-exec pipe).
  std::string start(const std::vector<std::string>& argv);
  bool started() const { return pid_ > 0; }

  // Writes `input` (and closes stdin afterwards when close_input) while reading stdout until `until`,
  // all within timeout_ms. stderr is drained meanwhile; its tail is kept for messages.
  Exchange exchange(std::string_view input, bool close_input, Until until, int timeout_ms);

  // True when the child has written to stdout something nobody has read yet (checked without waiting).
  bool output_pending();

  // Waits up to timeout_ms for the child to exit. Returns "" while it is still running, else how it
  // ended: "exited with status 3", "was killed by signal 11 (Segmentation fault)".
  std::string wait_exit(int timeout_ms);

  // SIGKILL to the child's process group, then reaps it. Idempotent.
  void kill();

  // The last bytes the child wrote to stderr, on one line ("" if none).
  std::string stderr_tail() const;

 private:
  void close_fds();
  void drain_stderr();

  pid_t pid_ = -1;
  int in_ = -1, out_ = -1, err_ = -1;
  bool reaped_ = false;
  std::string exit_description_;
  std::string out_buffer_;  // stdout bytes read beyond the last line handed out
  std::string err_tail_;
};

// How a waitpid status reads in a fault message.
std::string describe_wait_status(int status);

}  // namespace specconf::engine
