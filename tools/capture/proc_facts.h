// Parsers for the /proc and /etc files the probe reads about the live podman service. Pure functions on
// text, so each rule is unit-tested without a service.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reference/model/host_profile.h"

namespace specconf::capture {

// The value of "Name:\t..." in /proc/<pid>/status ("" when absent).
std::string status_field(std::string_view status, std::string_view name);

// The CAP_ names of the set bits of `mask` among caps 0..last_cap (gocapability's list, which ends at
// 40, CAP_CHECKPOINT_RESTORE), sorted by name as containers/common BoundingSet() returns them.
std::vector<std::string> cap_names(std::uint64_t mask, int last_cap);

// Soft and hard of a /proc/<pid>/limits row ("Max open files"); "unlimited" is RLIM_INFINITY.
std::string parse_limit(std::string_view limits, std::string_view row, host::Rlimit& out);

// Total of the third column of /proc/<pid>/{uid,gid}_map.
std::uint64_t id_map_total(std::string_view map);

// NUL-separated /proc/<pid>/environ into KEY=VALUE strings, in order.
std::vector<std::string> split_environ(std::string_view environ);

// The value of KEY in a KEY=VALUE list, or nullopt.
std::optional<std::string> env_value(const std::vector<std::string>& env, std::string_view key);

// The cgroup v2 path ("0::/x") from /proc/<pid>/cgroup, or "" when there is none.
std::string unified_cgroup_path(std::string_view proc_cgroup);

// The user's ranges in /etc/subuid or /etc/subgid content (matched by name, or by uid as a number, as
// containers/storage does), in file order.
std::vector<host::IDRange> subid_ranges(std::string_view file, std::string_view user, std::uint32_t uid);

// The containers/common version in podman's binary: what follows "containers-default-" (the AppArmor
// profile name apparmor.Profile), e.g. "0.50.1" or "0.50.2-dev"; "" when not found.
std::string containers_common_version(std::string_view binary);

// getDefaultProcessLimits' result as the service's RLIMIT_NPROC shows it: it set NPROC to pid_max, or
// else to 1048576, and reports "nproc=N:N"; neither means setrlimit failed and there is no default.
std::vector<std::string> default_process_limits(const host::Rlimit& nproc, std::uint64_t pid_max);

// libseccomp's native arch name (seccomp.ArchNative.String()) for a uname machine.
std::string seccomp_arch_for_machine(std::string_view machine);

}  // namespace specconf::capture
