#include "reference/process/resource_limits.h"

namespace specconf::ref {

std::int64_t pids_limit(const host::HostProfile& h) {
  if (h.identity.rootless) {
    if (h.cgroups.manager != "systemd") return 0;  // config.SystemdCgroupsManager
    if (h.cgroups.version != 2) return 0;
  }
  return h.containers_conf.pids_limit;
}

void init_resource_limits(specgen::SpecGenerator& s, const host::HostProfile& h) {
  if (s.resource_limits && s.resource_limits->pids) return;
  if (s.cgroups_mode == "disabled") return;
  const std::int64_t limit = pids_limit(h);
  if (limit == 0) return;
  if (!s.resource_limits) s.resource_limits.emplace();
  s.resource_limits->pids = oci::LinuxPids{limit};
}

void limit_to_swap_memory(oci::LinuxMemory& memory, bool swap_given, std::int64_t limit) {
  if (limit <= 0) return;
  memory.limit = limit;
  if (!swap_given) {
    memory.swap = static_cast<std::int64_t>(static_cast<std::uint64_t>(limit) * 2u);
  }
}

void limit_to_swap(specgen::SpecGenerator& s) {
  if (!s.resource_limits || !s.resource_limits->memory) return;
  oci::LinuxMemory& memory = *s.resource_limits->memory;
  // The handler passes strconv.Itoa(*swap), never "" once swap is present.
  limit_to_swap_memory(memory, memory.swap.has_value(), memory.limit.value_or(0));
}

}  // namespace specconf::ref
