// Devices and the device cgroup: oci_linux.go:220-254, config_linux.go:20-198 (DevicesFromPath, addDevice).
#include "properties/catalog/invariants.h"

#include <map>

#include "reference/goport/path.h"
#include "reference/goport/strings.h"

namespace specconf::props {
namespace {

std::vector<oci::LinuxDeviceCgroup> request_rules(const specgen::SpecGenerator& s) {
  if (!s.resource_limits || !s.resource_limits->devices) return {};
  return *s.resource_limits->devices;
}

std::size_t count_deny_all(const std::vector<oci::LinuxDeviceCgroup>& rules) {
  return static_cast<std::size_t>(std::count_if(rules.begin(), rules.end(), is_deny_all));
}

Verdict deny_all_after_request_rules(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->in_userns() || sub->privileged()) return {};
  const auto& rules = device_rules(sub->spec);
  const std::size_t n = request_rules(sub->s).size();
  if (rules.size() <= n || !is_deny_all(rules[n])) {
    return "outside a user namespace and unprivileged: expected the deny-all rule {allow:false,access:rwm} at "
           "index " + std::to_string(n) + " (after the request's resource_limits.devices)";
  }
  return {};
}

Verdict no_deny_all_in_userns_or_privileged(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !(sub->in_userns() || sub->privileged())) return {};
  const std::size_t got = count_deny_all(device_rules(sub->spec));
  const std::size_t asked = count_deny_all(request_rules(sub->s));
  if (got > asked) {
    return std::string(sub->privileged() ? "privileged" : "in a user namespace") + ": " + std::to_string(got) +
           " deny-all device rules, the request asked for " + std::to_string(asked);
  }
  return {};
}

Verdict privileged_adds_no_devices(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->privileged()) return {};
  const auto& devices = sub->spec.linux_ ? sub->spec.linux_->devices : std::vector<oci::LinuxDevice>{};
  if (!devices.empty()) return "privileged: " + std::to_string(devices.size()) + " linux.devices entries";
  if (device_rules(sub->spec).size() > request_rules(sub->s).size()) {
    return "privileged: device rules beyond the request's resource_limits.devices";
  }
  return {};
}

Verdict cgroup_rules_appended_as_allow(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->in_userns() || sub->privileged() || sub->s.device_cgroup_rule.empty()) return {};
  const auto& rules = device_rules(sub->spec);
  const auto& asked = sub->s.device_cgroup_rule;
  if (rules.size() < asked.size()) return "fewer device rules than device_cgroup_rule entries";
  const std::size_t base = rules.size() - asked.size();
  for (std::size_t i = 0; i < asked.size(); ++i) {
    const auto& got = rules[base + i];
    const auto& want = asked[i];
    if (!got.allow || got.type != want.type || got.major != want.major || got.minor != want.minor ||
        got.access != want.access) {
      return "device_cgroup_rule " + std::to_string(i) + " is not the allow rule at index " +
             std::to_string(base + i) + " (type " + got.type + ", access " + got.access + ")";
    }
  }
  return {};
}

Verdict rootless_devices_are_binds(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->rootless() || sub->privileged()) return {};
  if (sub->spec.linux_ && !sub->spec.linux_->devices.empty()) {
    return "rootless: " + std::to_string(sub->spec.linux_->devices.size()) + " linux.devices entries (devices are bind mounts)";
  }
  // addDevice appends one bind per device after podman's other mounts, so the binds at a destination are
  // the last mounts there, in the order the devices were added (a later one mounts over an earlier one).
  std::map<std::string, std::vector<DeviceAdd>> by_dst;
  for (const auto& d : podman_device_adds(sub->host, sub->s)) by_dst[goport::path_clean(d.dst)].push_back(d);
  for (const auto& [dst, adds] : by_dst) {
    if (!sub->config_mount_kept(dst)) continue;
    const auto at = mounts_at(sub->spec, dst);
    if (at.size() < adds.size()) {
      return "rootless: " + std::to_string(adds.size()) + " device(s) at " + dst + " but " + std::to_string(at.size()) +
             " mount(s) there";
    }
    for (std::size_t i = 0; i < adds.size(); ++i) {
      const DeviceAdd& d = adds[i];
      const oci::Mount& m = *at[at.size() - adds.size() + i];
      const std::string want = goport::contains(d.permissions, "w") ? "rw" : "ro";
      if (m.type != "bind" || m.source != d.src || !has_option(m, "rbind") || !has_option(m, want)) {
        return "rootless: device " + d.src + " at " + d.dst + " (" + d.permissions + ") should be a bind of " + d.src +
               " with rbind," + want + ", got " + describe(m);
      }
    }
  }
  return {};
}

