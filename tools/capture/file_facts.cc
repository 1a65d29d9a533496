#include "tools/capture/file_facts.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace specconf::capture {
namespace {

constexpr std::size_t kMaxWalkEntries = 20000;
constexpr std::size_t kMaxContentBytes = 1 << 20;

std::string type_of(mode_t m) {
  if (S_ISDIR(m)) return "dir";
  if (S_ISREG(m)) return "file";
  if (S_ISCHR(m)) return "char";
  if (S_ISBLK(m)) return "block";
  if (S_ISFIFO(m)) return "fifo";
  if (S_ISSOCK(m)) return "socket";
  if (S_ISLNK(m)) return "symlink";
  return "unknown";
}

void fill_from_stat(const struct stat& st, host::FileFact& f) {
  f.type = type_of(st.st_mode);
  f.mode = st.st_mode;
  f.uid = st.st_uid;
  f.gid = st.st_gid;
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
    f.major = major(st.st_rdev);
    f.minor = minor(st.st_rdev);
  }
}

void fill_mount_flags(const std::string& path, host::FileFact& f) {
  struct statvfs vfs {};
  if (statvfs(path.c_str(), &vfs) == 0) {
    f.nosuid = (vfs.f_flag & ST_NOSUID) != 0;
    f.nodev = (vfs.f_flag & ST_NODEV) != 0;
    f.noexec = (vfs.f_flag & ST_NOEXEC) != 0;
  }
}

std::string parent_of(const std::string& p) {
  const auto slash = p.find_last_of('/');
  if (slash == 0 || slash == std::string::npos) return "/";
  return p.substr(0, slash);
}

std::string clean(std::string p) {
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  return p;
}

class Surveyor {
 public:
  explicit Surveyor(const FileSurvey& s) : survey_(s) {}

  std::map<std::string, host::FileFact> run() {
    for (const auto& p : survey_.paths) add_with_parents(clean(p));
    if (survey_.block_devices) add_block_devices();
    for (const auto& d : survey_.walk_dirs) walk(clean(d));
    for (const auto& f : survey_.content_files) read_content(clean(f));
    for (auto& [path, fact] : facts_) {
      if (fact.type != "file") continue;
      for (const auto& dir : survey_.content_under) {
        if (path.compare(0, dir.size() + 1, clean(dir) + "/") == 0) read_content(path);
      }
    }
    return std::move(facts_);
  }

 private:
  void add_with_parents(const std::string& path) {
    if (path.empty() || path[0] != '/') return;
    // /proc/self is the prober itself, a different pid every run: only the leaf is a stable fact.
    if (path.rfind("/proc/self/", 0) == 0) {
      add("/");
      add("/proc");
      add(path);
      return;
    }
    for (std::string p = parent_of(path); p != "/"; p = parent_of(p)) add(p);
    add("/");
    add(path);
  }

  // One path: lstat; a symlink also gets what EvalSymlinks resolves it to, which is added too.
  void add(const std::string& path) {
    if (facts_.count(path) || pending_.count(path)) return;
    pending_.insert(path);
    struct stat st {};
    if (lstat(path.c_str(), &st) != 0) {
      if (errno != ENOENT) facts_[path].error = go_errno_text(errno);
      return;
    }
    host::FileFact f;
    fill_from_stat(st, f);
    fill_mount_flags(path, f);
    if (S_ISLNK(st.st_mode)) {
      char resolved[PATH_MAX];
      if (realpath(path.c_str(), resolved)) {
        f.target = resolved;
        facts_[path] = f;
        add_with_parents(resolved);
        return;
      }
      // A link that names no path but still opens (the /proc/self/ns/* "net:[4026531840]" kind):
      // record what stat sees, which is all podman does with such paths.
      struct stat target {};
      if (stat(path.c_str(), &target) == 0) {
        host::FileFact g;
        fill_from_stat(target, g);
        fill_mount_flags(path, g);
        facts_[path] = g;
        return;
      }
      char link[PATH_MAX];
      const ssize_t n = readlink(path.c_str(), link, sizeof link - 1);
      if (n > 0) {
        link[n] = '\0';
        f.target = link[0] == '/' ? std::string(link) : parent_of(path) + "/" + link;
      }
    }
    facts_[path] = f;
  }

  void add_block_devices() {
    DIR* d = opendir("/dev");
    if (!d) return;
    std::vector<std::string> found;
    while (dirent* e = readdir(d)) {
      const std::string p = std::string("/dev/") + e->d_name;
      struct stat st {};
      if (lstat(p.c_str(), &st) == 0 && S_ISBLK(st.st_mode)) found.push_back(p);
    }
    closedir(d);
    for (const auto& p : found) add(p);
  }

  // filepath.Walk: lstat order, symlinks not followed.
  void walk(const std::string& dir) {
    add_with_parents(dir);
    auto it = facts_.find(dir);
    if (it == facts_.end() || it->second.type != "dir" || it->second.entries) return;
    std::vector<std::string> names;
    if (DIR* d = opendir(dir.c_str())) {
      while (dirent* e = readdir(d)) {
        const std::string n = e->d_name;
        if (n != "." && n != "..") names.push_back(n);
      }
      closedir(d);
    } else {
      return;
    }
    std::sort(names.begin(), names.end());
    facts_[dir].entries = names;
    for (const auto& n : names) {
      if (++walked_ > kMaxWalkEntries) return;
      const std::string child = dir == "/" ? "/" + n : dir + "/" + n;
      add(child);
      auto c = facts_.find(child);
      if (c != facts_.end() && c->second.type == "dir") walk(child);
    }
  }

  void read_content(const std::string& path) {
    auto it = facts_.find(path);
    if (it == facts_.end()) {
      add_with_parents(path);
      it = facts_.find(path);
      if (it == facts_.end()) return;
    }
    if (it->second.type != "file" || it->second.content) return;
    std::ifstream in(path, std::ios::binary);
    if (!in) return;
    std::string data(kMaxContentBytes + 1, '\0');
    in.read(data.data(), static_cast<std::streamsize>(data.size()));
    data.resize(static_cast<std::size_t>(in.gcount()));
    if (data.size() <= kMaxContentBytes) it->second.content = data;
  }

  const FileSurvey& survey_;
  std::map<std::string, host::FileFact> facts_;
  std::set<std::string> pending_;
  std::size_t walked_ = 0;
};

}  // namespace

std::vector<std::string> standard_paths() {
  return {"/",
          "/etc",
          "/usr",
          "/tmp",
          "/var/tmp",
          "/dev",
          "/dev/shm",
          "/dev/null",
          "/dev/zero",
          "/dev/full",
          "/dev/random",
          "/dev/urandom",
          "/dev/tty",
          "/dev/mqueue",
          "/proc",
          "/sys",
          "/sys/fs/cgroup",
          "/proc/self/ns/net",
          "/proc/self/ns/pid",
          "/proc/self/ns/ipc",
          "/proc/self/ns/uts",
          "/proc/self/ns/cgroup",
          "/proc/self/ns/user",
          "/etc/containers/seccomp.json",
          "/usr/share/containers/seccomp.json",
          "/usr/libexec/podman/catatonit"};
}

std::map<std::string, host::FileFact> survey_files(const FileSurvey& survey) { return Surveyor(survey).run(); }

std::string go_errno_text(int err) {
  std::string s = std::strerror(err);
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

}  // namespace specconf::capture
