#include "reference/storage/spec_mounts.h"

#include <unordered_set>

#include "reference/goport/path.h"
#include "reference/goport/strings.h"
#include "reference/storage/mount_options.h"

namespace specconf::ref {

// pkg/specgen/generate/storage.go:SupersedeUserMounts (podman aa47e05ae4, same in v4.3.1).
std::vector<oci::Mount> supersede_user_mounts(const std::vector<oci::Mount>& user, std::vector<oci::Mount> config) {
  if (user.empty()) return config;
  std::unordered_set<std::string> destinations;
  for (const oci::Mount& m : user) destinations.insert(goport::path_clean(m.destination));
  const bool mount_dev = destinations.count("/dev") != 0;
  std::vector<oci::Mount> out = user;
  for (oci::Mount& m : config) {
    if (destinations.count(goport::path_clean(m.destination))) continue;
    if (mount_dev && goport::has_prefix(m.destination, "/dev/")) continue;  // all of /dev is the user's
    out.push_back(std::move(m));
  }
  return out;
}

// pkg/specgen/generate/storage.go:InitFSMounts (podman aa47e05ae4, same in v4.3.1).
void init_fs_mounts(std::vector<oci::Mount>& mounts, const host::HostProfile& h) {
  for (oci::Mount& m : mounts) {
    if (m.type == "bind") {
      m.options = process_options(m.options, false, m.source, h);
    } else if (m.type == "tmpfs" && goport::path_clean(m.destination) != "/dev") {
      m.options = process_options(m.options, true, "", h);
    }
  }
}

}  // namespace specconf::ref
