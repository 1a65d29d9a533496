#include "tools/capture/cgroup_facts.h"

#include <linux/magic.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/statfs.h>

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

namespace specconf::capture {
namespace {

bool exists(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0;
}

std::string read_trimmed(const std::string& path, bool& ok) {
  std::ifstream in(path);
  ok = static_cast<bool>(in);
  if (!ok) return "";
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  const auto b = s.find_first_not_of(" \t\n");
  const auto e = s.find_last_not_of(" \t\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::map<std::string, std::string> cgroup_v1_mounts(const std::string& mountinfo) {
  std::map<std::string, std::string> out;
  std::stringstream lines(mountinfo);
  std::string line;
  while (std::getline(lines, line)) {
    const auto sep = line.find(" - ");
    if (sep == std::string::npos) continue;
    std::stringstream pre(line.substr(0, sep)), post(line.substr(sep + 3));
    std::vector<std::string> f;
    for (std::string x; pre >> x;) f.push_back(x);
    std::string fstype, source, options;
    post >> fstype >> source >> options;
    if (fstype != "cgroup" || f.size() < 5) continue;
    std::stringstream opts(options);
    for (std::string opt; std::getline(opts, opt, ',');) {
      if (opt == "rw" || opt == "ro" || opt.find('=') != std::string::npos) {
        if (opt.rfind("name=", 0) != 0) continue;
      }
      out.emplace(opt, f[4]);  // emplace keeps the first mount of each subsystem
    }
  }
  return out;
}

CgroupSurvey survey_cgroups(const std::string& own_v2_path) {
  CgroupSurvey s;
  struct statfs fs {};
  s.version = (statfs("/sys/fs/cgroup", &fs) == 0 && fs.f_type == CGROUP2_SUPER_MAGIC) ? 2 : 1;

  std::map<std::string, std::string> mounts;
  if (s.version == 2) {
    // runc GetCgroupMounts on cgroup2: one mount, every available controller plus devices and freezer.
    std::stringstream ctl(slurp("/sys/fs/cgroup/cgroup.controllers") + " devices freezer");
    for (std::string c; ctl >> c;) mounts[c] = "/sys/fs/cgroup";
  } else {
    mounts = cgroup_v1_mounts(slurp("/proc/self/mountinfo"));
  }
  auto at = [&](const char* subsystem, const char* file) {
    auto it = mounts.find(subsystem);
    return it != mounts.end() && exists(it->second + "/" + file);
  };
  auto& v = s.v1;
  if (mounts.count("memory")) {
    v.memory_limit = true;
    v.swap_limit = at("memory", "memory.memsw.limit_in_bytes");
    v.memory_reservation = at("memory", "memory.soft_limit_in_bytes");
    v.oom_kill_disable = at("memory", "memory.oom_control");
    v.memory_swappiness = at("memory", "memory.swappiness");
    v.kernel_memory = at("memory", "memory.kmem.limit_in_bytes");
  }
  v.cpu_shares = at("cpu", "cpu.shares");
  v.cpu_cfs_period = at("cpu", "cpu.cfs_period_us");
  v.cpu_cfs_quota = at("cpu", "cpu.cfs_quota_us");
  v.cpu_realtime_period = at("cpu", "cpu.rt_period_us");
  v.cpu_realtime_runtime = at("cpu", "cpu.rt_runtime_us");
  v.blkio_weight = at("blkio", "blkio.weight");
  v.blkio_weight_device = at("blkio", "blkio.weight_device");
  v.blkio_read_bps_device = at("blkio", "blkio.throttle.read_bps_device");
  v.blkio_write_bps_device = at("blkio", "blkio.throttle.write_bps_device");
  v.blkio_read_iops_device = at("blkio", "blkio.throttle.read_iops_device");
  v.blkio_write_iops_device = at("blkio", "blkio.throttle.write_iops_device");
  if (auto it = mounts.find("cpuset"); it != mounts.end()) {
    bool ok_cpus = false, ok_mems = false;
    const std::string cpus = read_trimmed(it->second + "/cpuset.cpus", ok_cpus);
    const std::string mems = read_trimmed(it->second + "/cpuset.mems", ok_mems);
    if (ok_cpus && ok_mems) {
      v.cpuset = true;
      s.cpus = cpus;
      s.mems = mems;
    }
  }
  v.pids_limit = s.version == 2 || mounts.count("pids");
  if (s.version == 2) {
    const std::string own = own_v2_path.empty() || own_v2_path == "/" ? "/podman_probe" : own_v2_path;
    s.own_memory_max = exists("/sys/fs/cgroup" + own + "/memory.max");
    s.own_memory_swap_max = exists("/sys/fs/cgroup" + own + "/memory.swap.max");
  }
  return s;
}

bool ambient_capabilities_supported() { return prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 0, 0, 0) >= 0; }

}  // namespace specconf::capture
