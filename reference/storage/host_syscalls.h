// The syscalls the storage code makes on host paths (lstat, stat, statfs, EvalSymlinks), answered from
// HostProfile.files the way the kernel and Go's syscall layer would answer them for the podman service:
//   - a path with a NUL byte fails in Go before any syscall: "invalid argument";
//   - "" is ENOENT; a path of PATH_MAX (4096) bytes or more is ENAMETOOLONG;
//   - a relative path is looked up against HostProfile.cwd; a path is looked up as written if the profile
//     lists it, else cleaned (the profile keys are clean absolute paths);
//   - a trailing slash on something that is not a directory is ENOTDIR.
// Error texts are the errno strings only; callers add Go's "<op> <path>: " where Go does.
#pragma once

#include <cstdint>
#include <string>

#include "reference/core/host_fs.h"
#include "reference/model/host_profile.h"

namespace specconf::ref {

StatResult sys_lstat(const host::HostProfile& h, const std::string& path);
StatResult sys_stat(const host::HostProfile& h, const std::string& path);

// statfs(2) follows symlinks like stat; the mount flags are those of the file it lands on.
inline StatResult sys_statfs(const host::HostProfile& h, const std::string& path) { return sys_stat(h, path); }

// filepath.EvalSymlinks: the resolved path, or "" with errno_text set.
std::string sys_eval_symlinks(const host::HostProfile& h, const std::string& path, std::string& errno_text);

// The raw st_mode of a FileFact, file-type bits included. A profile that gives only the permission bits
// gets the type bits from FileFact.type.
std::uint32_t st_mode(const host::FileFact& f);

inline constexpr std::uint32_t kS_IFMT = 0170000;
inline constexpr std::uint32_t kS_IFBLK = 0060000;
inline constexpr std::uint32_t kS_IFCHR = 0020000;
inline constexpr std::uint32_t kS_IFIFO = 0010000;

}  // namespace specconf::ref
