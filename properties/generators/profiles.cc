#include "properties/generators/profiles.h"

#include <stdexcept>

#include "golden/builtin_hosts.h"
#include "reference/model/host_profile_json.h"

namespace specconf::props::gen {

const std::vector<host::HostProfile>& captured_profiles() {
  static const std::vector<host::HostProfile> profiles = [] {
    std::vector<host::HostProfile> out;
    for (const auto& [name, json] : golden::builtin_host_profiles()) {  // std::map: sorted by name
      host::HostProfile h;
      if (std::string err = host::from_go_json(json, h); !err.empty()) {
        throw std::runtime_error("built-in host profile " + name + ": " + err);
      }
      out.push_back(std::move(h));
    }
    return out;
  }();
  return profiles;
}

const host::HostProfile& captured_profile(const std::string& name) {
  std::string known;
  for (const auto& h : captured_profiles()) {
    if (h.name == name) return h;
    known += (known.empty() ? "" : ", ") + h.name;
  }
  throw std::invalid_argument("no captured host profile \"" + name + "\" (known: " + known + ")");
}

}  // namespace specconf::props::gen
