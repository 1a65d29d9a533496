#include "reference/process/verify_resources.h"

#include <array>

#include "reference/core/error.h"
#include "reference/process/cpuset_list.h"

namespace specconf::ref {
namespace {

using Warnings = std::vector<std::string>;

void verify_memory_v1(oci::LinuxMemory& memory, const host::CgroupV1Info& info, Warnings& w) {
  if (memory.limit && !info.memory_limit) {
    w.push_back("Your kernel does not support memory limit capabilities or the cgroup is not mounted. Limitation discarded.");
    memory.limit.reset();
    memory.swap.reset();
  }
  if (memory.limit && memory.swap && !info.swap_limit) {
    w.push_back("Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.");
    memory.swap.reset();
  }
  if (memory.limit && memory.swap && *memory.swap < *memory.limit) {
    fail("minimum memoryswap limit should be larger than memory limit, see usage");
  }
  if (!memory.limit && memory.swap) {
    fail("you should always set a memory limit when using a memoryswap limit, see usage");
  }
  if (memory.swappiness) {
    if (!info.memory_swappiness) {
      w.push_back("Your kernel does not support memory swappiness capabilities, or the cgroup is not mounted. Memory swappiness discarded.");
      memory.swappiness.reset();
    } else if (*memory.swappiness > 100) {
      fail("invalid value: " + std::to_string(*memory.swappiness) + ", valid memory swappiness range is 0-100");
    }
  }
  if (memory.reservation && !info.memory_reservation) {
    w.push_back("Your kernel does not support memory soft limit capabilities or the cgroup is not mounted. Limitation discarded.");
    memory.reservation.reset();
  }
  if (memory.limit && memory.reservation && *memory.limit < *memory.reservation) {
    fail("minimum memory limit cannot be less than memory reservation limit, see usage");
  }
  if (memory.disable_oom_killer && *memory.disable_oom_killer && !info.oom_kill_disable) {
    w.push_back("Your kernel does not support OomKillDisable. OomKillDisable discarded.");
    memory.disable_oom_killer.reset();
  }
}

void verify_cpu_v1(oci::LinuxCPU& cpu, const host::Cgroups& cg, Warnings& w) {
  const host::CgroupV1Info& info = cg.v1;
  if (cpu.shares && !info.cpu_shares) {
    w.push_back("Your kernel does not support CPU shares or the cgroup is not mounted. Shares discarded.");
    cpu.shares.reset();
  }
  if (cpu.period && !info.cpu_cfs_period) {
    w.push_back("Your kernel does not support CPU cfs period or the cgroup is not mounted. Period discarded.");
    cpu.period.reset();
  }
  if (cpu.period && (*cpu.period < 1000 || *cpu.period > 1000000)) {
    fail("CPU cfs period cannot be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)");
  }
  if (cpu.quota && !info.cpu_cfs_quota) {
    w.push_back("Your kernel does not support CPU cfs quota or the cgroup is not mounted. Quota discarded.");
    cpu.quota.reset();
  }
  if (cpu.quota && *cpu.quota < 1000) fail("CPU cfs quota cannot be less than 1ms (i.e. 1000)");
  if ((!cpu.cpus.empty() || !cpu.mems.empty()) && !info.cpuset) {
    w.push_back("Your kernel does not support cpuset or the cgroup is not mounted. CPUset discarded.");
    cpu.cpus.clear();
    cpu.mems.clear();
  }

  const auto cpus_available = is_cpuset_list_available(cpu.cpus, cg.cpus);
  if (!cpus_available) fail("invalid value " + cpu.cpus + " for cpuset cpus");
  if (!*cpus_available) {
    fail("requested CPUs are not available - requested " + cpu.cpus + ", available: " + cg.cpus);
  }
  const auto mems_available = is_cpuset_list_available(cpu.mems, cg.mems);
  if (!mems_available) fail("invalid value " + cpu.mems + " for cpuset mems");
  if (!*mems_available) {
    fail("requested memory nodes are not available - requested " + cpu.mems + ", available: " + cg.mems);
  }
}

// The throttle lists sysinfo may not support: each is dropped whole with its warning.
struct ThrottleCheck {
  std::vector<oci::LinuxThrottleDevice> oci::LinuxBlockIO::*list;
  bool host::CgroupV1Info::*supported;
  const char* warning;
};

constexpr std::array<ThrottleCheck, 4> kThrottleChecks = {{
    {&oci::LinuxBlockIO::throttle_read_bps_device, &host::CgroupV1Info::blkio_read_bps_device,
     "Your kernel does not support BPS Block I/O read limit or the cgroup is not mounted. Block I/O BPS read limit discarded"},
    {&oci::LinuxBlockIO::throttle_write_bps_device, &host::CgroupV1Info::blkio_write_bps_device,
     "Your kernel does not support BPS Block I/O write limit or the cgroup is not mounted. Block I/O BPS write limit discarded."},
    {&oci::LinuxBlockIO::throttle_read_iops_device, &host::CgroupV1Info::blkio_read_iops_device,
     "Your kernel does not support IOPS Block read limit or the cgroup is not mounted. Block I/O IOPS read limit discarded."},
    {&oci::LinuxBlockIO::throttle_write_iops_device, &host::CgroupV1Info::blkio_write_iops_device,
     "Your kernel does not support IOPS Block I/O write limit or the cgroup is not mounted. Block I/O IOPS write limit discarded."},
}};

void verify_blkio_v1(oci::LinuxBlockIO& blkio, const host::CgroupV1Info& info, Warnings& w) {
  if (blkio.weight && !info.blkio_weight) {
    w.push_back("Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.");
    blkio.weight.reset();
  }
  if (blkio.weight && (*blkio.weight > 1000 || *blkio.weight < 10)) fail("range of blkio weight is from 10 to 1000");
  if (!blkio.weight_device.empty() && !info.blkio_weight_device) {
    w.push_back("Your kernel does not support Block I/O weight_device or the cgroup is not mounted. Weight-device discarded.");
    blkio.weight_device.clear();
  }
  for (const ThrottleCheck& c : kThrottleChecks) {
    if (!(blkio.*c.list).empty() && !(info.*c.supported)) {
      w.push_back(c.warning);
      (blkio.*c.list).clear();
    }
  }
}

}  // namespace

std::vector<std::string> verify_container_resources_cgroup_v1(specgen::SpecGenerator& s,
                                                              const host::HostProfile& h) {
  Warnings w;
  if (s.resource_limits && h.identity.rootless) {
    s.resource_limits.reset();
    w.push_back("Resource limits are not supported and ignored on cgroups V1 rootless systems");
  }
  if (!s.resource_limits) return w;
  oci::LinuxResources& r = *s.resource_limits;
  if (r.unified) fail("cannot use --cgroup-conf without cgroup v2");

  const host::CgroupV1Info& info = h.cgroups.v1;
  if (r.memory) verify_memory_v1(*r.memory, info, w);
  // Go's TODO: a limit >= 0 counts as set.
  if (r.pids && r.pids->limit >= 0 && !info.pids_limit) {
    w.push_back("Your kernel does not support pids limit capabilities or the cgroup is not mounted. PIDs limit discarded.");
    r.pids.reset();
  }
  if (r.cpu) verify_cpu_v1(*r.cpu, h.cgroups, w);
  if (r.block_io) verify_blkio_v1(*r.block_io, info, w);
  return w;
}

std::vector<std::string> verify_container_resources_cgroup_v2(specgen::SpecGenerator& s,
                                                              const host::HostProfile& h) {
  Warnings w;
  if (!s.resource_limits) return w;
  oci::LinuxResources& r = *s.resource_limits;
  if (r.memory && r.memory->swap && h.cgroups.own_memory_max && !h.cgroups.own_memory_swap_max) {
    w.push_back("Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.");
    r.memory->swap.reset();
  }
  if (r.cpu) {
    if (r.cpu->realtime_period) {
      w.push_back("Realtime period not supported on cgroups V2 systems");
      r.cpu->realtime_period.reset();
    }
    if (r.cpu->realtime_runtime) {
      w.push_back("Realtime runtime not supported on cgroups V2 systems");
      r.cpu->realtime_runtime.reset();
    }
  }
  return w;
}

std::vector<std::string> verify_container_resources(specgen::SpecGenerator& s, const host::HostProfile& h) {
  if (h.cgroups.version == 2) return verify_container_resources_cgroup_v2(s, h);
  return verify_container_resources_cgroup_v1(s, h);
}

}  // namespace specconf::ref
