#include "tools/capture/service_view.h"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace specconf::capture {
namespace {

void write_all(int fd, const std::string& s) {
  std::size_t done = 0;
  while (done < s.size()) {
    const ssize_t n = write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

// The child's answer is "OK\n<output>" or "ERR <message>".
[[noreturn]] void child_main(const ViewIdentity& who, const std::function<std::string()>& fn, int fd) {
  auto die = [&](const std::string& what) {
    write_all(fd, "ERR " + what + ": " + std::strerror(errno));
    _exit(1);
  };
  if (who.mount_ns_of > 0) {
    const std::string ns = "/proc/" + std::to_string(who.mount_ns_of) + "/ns/mnt";
    const int nsfd = open(ns.c_str(), O_RDONLY | O_CLOEXEC);
    if (nsfd < 0) die("open " + ns);
    if (setns(nsfd, CLONE_NEWNS) != 0) die("setns " + ns);
    close(nsfd);
  }
  if (chdir("/") != 0) die("chdir /");
  if (who.uid != 0 || who.gid != 0) {
    if (initgroups(who.user.c_str(), who.gid) != 0) die("initgroups " + who.user);
    if (setgid(who.gid) != 0) die("setgid");
    if (setuid(who.uid) != 0) die("setuid");
  }
  std::string out;
  try {
    out = fn();
  } catch (const std::exception& e) {
    write_all(fd, std::string("ERR exception: ") + e.what());
    _exit(1);
  }
  write_all(fd, "OK\n" + out);
  _exit(0);
}

}  // namespace

std::string run_in_service_view(const ViewIdentity& who, const std::function<std::string()>& fn, std::string& out,
                                int timeout_seconds) {
  out.clear();
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return std::string("pipe: ") + std::strerror(errno);
  const pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return std::string("fork: ") + std::strerror(errno);
  }
  if (pid == 0) {
    close(fds[0]);
    child_main(who, fn, fds[1]);
  }
  close(fds[1]);
  std::string reply;
  char buf[65536];
  bool timed_out = false;
  pollfd p{fds[0], POLLIN, 0};
  for (int waited_ms = 0;;) {
    const int n = poll(&p, 1, 200);
    if (n < 0 && errno != EINTR) break;
    if (n > 0) {
      const ssize_t got = read(fds[0], buf, sizeof buf);
      if (got > 0) {
        reply.append(buf, static_cast<std::size_t>(got));
        continue;
      }
      if (got == 0 || errno != EINTR) break;
    }
    waited_ms += 200;
    if (waited_ms > timeout_seconds * 1000) {
      timed_out = true;
      kill(pid, SIGKILL);
      break;
    }
  }
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out) return "probe child timed out after " + std::to_string(timeout_seconds) + " s";
  if (reply.rfind("OK\n", 0) == 0) {
    out = reply.substr(3);
    return "";
  }
  if (reply.rfind("ERR ", 0) == 0) return "probe child: " + reply.substr(4);
  if (WIFSIGNALED(status)) return "probe child died of signal " + std::to_string(WTERMSIG(status));
  return "probe child exited with status " + std::to_string(WEXITSTATUS(status)) + " and no answer";
}

}  // namespace specconf::capture
