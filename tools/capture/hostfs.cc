#include "tools/capture/hostfs.h"

#include <ftw.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "tools/capture/atomic_file.h"

namespace specconf::capture {
namespace {

std::string errno_text(const std::string& op, const std::string& path) {
  return op + " " + path + ": " + std::strerror(errno);
}

std::string make_parents(const std::string& path) {
  const auto slash = path.find_last_of('/');
  if (slash == 0 || slash == std::string::npos) return "";
  const std::string dir = path.substr(0, slash);
  struct stat st {};
  if (lstat(dir.c_str(), &st) == 0) return S_ISDIR(st.st_mode) ? "" : dir + " exists and is not a directory";
  if (std::string err = make_parents(dir); !err.empty()) return err;
  if (mkdir(dir.c_str(), 0755) != 0) return errno_text("mkdir", dir);
  if (chmod(dir.c_str(), 0755) != 0) return errno_text("chmod", dir);  // whatever our umask is
  return "";
}

std::string create(const HostFsEntry& e) {
  const char* p = e.path.c_str();
  const unsigned mode = e.mode.value_or(e.type == "dir" ? 0755 : 0644);
  if (std::string err = make_parents(e.path); !err.empty()) return err;
  if (e.type == "dir") {
    if (mkdir(p, mode) != 0) return errno_text("mkdir", e.path);
  } else if (e.type == "file") {
    std::string content;
    if (!e.from.empty()) {
      if (std::string err = read_file(e.from, content); !err.empty()) return err;
    }
    if (std::string err = write_file_atomically(e.path, content); !err.empty()) return err;
  } else if (e.type == "char" || e.type == "block") {
    const mode_t kind = e.type == "char" ? S_IFCHR : S_IFBLK;
    if (mknod(p, kind | mode, makedev(static_cast<unsigned>(e.major), static_cast<unsigned>(e.minor))) != 0)
      return errno_text("mknod", e.path);
  } else if (e.type == "fifo") {
    if (mkfifo(p, mode) != 0) return errno_text("mkfifo", e.path);
  } else if (e.type == "symlink") {
    if (symlink(e.target.c_str(), p) != 0) return errno_text("symlink", e.path);
    return "";  // a symlink's own mode is not settable
  }
  if (chmod(p, mode) != 0) return errno_text("chmod", e.path);
  return "";
}

int remove_one(const char* path, const struct stat*, int type, struct FTW*) {
  const int rc = (type == FTW_DP) ? rmdir(path) : unlink(path);
  return rc == 0 || errno == ENOENT ? 0 : -1;
}

}  // namespace

std::string remove_hostfs() {
  struct stat st {};
  if (lstat(kHostFsRoot, &st) != 0) return errno == ENOENT ? "" : errno_text("lstat", kHostFsRoot);
  if (nftw(kHostFsRoot, remove_one, 32, FTW_DEPTH | FTW_PHYS | FTW_MOUNT) != 0)
    return errno_text("remove", kHostFsRoot);
  return "";
}

std::string install_hostfs(const Corpus& corpus) {
  if (std::string err = remove_hostfs(); !err.empty()) return err;
  if (mkdir(kHostFsRoot, 0755) != 0 && errno != EEXIST) return errno_text("mkdir", kHostFsRoot);
  chmod(kHostFsRoot, 0755);
  for (const auto& e : corpus.hostfs) {
    if (std::string err = create(e); !err.empty()) return "hostfs.json: " + err;
  }
  return "";
}

}  // namespace specconf::capture
