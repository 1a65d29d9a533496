// The host's filesystem as the reference may see it: only through HostProfile.files. A path that is not
// listed does not exist (ENOENT); a listed path with `error` fails with that errno text. These helpers
// give podman's stat/lstat/statfs/EvalSymlinks their Go error strings ("stat /x: no such file or directory").
#pragma once

#include <string>

#include "reference/model/host_profile.h"

namespace specconf::ref {

struct StatResult {
  const host::FileFact* fact = nullptr;  // set on success
  std::string errno_text;                // on failure: "no such file or directory", "permission denied", ...
  bool ok() const { return fact != nullptr; }
};

// lstat(2): the path's own entry (a symlink stays a symlink).
StatResult host_lstat(const host::HostProfile& h, const std::string& path);

// stat(2): follows a symlink entry to its target's entry.
StatResult host_stat(const host::HostProfile& h, const std::string& path);

// filepath.EvalSymlinks: the resolved path, or "" with errno_text set.
std::string host_eval_symlinks(const host::HostProfile& h, const std::string& path, std::string& errno_text);

// Go's *fs.PathError text: "<op> <path>: <errno text>".
inline std::string path_error(const std::string& op, const std::string& path, const std::string& errno_text) {
  return op + " " + path + ": " + errno_text;
}

// The profile's paths directly inside dir, sorted (as filepath.Walk visits them).
std::vector<std::string> host_dir_entries(const host::HostProfile& h, const std::string& dir);

}  // namespace specconf::ref
