#include "reference/storage/masked_paths.h"

#include "reference/goport/filepath.h"
#include "reference/goport/path.h"
#include "reference/goport/strings.h"

namespace specconf::ref {
namespace {

constexpr const char* kDefaultMaskPaths[] = {
    "/proc/acpi",        "/proc/kcore",      "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
    "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware",       "/sys/fs/selinux",
    "/sys/dev/block",
};

constexpr const char* kDefaultReadonlyPaths[] = {
    "/proc/asound", "/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger",
};

}  // namespace

// pkg/specgen/generate/config_linux.go:shouldMask (podman aa47e05ae4, same in v4.3.1).
bool should_mask(const std::string& mask, const std::optional<std::vector<std::string>>& unmask) {
  if (!unmask) return true;
  for (const std::string& m : *unmask) {
    if (goport::lower_equals(m, "all")) return false;
    std::size_t start = 0;
    for (;;) {  // strings.Split(m, ":") without the copies
      const std::size_t end = m.find(':', start);
      const std::string_view glob = std::string_view(m).substr(start, end == std::string::npos ? end : end - start);
      // ErrBadPattern is only logged (logrus.Errorf); the glob then does not match.
      if (goport::filepath_match(glob, mask).matched) return false;
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
  return true;
}

// pkg/specgen/generate/config_linux.go:BlockAccessToKernelFilesystems (podman aa47e05ae4, same in v4.3.1).
void block_access_to_kernel_filesystems(bool privileged, bool pid_mode_is_host, const std::vector<std::string>& mask,
                                        const std::optional<std::vector<std::string>>& unmask, Generator& g,
                                        const host::HostProfile& h) {
  if (!privileged) {
    for (const char* mp : kDefaultMaskPaths)
      if (should_mask(mp, unmask)) g.add_linux_masked_paths(mp);
    for (const char* rp : kDefaultReadonlyPaths)
      if (should_mask(rp, unmask)) g.add_linux_readonly_paths(rp);
    if (pid_mode_is_host && h.identity.rootless) return;  // rootless.IsRootless()
  }
  for (const std::string& mp : mask) {
    if (!goport::path_is_abs(mp) && !mp.empty()) continue;  // logged "not an absolute path, skipping"; "" is kept
    g.add_linux_masked_paths(mp);
  }
}

}  // namespace specconf::ref
