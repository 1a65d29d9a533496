#include "reference/pipeline/complete_spec.h"

#include "reference/pipeline/image_lookup.h"
#include "reference/pipeline/stop_signal.h"
#include "reference/process/process.h"
#include "reference/security/security.h"

namespace specconf::ref {

const host::Image* image_of(const specgen::SpecGenerator& s, const host::HostProfile& h) {
  if (s.image.empty() || !s.rootfs.empty()) return nullptr;
  return &lookup_image(h, s.image);
}

std::vector<std::string> complete_spec(specgen::SpecGenerator& s, const host::HostProfile& h) {
  const host::Image* image = image_of(s, h);
  complete_stop_signal(s, image);

  complete_env(s, image, h);
  complete_annotations(s, image, h);

  if (s.seccomp_profile_path.empty()) s.seccomp_profile_path = default_seccomp_path(h);
  if (s.user.empty() && image) s.user = image->config.user;
  if (s.cgroups_mode.empty()) s.cgroups_mode = h.containers_conf.cgroups;
  init_resource_limits(s, h);

  std::vector<std::string> warnings = verify_container_resources(s, h);
  const std::string& net = s.netns.nsmode;
  if ((net == "host" || net == "container" || net == "pod" || net == "none") && !s.port_mappings.empty()) {
    warnings.push_back(
        "Port mappings have been discarded as one of the Host, Container, Pod, and None network modes are in use");
  }
  return warnings;
}

}  // namespace specconf::ref
