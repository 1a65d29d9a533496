#include "tools/engines/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace specconf::engine {
namespace {

constexpr std::size_t kStderrTail = 2048;

long long now_ms() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<long long>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

void close_fd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

// A dead engine must show as a fault of one request, not kill specconf with SIGPIPE on the next write.
void ignore_sigpipe_once() {
  static const bool done = [] {
    signal(SIGPIPE, SIG_IGN);
    return true;
  }();
  (void)done;
}

}  // namespace

std::string describe_wait_status(int status) {
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    return "was killed by signal " + std::to_string(sig) + " (" + strsignal(sig) + ")";
  }
  return "ended with wait status " + std::to_string(status);
}

ChildProcess::~ChildProcess() { kill(); }

std::string ChildProcess::start(const std::vector<std::string>& argv) {
  if (argv.empty()) return "empty command";
  ignore_sigpipe_once();
  int in[2], out[2], err[2], status[2];
  int* pipes[] = {in, out, err, status};
  for (int i = 0; i < 4; ++i) {
    if (pipe2(pipes[i], O_CLOEXEC) != 0) {
      const std::string why = std::strerror(errno);
      for (int j = 0; j < i; ++j) close(pipes[j][0]), close(pipes[j][1]);
      return "pipe: " + why;
    }
  }
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const pid_t pid = fork();
  if (pid < 0) {
    const std::string why = std::strerror(errno);
    for (int* p : pipes) close(p[0]), close(p[1]);
    return "fork: " + why;
  }
  if (pid == 0) {
    setpgid(0, 0);
    for (int sig : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT}) signal(sig, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    dup2(in[0], 0);
    dup2(out[1], 1);
    dup2(err[1], 2);
    execvp(args[0], args.data());
    const int e = errno;
    (void)!write(status[1], &e, sizeof e);
    _exit(127);
  }
  setpgid(pid, pid);  // also here, so that kill(-pid) works even before the child ran setpgid itself
  close(in[0]);
  close(out[1]);
  close(err[1]);
  close(status[1]);
  pid_ = pid;
  reaped_ = false;
  in_ = in[1];
  out_ = out[0];
  err_ = err[0];
  out_buffer_.clear();
  err_tail_.clear();
  int exec_errno = 0;
  ssize_t got;
  do {
    got = read(status[0], &exec_errno, sizeof exec_errno);
  } while (got < 0 && errno == EINTR);
  close(status[0]);
  if (got == static_cast<ssize_t>(sizeof exec_errno)) {
    kill();
    return "cannot run " + argv[0] + ": " + std::strerror(exec_errno);
  }
  fcntl(in_, F_SETFL, fcntl(in_, F_GETFL) | O_NONBLOCK);
  fcntl(err_, F_SETFL, fcntl(err_, F_GETFL) | O_NONBLOCK);
  return "";
}

void ChildProcess::drain_stderr() {
  char buf[4096];
  while (err_ >= 0) {
    const ssize_t got = read(err_, buf, sizeof buf);
    if (got > 0) {
      err_tail_.append(buf, static_cast<std::size_t>(got));
      if (err_tail_.size() > kStderrTail) err_tail_.erase(0, err_tail_.size() - kStderrTail);
    } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
      close_fd(err_);
    } else if (errno == EAGAIN) {
      break;
    }
  }
}