Verdict root_devices_listed(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->rootless() || sub->privileged()) return {};
  const auto& devices = sub->spec.linux_ ? sub->spec.linux_->devices : std::vector<oci::LinuxDevice>{};
  for (const auto& d : podman_device_adds(sub->host, sub->s)) {
    const bool listed = std::any_of(devices.begin(), devices.end(), [&](const oci::LinuxDevice& x) { return x.path == d.dst; });
    if (!listed) return "device " + d.dst + " is not in linux.devices";
  }
  return {};
}

Verdict file_mode_is_permission_bits(const Judged& j) {
  if (!j.spec || !j.spec->linux_) return {};
  for (const auto& d : j.spec->linux_->devices) {
    if (d.file_mode && static_cast<std::uint32_t>(*d.file_mode) > 0777) {
      return "device " + d.path + " fileMode " + std::to_string(static_cast<std::uint32_t>(*d.file_mode)) +
             " carries more than permission bits (at most 0777 = 511)";
    }
  }
  return {};
}

Verdict device_entries_well_formed(const Judged& j) {
  if (!j.spec || !j.spec->linux_) return {};
  for (const auto& d : j.spec->linux_->devices) {
    if (d.path.empty() || d.path[0] != '/') return "device path \"" + d.path + "\" is not absolute";
    if (d.type != "c" && d.type != "b" && d.type != "u" && d.type != "p") {
      return "device " + d.path + " has type \"" + d.type + "\" (c, b, u or p)";
    }
  }
  return {};
}

}  // namespace

std::vector<Invariant> device_invariants() {
  return {
      {"DEV-001",
       "Outside a user namespace and unprivileged, the deny-all rule {allow:false, access:rwm} follows the "
       "request's own resource_limits.devices rules",
       "oci_linux.go:198-208 Resources = s.ResourceLimits, :222-224 AddLinuxResourcesDevice(false, ..., \"rwm\")",
       kAllVersions, "H1 rootless", Kind::kConformance, deny_all_after_request_rules},
      {"DEV-002",
       "In a user namespace or when privileged there is no deny-all device rule beyond those the request gave",
       "oci_linux.go:222 !inUserNS && !s.Privileged", kAllVersions, "H1 rootless", Kind::kConformance,
       no_deny_all_in_userns_or_privileged},
      {"DEV-003", "Privileged: no linux.devices and no device rules beyond the request's resource_limits.devices",
       "oci_linux.go:228-254 !s.Privileged guards", kAllVersions, "-", Kind::kConformance,
       privileged_adds_no_devices},
      {"DEV-004",
       "Outside a user namespace and unprivileged, each device_cgroup_rule ends the rule list as an allow rule "
       "with its type, major, minor and access (the request's allow is ignored)",
       "oci_linux.go:249-254 AddLinuxResourcesDevice(true, ...)", kAllVersions, "H1 rootless", Kind::kConformance,
       cgroup_rules_appended_as_allow},
      {"DEV-005",
       "Rootless and unprivileged: no linux.devices; each device (symlinks resolved, directories walked) becomes "
       "a bind of its node at its destination with rbind, rw when its permissions contain w, else ro; binds at "
       "one destination end its mounts in the order the devices were added",
       "config_linux.go:21-74 DevicesFromPath, :135-150 addDevice rootless branch", kAllVersions,
       "H1 rootless, H13 device stat",
       Kind::kConformance, rootless_devices_are_binds},
      {"DEV-006",
       "As root and unprivileged, each requested device (symlinks resolved, directories walked) is in "
       "linux.devices at its destination",
       "config_linux.go:21-74 DevicesFromPath, :159-161 addDevice AddDevice", kAllVersions, "H1 rootless, H13 device stat",
       Kind::kConformance, root_devices_listed},
      {"DEV-007", "linux.devices[].fileMode holds permission bits only (the runtime-spec's FileMode, <= 0777)",
       "pkg/util/utils_linux.go:172-205 DeviceFromPath (FileMode = st_mode with the type bits)", kAllVersions,
       "H13 device stat", Kind::kSoundness, file_mode_is_permission_bits},
      {"DEV-008", "Every linux.devices entry has an absolute path and a type of c, b, u or p",
       "config_linux.go:159 dev.Path = dst, pkg/util/utils_linux.go:172-205 DeviceFromPath types", kAllVersions, "H13 device stat",
       Kind::kSoundness, device_entries_well_formed},
  };
}

}  // namespace specconf::props
