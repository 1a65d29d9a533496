#include "properties/mutants/spec_edit.h"

#include <algorithm>
#include <cctype>

namespace specconf::props::mut {

int mount_index(const oci::Spec& spec, const std::string& dest, const std::string& type) {
  for (std::size_t i = 0; i < spec.mounts.size(); ++i) {
    const auto& m = spec.mounts[i];
    if (m.destination == dest && (type.empty() || m.type == type)) return static_cast<int>(i);
  }
  return -1;
}

oci::Mount* find_mount(oci::Spec& spec, const std::string& dest, const std::string& type) {
  const int i = mount_index(spec, dest, type);
  return i < 0 ? nullptr : &spec.mounts[static_cast<std::size_t>(i)];
}

bool has_option(const oci::Mount& m, const std::string& option) {
  return std::find(m.options.begin(), m.options.end(), option) != m.options.end();
}

bool replace_option(oci::Mount& m, const std::string& from, const std::string& to) {
  bool found = false;
  for (auto& o : m.options) {
    if (o == from) {
      o = to;
      found = true;
    }
  }
  return found;
}

void remove_option(oci::Mount& m, const std::string& option) {
  m.options.erase(std::remove(m.options.begin(), m.options.end(), option), m.options.end());
}

oci::Mount make_mount(const std::string& dest, const std::string& type, const std::string& source,
                      std::vector<std::string> options) {
  oci::Mount m;
  m.destination = dest;
  m.type = type;
  m.source = source;
  m.options = std::move(options);
  return m;
}

int config_block_start(const oci::Spec& spec) {
  for (const char* dest : {"/proc", "/dev", "/dev/pts", "/dev/mqueue", "/sys"}) {
    for (std::size_t i = 0; i < spec.mounts.size(); ++i) {
      const auto& m = spec.mounts[i];
      const bool defaults = (m.destination == "/proc" && m.type == "proc") ||
                            (m.destination == "/dev" && m.type == "tmpfs" && m.source == "tmpfs") ||
                            (m.destination == "/dev/pts" && m.type == "devpts") ||
                            (m.destination == "/dev/mqueue" && m.type == "mqueue") ||
                            (m.destination == "/sys" && m.type == "sysfs");
      if (defaults && m.destination == dest) return static_cast<int>(i);
    }
  }
  return static_cast<int>(spec.mounts.size());
}

oci::Mount cgroup_mount(const std::string& perm) {
  return make_mount("/sys/fs/cgroup", "cgroup", "cgroup", {"rprivate", "nosuid", "noexec", "nodev", "relatime", perm});
}

oci::Linux& linux_of(oci::Spec& spec) {
  if (!spec.linux_) spec.linux_.emplace();
  return *spec.linux_;
}

std::vector<oci::LinuxDeviceCgroup>& device_rules(oci::Spec& spec) {
  auto& l = linux_of(spec);
  if (!l.resources) l.resources.emplace();
  if (!l.resources->devices) l.resources->devices.emplace();
  return *l.resources->devices;
}

bool is_deny_all(const oci::LinuxDeviceCgroup& rule) {
  return !rule.allow && rule.type.empty() && !rule.major && !rule.minor && rule.access == "rwm";
}

oci::LinuxDeviceCgroup deny_all() {
  oci::LinuxDeviceCgroup r;
  r.allow = false;
  r.access = "rwm";
  return r;
}

const std::vector<std::string>& default_masked_paths() {
  static const std::vector<std::string> paths = {
      "/proc/acpi",        "/proc/kcore",       "/proc/keys",  "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats",
      "/proc/sched_debug", "/proc/scsi",        "/sys/firmware", "/sys/fs/selinux",   "/sys/dev/block"};
  return paths;
}

const std::vector<std::string>& default_readonly_paths() {
  static const std::vector<std::string> paths = {"/proc/asound", "/proc/bus", "/proc/fs",
                                                 "/proc/irq",    "/proc/sys", "/proc/sysrq-trigger"};
  return paths;
}

bool explicit_new_userns(const specgen::SpecGenerator& s) {
  const std::string& m = s.userns.nsmode;
  return m == "container" || m == "path" || m == "private";
}

std::string to_upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string to_lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> requested_rlimit_names(const specgen::SpecGenerator& s) {
  std::vector<std::string> out;
  if (s.rlimits) {
    for (const auto& r : *s.rlimits) out.push_back("RLIMIT_" + to_upper(r.type));
  }
  return out;
}

std::string normalize_cap(const std::string& cap) {
  std::string c = to_upper(cap);
  return c.rfind("CAP_", 0) == 0 ? c : "CAP_" + c;
}

}  // namespace specconf::props::mut