Exchange ChildProcess::exchange(std::string_view input, bool close_input, Until until, int timeout_ms) {
  Exchange x;
  const long long deadline = now_ms() + timeout_ms;
  std::size_t written = 0;
  char buf[65536];
  for (;;) {
    if (written == input.size() && close_input) close_fd(in_);
    if (until == Until::kLine) {
      if (const std::size_t nl = out_buffer_.find('\n'); nl != std::string::npos) {
        x.status = Exchange::Status::kDone;
        x.out = out_buffer_.substr(0, nl);
        x.extra = out_buffer_.substr(nl + 1);
        out_buffer_.clear();
        return x;
      }
      if (out_ < 0) {
        x.status = Exchange::Status::kClosed;
        x.out = std::move(out_buffer_);
        out_buffer_.clear();
        return x;
      }
    } else if (out_ < 0) {
      x.status = Exchange::Status::kDone;
      x.out = std::move(out_buffer_);
      out_buffer_.clear();
      return x;
    }
    const long long left = deadline - now_ms();
    if (left <= 0) {
      x.status = Exchange::Status::kTimedOut;
      return x;
    }
    pollfd fds[3];
    nfds_t n = 0;
    const bool writing = in_ >= 0 && written < input.size();
    if (writing) fds[n++] = {in_, POLLOUT, 0};
    fds[n++] = {out_, POLLIN, 0};
    if (err_ >= 0) fds[n++] = {err_, POLLIN, 0};
    if (poll(fds, n, static_cast<int>(left)) < 0) {
      if (errno == EINTR) continue;
      x.error = std::string("poll: ") + std::strerror(errno);
      return x;
    }
    for (nfds_t i = 0; i < n; ++i) {
      if (!fds[i].revents) continue;
      if (fds[i].fd == in_) {
        const ssize_t put = write(in_, input.data() + written, std::min<std::size_t>(input.size() - written, 65536));
        if (put > 0) {
          written += static_cast<std::size_t>(put);
        } else if (put < 0 && errno != EAGAIN && errno != EINTR) {
          // The engine closed its stdin (or died): stop writing, let stdout and its exit tell the rest.
          close_fd(in_);
          written = input.size();
        }
      } else if (fds[i].fd == out_) {
        const ssize_t got = read(out_, buf, sizeof buf);
        if (got > 0) {
          out_buffer_.append(buf, static_cast<std::size_t>(got));
          if (out_buffer_.size() > kMaxOutputBytes) {
            x.status = Exchange::Status::kTooLarge;
            out_buffer_.clear();
            return x;
          }
        } else if (got == 0 || errno != EINTR) {
          close_fd(out_);
        }
      } else if (fds[i].fd == err_) {
        drain_stderr();
      }
    }
  }
}

bool ChildProcess::output_pending() {
  if (!out_buffer_.empty()) return true;
  if (out_ < 0) return false;
  pollfd p{out_, POLLIN, 0};
  return poll(&p, 1, 0) > 0 && (p.revents & POLLIN);
}

std::string ChildProcess::wait_exit(int timeout_ms) {
  if (pid_ <= 0) return exit_description_;
  const long long deadline = now_ms() + timeout_ms;
  for (;;) {
    siginfo_t info{};
    info.si_pid = 0;
    // WNOWAIT: look without reaping, so that the group can still be cleaned up by its id below.
    if (waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid_) {
      ::kill(-pid_, SIGKILL);  // whatever it left behind in its group
      int status = 0;
      while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
      }
      reaped_ = true;
      exit_description_ = describe_wait_status(status);
      drain_stderr();
      close_fds();
      pid_ = -1;
      return exit_description_;
    }
    const long long left = deadline - now_ms();
    if (left <= 0) return "";
    if (err_ >= 0) {
      pollfd p{err_, POLLIN, 0};
      if (poll(&p, 1, static_cast<int>(std::min<long long>(left, 5))) > 0) drain_stderr();
    } else {
      usleep(static_cast<useconds_t>(std::min<long long>(left, 5)) * 1000);
    }
  }
}

void ChildProcess::kill() {
  if (pid_ > 0 && !reaped_) {
    ::kill(-pid_, SIGKILL);
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    reaped_ = true;
    exit_description_ = describe_wait_status(status);
  }
  pid_ = -1;
  close_fds();
}

void ChildProcess::close_fds() {
  close_fd(in_);
  close_fd(out_);
  close_fd(err_);
}

std::string ChildProcess::stderr_tail() const {
  std::string t = err_tail_;
  while (!t.empty() && (t.back() == '\n' || t.back() == ' ' || t.back() == '\r')) t.pop_back();
  if (const std::size_t nl = t.rfind('\n'); nl != std::string::npos && t.size() - nl > 200) t = t.substr(nl + 1);
  if (t.size() > 300) t = "..." + t.substr(t.size() - 300);
  for (char& c : t) {
    if (c == '\n' || c == '\r') c = '|';
  }
  return t;
}

}  // namespace specconf::engine
