// The cgroup facts verifyContainerResources reads (pkg/specgen/generate/validate.go at v4.3.1), taken the
// way podman takes them. Meant to run inside run_in_service_view.
#pragma once

#include <map>
#include <string>

#include "reference/model/host_profile.h"

namespace specconf::capture {

struct CgroupSurvey {
  int version = 1;  // 2 when /sys/fs/cgroup is cgroup2 (cgroups.IsCgroup2UnifiedMode: statfs magic)
  host::CgroupV1Info v1;          // containers/common sysinfo.New(true)
  std::string cpus, mems;         // sysinfo's cpuset.cpus / cpuset.mems of the cpuset mount
  bool own_memory_max = false;    // v2: /sys/fs/cgroup/<own>/memory.max exists
  bool own_memory_swap_max = false;
};

// `own_v2_path` is the service's cgroup2 path ("/specconf-root-cgroupv2"); unused on v1.
CgroupSurvey survey_cgroups(const std::string& own_v2_path);

// prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 0) succeeds: podman then gives non-root users ambient caps.
bool ambient_capabilities_supported();

// runc's cgroup v1 mount table from /proc/self/mountinfo text: subsystem -> mount point, the first mount
// of each subsystem winning (GetCgroupMounts(false)).
std::map<std::string, std::string> cgroup_v1_mounts(const std::string& mountinfo);

}  // namespace specconf::capture
