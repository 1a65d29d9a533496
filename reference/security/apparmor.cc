#include "reference/security/apparmor.h"

#include "reference/core/error.h"
#include "reference/goport/strconv.h"

namespace specconf::ref {

void setup_apparmor(const specgen::SpecGenerator& s, Generator& g, const host::HostProfile& h) {
  const bool has_profile = !s.apparmor_profile.empty();
  const bool enabled = h.apparmor.enabled && !h.identity.rootless;
  if (!enabled) {
    if (has_profile && s.apparmor_profile != "unconfined") {
      fail("apparmor profile " + goport::quote(s.apparmor_profile) +
           " specified, but Apparmor is not enabled on this system");
    }
    return;
  }
  if (s.privileged && !has_profile) return;
  std::string profile = s.apparmor_profile;
  if (!has_profile) {
    profile =
        !h.containers_conf.apparmor_profile.empty() ? h.containers_conf.apparmor_profile : h.apparmor.default_profile;
  }
  if (!profile.empty()) g.process().apparmor_profile = profile;
}

}  // namespace specconf::ref
