#include "reference/core/host_fs.h"

#include <algorithm>

#include "reference/core/error_texts.h"

namespace specconf::ref {

StatResult host_lstat(const host::HostProfile& h, const std::string& path) {
  StatResult r;
  const host::FileFact* f = h.file(path);
  if (!f) {
    r.errno_text = errors::kENOENT;
  } else if (!f->error.empty()) {
    r.errno_text = f->error;
  } else {
    r.fact = f;
  }
  return r;
}

StatResult host_stat(const host::HostProfile& h, const std::string& path) {
  std::string p = path;
  for (int hops = 0; hops < 40; ++hops) {  // Linux's MAXSYMLINKS
    StatResult r = host_lstat(h, p);
    if (!r.ok() || r.fact->type != "symlink") return r;
    p = r.fact->target;
  }
  return StatResult{nullptr, "too many levels of symbolic links"};
}

std::string host_eval_symlinks(const host::HostProfile& h, const std::string& path, std::string& errno_text) {
  std::string p = path;
  for (int hops = 0; hops < 255; ++hops) {  // filepath.EvalSymlinks gives up after 255 links
    StatResult r = host_lstat(h, p);
    if (!r.ok()) {
      errno_text = r.errno_text;
      return "";
    }
    if (r.fact->type != "symlink") return p;
    p = r.fact->target;
  }
  errno_text = "EvalSymlinks: too many links";
  return "";
}

std::vector<std::string> host_dir_entries(const host::HostProfile& h, const std::string& dir) {
  std::vector<std::string> out;
  const host::FileFact* f = h.file(dir);
  if (f && f->entries) {
    for (const auto& name : *f->entries) out.push_back(dir == "/" ? "/" + name : dir + "/" + name);
    std::sort(out.begin(), out.end());
  }
  return out;
}

}  // namespace specconf::ref
