#include "tools/diff/mount_order.h"

#include <string_view>

namespace specconf::diff {
namespace {

struct ConfigMount {
  std::string_view destination, type, source;
  int rank;
  int moved_rank;  // 0 unless podman may also append this mount at the end under another rank
};

// podman 4.3.1 SpecGenToOCI (oci_linux.go:73-184), before SupersedeUserMounts puts user mounts first:
// generate.New's defaults minus /dev/shm, each kept in place or removed and re-appended, then the
// appends in code order. /sys as sysfs is rank 5 in place and 6 when re-appended (privileged); no
// other config mount can sit between the two, so one rank serves both.
constexpr ConfigMount kConfigMounts[] = {
    {"/proc", "proc", "proc", 1, 0},
    {"/dev", "tmpfs", "tmpfs", 2, 0},
    {"/dev/pts", "devpts", "devpts", 3, 7},  // in place, or moved to the end without gid=5 (§2.5)
    {"/dev/mqueue", "mqueue", "mqueue", 4, 0},
    {"/sys", "sysfs", "sysfs", 5, 0},
    {"/sys", "bind", "/sys", 6, 0},                // !canMountSys (§2.4)
    {"/dev/mqueue", "bind", "/dev/mqueue", 8, 0},  // user namespace with ipcns host (§2.6)
    {"/proc", "bind", "/proc", 9, 0},              // user namespace with pidns host (§2.6)
    {"/sys/fs/cgroup", "cgroup", "cgroup", 10, 0},
};

// Go omits empty "type" and "source"; an absent member reads as "".
bool string_member(const nlohmann::json& mount, const char* key, std::string_view& out) {
  auto it = mount.find(key);
  if (it == mount.end()) {
    out = {};
    return true;
  }
  if (!it->is_string()) return false;
  out = it->get_ref<const std::string&>();
  return true;
}

}  // namespace

int config_mount_rank_below(const nlohmann::json& mount, int below) {
  if (!mount.is_object()) return 0;
  std::string_view destination, type, source;
  if (!string_member(mount, "destination", destination) || !string_member(mount, "type", type) ||
      !string_member(mount, "source", source))
    return 0;
  for (const ConfigMount& c : kConfigMounts) {
    if (c.destination != destination || c.type != type || c.source != source) continue;
    if (c.moved_rank != 0 && c.moved_rank < below) return c.moved_rank;
    return c.rank < below ? c.rank : 0;
  }
  return 0;
}

std::size_t leading_user_mounts(const nlohmann::json& mounts) {
  constexpr int kAny = 1 << 30;
  std::size_t end = mounts.size();
  // Rootless device binds come after every config mount and look like user mounts.
  while (end > 0 && config_mount_rank_below(mounts[end - 1], kAny) == 0) --end;
  if (end == 0) return mounts.size();
  std::size_t start = end - 1;
  int next = config_mount_rank_below(mounts[start], kAny);
  while (start > 0) {
    const int rank = config_mount_rank_below(mounts[start - 1], next);
    if (rank == 0) break;
    next = rank;
    --start;
  }
  return start;
}

}  // namespace specconf::diff
