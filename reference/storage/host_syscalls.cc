#include "reference/storage/host_syscalls.h"

#include "reference/core/error_texts.h"
#include "reference/goport/filepath.h"
#include "reference/goport/path.h"

namespace specconf::ref {
namespace {

constexpr std::size_t kPathMax = 4096;

// The errno text a path fails with before any lookup, or "" when the kernel would look it up.
std::string precheck(const std::string& path) {
  if (path.find('\0') != std::string::npos) return "invalid argument";  // syscall.BytePtrFromString: EINVAL
  if (path.empty()) return errors::kENOENT;
  if (path.size() >= kPathMax) return "file name too long";
  return "";
}

std::string profile_key(const host::HostProfile& h, const std::string& path) {
  if (h.file(path)) return path;
  return goport::filepath_abs(path, h.cwd);
}

bool has_trailing_slash(const std::string& path) { return path.size() > 1 && path.back() == '/'; }

StatResult failed(std::string errno_text) { return StatResult{nullptr, std::move(errno_text)}; }

}  // namespace

StatResult sys_stat(const host::HostProfile& h, const std::string& path) {
  if (std::string e = precheck(path); !e.empty()) return failed(e);
  StatResult r = host_stat(h, profile_key(h, path));
  if (r.ok() && has_trailing_slash(path) && r.fact->type != "dir") return failed(errors::kENOTDIR);
  return r;
}

StatResult sys_lstat(const host::HostProfile& h, const std::string& path) {
  if (has_trailing_slash(path)) return sys_stat(h, path);  // the kernel follows a link before a '/'
  if (std::string e = precheck(path); !e.empty()) return failed(e);
  return host_lstat(h, profile_key(h, path));
}

std::string sys_eval_symlinks(const host::HostProfile& h, const std::string& path, std::string& errno_text) {
  if (std::string e = precheck(path); !e.empty()) {
    errno_text = e;
    return "";
  }
  const StatResult own = host_lstat(h, profile_key(h, path));
  if (own.ok() && own.fact->type != "symlink") return goport::path_clean(path);
  return host_eval_symlinks(h, profile_key(h, path), errno_text);
}

std::uint32_t st_mode(const host::FileFact& f) {
  if (f.mode & kS_IFMT) return f.mode;
  for (const auto& t : host::kFileTypes)
    if (f.type == t.type) return f.mode | t.bits;
  return f.mode;
}

}  // namespace specconf::ref
