#include "reference/security/security.h"

#include <algorithm>

#include "reference/core/error.h"
#include "reference/security/apparmor.h"
#include "reference/security/capabilities.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"
#include "reference/security/seccomp_config.h"
#include "reference/security/seccomp_convert.h"
#include "reference/security/sysctls.h"

namespace specconf::ref {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// The caps of `caps` that the server's bounding set holds, in `caps` order.
std::vector<std::string> within(const std::vector<std::string>& caps, const std::vector<std::string>& bounding) {
  std::vector<std::string> out;
  for (const std::string& c : caps) {
    if (contains(bounding, c)) out.push_back(c);
  }
  return out;
}

// The capability list of a non-privileged container: containers.conf defaults merged with cap_add and
// cap_drop, limited to the bounding set, then replaced by the capabilities label when it asks only for
// caps of that list.
std::vector<std::string> unprivileged_caplist(const specgen::SpecGenerator& s, const std::vector<std::string>& bounding,
                                              const host::HostProfile& h) {
  std::vector<std::string> caplist =
      within(caps::merge_capabilities(h.containers_conf.default_capabilities, s.cap_add, s.cap_drop, h), bounding);
  if (!s.labels) return caplist;
  const auto label = s.labels->find(caps::kContainerImageLabel);
  if (label == s.labels->end()) return caplist;
  const std::vector<std::string> requested = goport::split(label->second, ",");
  // Go formats the error with MergeCapabilities' result, which is nil on error: always "".
  const std::vector<std::string> required = wrap_errors("capabilities requested by user or image are not valid: \"\"",
                                                        [&] { return caps::merge_capabilities({}, requested, {}, h); });
  const bool all_allowed =
      std::all_of(required.begin(), required.end(), [&](const std::string& c) { return contains(caplist, c); });
  return all_allowed ? required : caplist;  // else podman only logs "... not allowed by default"
}

}  // namespace

void security_configure_generator(const specgen::SpecGenerator& s, Generator& g, const host::Image* image,
                                  const host::HostProfile& h) {
  // Capabilities must be final before seccomp, which filters on the bounding set.
  const std::vector<std::string> bounding_set = caps::bounding_set(h);  // BoundingSet() is computed once
  std::vector<std::string> caplist;
  if (s.privileged) {
    g.setup_privileged(h.capabilities.last_cap);
    caplist = bounding_set;
  } else {
    caplist = unprivileged_caplist(s, bounding_set, h);
  }

  oci::Process& process = g.process();
  if (!process.capabilities) process.capabilities.emplace();
  oci::LinuxCapabilities& c = *process.capabilities;
  c.ambient.clear();
  c.inheritable.clear();  // as the kernel does; only a non-root user gets inheritable caps below
  c.bounding = caplist;

  const std::string user = goport::split(s.user, ":")[0];
  if ((user.empty() && s.userns.nsmode != "keep-id") || user == "root" || user == "0") {
    c.effective = caplist;
    c.permitted = caplist;
  } else {
    const std::vector<std::string> merged =
        wrap_errors("capabilities requested by user are not valid: " + goport::quote(goport::join(s.cap_add, ",")),
                    [&] { return caps::merge_capabilities({}, s.cap_add, {}, h); });
    const std::vector<std::string> user_caps = within(merged, bounding_set);
    c.effective = user_caps;
    c.permitted = user_caps;
    if (h.capabilities.ambient) {  // supportAmbientCapabilities
      c.ambient = user_caps;
      c.inheritable = user_caps;
    }
  }

  process.no_new_privileges = s.no_new_privileges;

  setup_apparmor(s, g, h);

  oci::Linux& linux_config = g.linux_config();
  if (s.seccomp_profile_path != "unconfined") {
    linux_config.seccomp = get_seccomp_config(s, c.bounding, image, h);
  }
  const std::string& path = s.seccomp_profile_path;
  if (path == "unconfined" ||
      (s.privileged && (path.empty() || path == kSeccompOverridePath || path == kSeccompDefaultPath))) {
    linux_config.seccomp.reset();
  }

  if (!g.config.root) g.config.root.emplace();
  g.config.root->readonly = s.read_only_filesystem;

  configure_sysctls(s, g, h);
}

std::optional<oci::LinuxSeccomp> convert_seccomp_profile(std::string_view profile_json,
                                                         const std::vector<std::string>& bounding_caps,
                                                         const std::string& native_arch) {
  return seccomp::load_profile(profile_json, bounding_caps, native_arch);
}

}  // namespace specconf::ref
