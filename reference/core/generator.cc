#include "reference/core/generator.h"
#include "reference/model/capability_names.h"

namespace specconf::ref {
namespace {

const std::vector<std::string> kDefaultCaps = {
    "CAP_CHOWN",  "CAP_DAC_OVERRIDE",    "CAP_FSETID",     "CAP_FOWNER", "CAP_MKNOD",
    "CAP_NET_RAW", "CAP_SETGID",         "CAP_SETUID",     "CAP_SETFCAP", "CAP_SETPCAP",
    "CAP_NET_BIND_SERVICE", "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE",
};

oci::Mount mount(const char* dest, const char* type, const char* source, std::vector<std::string> options) {
  oci::Mount m;
  m.destination = dest;
  m.type = type;
  m.source = source;
  m.options = std::move(options);
  return m;
}

// runtime-tools' "replace the first element with this key, else append" (AddDevice, AddProcessRlimits)
// scans the list on every call, so a request with N of them costs N^2. `index` maps each key to its
// first position. It assumes the list changes only through this function, as everywhere in the
// reference (keys then stay unique and the index has the list's size); a list that grew or shrank
// behind its back is indexed afresh, first match first.
template <class T, class KeyOf>
void replace_or_append(std::vector<T>& list, std::map<std::string, std::size_t>& index, const T& item, KeyOf key_of) {
  if (index.size() != list.size()) {
    index.clear();
    for (std::size_t i = 0; i < list.size(); ++i) index.emplace(key_of(list[i]), i);
  }
  const auto [it, added] = index.emplace(key_of(item), list.size());
  if (added) {
    list.push_back(item);
  } else {
    list[it->second] = item;
  }
}

}  // namespace

const std::vector<std::string>& all_capability_names() {
  static const std::vector<std::string> names(linux_caps::kNames.begin(), linux_caps::kNames.end());
  return names;
}

Generator::Generator() {
  config.version = "1.0.2-dev";  // runtime-spec specs.Version, also in Debian's 1.0.2.118.g5cfc4c3
  config.hostname = "mrsdalloway";
  config.root = oci::Root{"rootfs", false};
  oci::Process& p = config.process.emplace();
  p.args = {"sh"};
  p.env = {"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm"};
  p.cwd = "/";
  p.rlimits = {oci::POSIXRlimit{"RLIMIT_NOFILE", 1024, 1024}};
  p.capabilities = oci::LinuxCapabilities{kDefaultCaps, kDefaultCaps, kDefaultCaps, kDefaultCaps, kDefaultCaps};
  env_map_ = {{"PATH", 0}, {"TERM", 1}};
  config.mounts = {
      mount("/proc", "proc", "proc", {"nosuid", "noexec", "nodev"}),
      mount("/dev", "tmpfs", "tmpfs", {"nosuid", "noexec", "strictatime", "mode=755", "size=65536k"}),
      mount("/dev/pts", "devpts", "devpts",
            {"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"}),
      mount("/dev/shm", "tmpfs", "shm", {"nosuid", "noexec", "nodev", "mode=1777", "size=65536k"}),
      mount("/dev/mqueue", "mqueue", "mqueue", {"nosuid", "noexec", "nodev"}),
      mount("/sys", "sysfs", "sysfs", {"nosuid", "noexec", "nodev", "ro"}),
  };
  oci::Linux& l = config.linux_.emplace();
  l.resources.emplace().devices = std::vector<oci::LinuxDeviceCgroup>{oci::LinuxDeviceCgroup{false, "", {}, {}, "rwm"}};
  for (const char* ns : {"pid", "network", "ipc", "uts", "mount"}) l.namespaces.push_back({ns, ""});
}

oci::Process& Generator::process() {
  if (!config.process) config.process.emplace();
  return *config.process;
}

oci::Linux& Generator::linux_config() {
  if (!config.linux_) config.linux_.emplace();
  return *config.linux_;
}

oci::LinuxResources& Generator::resources() {
  oci::Linux& l = linux_config();
  if (!l.resources) l.resources.emplace();
  return *l.resources;
}

void Generator::remove_mount(const std::string& dest) {
  for (auto it = config.mounts.begin(); it != config.mounts.end(); ++it) {
    if (it->destination == dest) {
      config.mounts.erase(it);
      return;
    }
  }
}

void Generator::add_mount(oci::Mount m) { config.mounts.push_back(std::move(m)); }

void Generator::clear_process_env() {
  process().env.clear();
  env_map_.clear();
}

void Generator::add_process_env(const std::string& name, const std::string& value) {
  if (name.empty()) return;
  std::vector<std::string>& env = process().env;
  const std::string entry = name + "=" + value;
  if (auto it = env_map_.find(name); it != env_map_.end()) {
    env[it->second] = entry;
  } else {
    env.push_back(entry);
    env_map_[name] = env.size() - 1;
  }
}

void Generator::add_process_rlimits(const std::string& type, std::uint64_t hard, std::uint64_t soft) {
  replace_or_append(process().rlimits, rlimit_index_, oci::POSIXRlimit{type, hard, soft},
                    [](const oci::POSIXRlimit& r) { return r.type; });
}

void Generator::add_process_additional_gid(std::uint32_t gid) {
  auto& gids = process().user.additional_gids;
  for (auto g : gids)
    if (g == gid) return;
  gids.push_back(gid);
}

void Generator::add_linux_resources_device(bool allow, const std::string& type, std::optional<std::int64_t> major,
                                           std::optional<std::int64_t> minor, const std::string& access) {
  auto& r = resources();
  if (!r.devices) r.devices.emplace();
  r.devices->push_back(oci::LinuxDeviceCgroup{allow, type, major, minor, access});
}

void Generator::add_linux_resources_blockio_weight_device(std::int64_t major, std::int64_t minor,
                                                          std::uint16_t weight) {
  auto& r = resources();
  if (!r.block_io) r.block_io.emplace();
  for (auto& d : r.block_io->weight_device) {
    if (d.major == major && d.minor == minor) {
      d.weight = weight;
      return;
    }
  }
  oci::LinuxWeightDevice d;
  d.major = major;
  d.minor = minor;
  d.weight = weight;
  r.block_io->weight_device.push_back(d);
}

void Generator::add_device(const oci::LinuxDevice& d) {
  replace_or_append(linux_config().devices, device_index_, d, [](const oci::LinuxDevice& x) { return x.path; });
}

void Generator::add_linux_uid_mapping(std::uint32_t host, std::uint32_t container, std::uint32_t size) {
  linux_config().uid_mappings.push_back(oci::LinuxIDMapping{container, host, size});
}

void Generator::add_linux_gid_mapping(std::uint32_t host, std::uint32_t container, std::uint32_t size) {
  linux_config().gid_mappings.push_back(oci::LinuxIDMapping{container, host, size});
}

void Generator::add_or_replace_linux_namespace(const std::string& type, const std::string& path) {
  auto& nss = linux_config().namespaces;
  for (auto& ns : nss) {
    if (ns.type == type) {
      ns.path = path;
      return;
    }
  }
  nss.push_back(oci::LinuxNamespace{type, path});
}

void Generator::remove_linux_namespace(const std::string& type) {
  auto& nss = linux_config().namespaces;
  for (auto it = nss.begin(); it != nss.end(); ++it) {
    if (it->type == type) {
      nss.erase(it);
      return;
    }
  }
}

void Generator::clear_process_capabilities() {
  oci::Process& p = process();
  if (!p.capabilities) return;
  *p.capabilities = oci::LinuxCapabilities{};
}

void Generator::setup_privileged(int last_cap) {
  std::vector<std::string> caps;
  const auto& names = all_capability_names();
  for (int i = 0; i < static_cast<int>(names.size()) && i <= last_cap; ++i) caps.push_back(names[i]);
  oci::Process& p = process();
  if (!p.capabilities) p.capabilities.emplace();
  *p.capabilities = oci::LinuxCapabilities{caps, caps, caps, caps, caps};
  p.selinux_label.clear();
  p.apparmor_profile.clear();
  linux_config().seccomp.reset();
}

}  // namespace specconf::ref
