// Capabilities: securityConfigureGenerator (security_linux.go:89-189) with containers/common's
// MergeCapabilities and NormalizeCapabilities (capabilities.go:105-209).
#include "properties/catalog/invariants.h"

#include "reference/goport/strings.h"

namespace specconf::props {
namespace {

const char* const kCapabilityLabel = "io.containers.capabilities";

using Caps = std::vector<std::string>;

std::vector<std::pair<const char*, const Caps*>> sets(const oci::LinuxCapabilities& c) {
  return {{"bounding", &c.bounding}, {"effective", &c.effective}, {"inheritable", &c.inheritable},
          {"permitted", &c.permitted}, {"ambient", &c.ambient}};
}

bool has(const Caps& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// NormalizeCapabilities: upper case, CAP_ prefix, sorted (ALL stays ALL).
Caps normalize(const Caps& caps) {
  Caps out;
  for (const auto& c : caps) {
    std::string u = goport::to_upper(c);
    if (u != "ALL" && !goport::has_prefix(u, "CAP_")) u = "CAP_" + u;
    out.push_back(u);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// MergeCapabilities(base, adds, drops) for inputs podman accepted.
Caps merge(const Caps& base_in, const Caps& adds_in, const Caps& drops_in, const Caps& bounding) {
  Caps base = normalize(base_in);
  if (adds_in.empty() && drops_in.empty()) return base;
  const Caps adds = normalize(adds_in), drops = normalize(drops_in);
  if (has(drops, "ALL")) return adds;
  Caps add_list = adds;
  if (has(adds, "ALL")) {
    base = bounding;
    add_list.clear();
  }
  Caps out;
  for (const auto& c : base)
    if (!has(drops, c)) out.push_back(c);
  for (const auto& c : add_list)
    if (!has(base, c)) out.push_back(c);
  std::sort(out.begin(), out.end());
  return out;
}

Caps within(const Caps& caps, const Caps& bounding) {
  Caps out;
  for (const auto& c : caps)
    if (has(bounding, c)) out.push_back(c);
  return out;
}

bool has_capability_label(const Subject& sub) {
  if (sub.s.labels && sub.s.labels->count(kCapabilityLabel)) return true;
  const host::Image* img = find_image(sub.host, sub.s.image);
  return img && img->config.labels.count(kCapabilityLabel);
}

// CompleteSpec takes the image's user when the request has none (container.go:258-260).
std::string user_part(const Subject& sub) {
  std::string user = sub.s.user;
  if (user.empty()) {
    if (const host::Image* img = find_image(sub.host, sub.s.image)) user = img->config.user;
  }
  return user.substr(0, user.find(':'));
}

bool runs_as_root_caps(const Subject& sub) {
  const std::string u = user_part(sub);
  return (u.empty() && sub.ns.user != "keep-id") || u == "root" || u == "0";
}

const oci::LinuxCapabilities* caps_of(const Subject& sub) {
  return sub.spec.process && sub.spec.process->capabilities ? &*sub.spec.process->capabilities : nullptr;
}

Verdict sets_sorted(const Judged& j) {
  if (!j.spec || !j.spec->process || !j.spec->process->capabilities) return {};
  for (const auto& [name, caps] : sets(*j.spec->process->capabilities)) {
    if (!std::is_sorted(caps->begin(), caps->end())) return std::string(name) + " is not sorted: " + list(*caps);
  }
  return {};
}

Verdict within_bounding_set(const Judged& j) {
  if (!j.spec || !j.spec->process || !j.spec->process->capabilities) return {};
  const Caps host = podman_bounding_set(j.host);
  for (const auto& [name, caps] : sets(*j.spec->process->capabilities)) {
    for (const auto& c : *caps)
      if (!has(host, c)) return std::string(name) + " holds " + c + ", outside the service's bounding set";
  }
  return {};
}

Verdict effective_is_permitted(const Judged& j) {
  if (!j.spec || !j.spec->process || !j.spec->process->capabilities) return {};
  const auto& c = *j.spec->process->capabilities;
  if (c.effective != c.permitted) return "effective " + list(c.effective) + " != permitted " + list(c.permitted);
  if (c.inheritable != c.ambient) return "inheritable " + list(c.inheritable) + " != ambient " + list(c.ambient);
  return {};
}

Verdict privileged_gets_bounding_set(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->privileged()) return {};
  const auto* c = caps_of(*sub);
  const Caps want = podman_bounding_set(sub->host);
  if (!c || c->bounding != want) return "privileged: bounding should be the service's bounding set " + list(want);
  return {};
}

Verdict bounding_is_merged_defaults(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->privileged() || has_capability_label(*sub)) return {};
  const auto* c = caps_of(*sub);
  const Caps host = podman_bounding_set(sub->host);
  const Caps want = within(merge(sub->host.containers_conf.default_capabilities, sub->s.cap_add, sub->s.cap_drop, host), host);
  if (!c || c->bounding != want) {
    return "bounding should be containers.conf defaults + cap_add - cap_drop within the bounding set: " + list(want) +
           ", got " + (c ? list(c->bounding) : "nothing");
  }
  return {};
}

Verdict user_caps_by_user(const Judged& j) {
  const auto sub = subject(j);
  if (!sub) return {};
  const auto* c = caps_of(*sub);
  if (!c) return {};
  if (runs_as_root_caps(*sub)) {
    if (c->effective != c->bounding) return "root user: effective should equal bounding " + list(c->bounding);
    if (!c->ambient.empty() || !c->inheritable.empty()) return "root user: ambient/inheritable should be empty";
    return {};
  }
  const Caps host = podman_bounding_set(sub->host);
  const Caps want = within(merge({}, sub->s.cap_add, {}, host), host);
  if (c->effective != want) return "user " + user_part(*sub) + ": effective should be cap_add within the bounding set " + list(want) + ", got " + list(c->effective);
  const Caps want_ambient = sub->host.capabilities.ambient ? want : Caps{};
  if (c->ambient != want_ambient) return "user " + user_part(*sub) + ": ambient should be " + list(want_ambient) + ", got " + list(c->ambient);
  return {};
}

}  // namespace

std::vector<Invariant> capability_invariants() {
  return {
      {"CAPS-001", "Every capability set is sorted", "common/pkg/capabilities/capabilities.go:123,207 sort.Strings, :94 BoundingSet sorted",
       kAllVersions, "H5 bounding set", Kind::kConformance, sets_sorted},
      {"CAPS-002", "Every capability of every set is within the service's bounding set",
       "security_linux.go:102-114 and :166-179 (filter by BoundingSet), :91-93 privileged", kAllVersions,
       "H5 bounding set", Kind::kConformance, within_bounding_set},
      {"CAPS-003", "effective equals permitted, and inheritable equals ambient",
       "security_linux.go:149-160, :180-188", kAllVersions, "H6 ambient support", Kind::kConformance,
       effective_is_permitted},
      {"CAPS-004", "Privileged: bounding is the service's whole bounding set", "security_linux.go:91-96", kAllVersions,
       "H5 bounding set", Kind::kConformance, privileged_gets_bounding_set},
      {"CAPS-005",
       "Unprivileged without an io.containers.capabilities label: bounding is containers.conf "
       "default_capabilities merged with cap_add and cap_drop (ALL handled), within the bounding set",
       "security_linux.go:98-114, common/pkg/capabilities/capabilities.go:143-209 MergeCapabilities", kAllVersions,
       "H5 bounding set, H20 default_capabilities", Kind::kConformance, bounding_is_merged_defaults},
      {"CAPS-006",
       "Root (no user and not keep-id, \"root\" or \"0\") gets effective = bounding and no ambient; another user gets "
       "effective = cap_add within the bounding set, and ambient too where the host supports it",
       "security_linux.go:156-189", kAllVersions, "H5 bounding set, H6 ambient support, H22 image User",
       Kind::kConformance, user_caps_by_user},
  };
}

}  // namespace specconf::props
