#include "tools/capture/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace specconf::capture {
namespace {

std::string errno_text(const std::string& op, const std::string& path) {
  return op + " " + path + ": " + std::strerror(errno);
}

std::string make_dirs(const std::string& dir) {
  if (dir.empty() || dir == "/") return "";
  struct stat st {};
  if (stat(dir.c_str(), &st) == 0) {
    return S_ISDIR(st.st_mode) ? "" : "mkdir " + dir + ": exists and is not a directory";
  }
  const auto slash = dir.find_last_of('/');
  if (slash != std::string::npos && slash > 0) {
    if (std::string err = make_dirs(dir.substr(0, slash)); !err.empty()) return err;
  }
  if (mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) return errno_text("mkdir", dir);
  return "";
}

}  // namespace

std::string read_file(const std::string& path, std::string& out) {
  out.clear();
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno_text("open", path);
  char buf[65536];
  for (;;) {
    const ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string err = errno_text("read", path);
      close(fd);
      return err;
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  close(fd);
  return "";
}

std::string write_file_atomically(const std::string& path, const std::string& content) {
  const auto slash = path.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
  if (std::string err = make_dirs(dir); !err.empty()) return err;
  std::string tmpl = (slash == std::string::npos ? std::string("./") : path.substr(0, slash + 1)) + "." +
                     path.substr(slash == std::string::npos ? 0 : slash + 1) + ".tmp.XXXXXX";
  const int fd = mkstemp(tmpl.data());
  if (fd < 0) return errno_text("create temp file for", path);
  auto fail = [&](const std::string& op) {
    std::string err = errno_text(op, tmpl);
    close(fd);
    unlink(tmpl.c_str());
    return err;
  };
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write");
    }
    done += static_cast<std::size_t>(n);
  }
  if (fchmod(fd, 0644) != 0) return fail("chmod");
  if (fsync(fd) != 0) return fail("fsync");
  if (close(fd) != 0) {
    std::string err = errno_text("close", tmpl);
    unlink(tmpl.c_str());
    return err;
  }
  if (rename(tmpl.c_str(), path.c_str()) != 0) {
    std::string err = errno_text("rename to " + path, tmpl);
    unlink(tmpl.c_str());
    return err;
  }
  return "";
}

}  // namespace specconf::capture
