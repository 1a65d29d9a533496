// Looking at the machine the way the podman service does: a forked child joins the service's mount
// namespace (so a cgroup v2 profile sees cgroup2 at /sys/fs/cgroup, as podman does) and drops to the
// profile's user (so a rootless profile gets the permission errors podman gets), runs one function and
// sends its text result back through a pipe. Nothing it does can outlive it.
#pragma once

#include <functional>
#include <string>
#include <sys/types.h>

namespace specconf::capture {

struct ViewIdentity {
  pid_t mount_ns_of = 0;  // a process in the service's mount namespace; 0: stay in ours
  uid_t uid = 0;
  gid_t gid = 0;
  std::string user;       // for the supplementary groups (initgroups)
};

// Runs `fn` in the child and returns its output in `out`. Returns "" or an error (join or privilege drop
// failed, the child crashed, or it ran longer than timeout_seconds).
std::string run_in_service_view(const ViewIdentity& who, const std::function<std::string()>& fn, std::string& out,
                                int timeout_seconds = 120);

}  // namespace specconf::capture
