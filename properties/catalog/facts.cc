#include "properties/catalog/facts.h"

#include <algorithm>

#include "reference/goport/filepath.h"
#include "reference/goport/path.h"
#include "reference/goport/strings.h"

namespace specconf::props {
namespace {

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

bool is_default(const specgen::Namespace& n) { return n.nsmode.empty() || n.nsmode == "default"; }

// pkg/specgen/namespaces.go ParseNamespace (pid, uts): "" means private.
std::optional<std::string> parse_namespace(const std::string& s) {
  if (s == "pod") return "pod";
  if (s == "host") return "host";
  if (s.empty() || s == "private") return "private";
  if (goport::has_prefix(s, "ns:")) return "path";
  if (goport::has_prefix(s, "container:")) return "container";
  return std::nullopt;
}

// ParseIPCNamespace: "" and shareable mean shareable.
std::optional<std::string> parse_ipc(const std::string& s) {
  if (s.empty() || s == "shareable") return "shareable";
  if (s == "none") return "none";
  return parse_namespace(s);
}

// ParseUserNamespace: "" means host.
std::optional<std::string> parse_user(const std::string& s) {
  if (s == "auto" || goport::has_prefix(s, "auto:")) return "auto";
  if (s == "keep-id" || goport::has_prefix(s, "keep-id:")) return "keep-id";
  if (s == "nomap") return "no-map";
  if (s.empty()) return "host";
  return parse_namespace(s);
}

// ParseCgroupNamespace: always host on cgroup v1.
std::optional<std::string> parse_cgroup(const std::string& s, const host::HostProfile& h) {
  if (h.cgroups.version != 2) return "host";
  if (s == "host") return "host";
  if (s.empty() || s == "private") return "private";
  return std::nullopt;
}

// ParseNetworkFlag(nil): any value that is not a mode names networks, which means bridge.
std::optional<std::string> parse_net(const std::string& s, const host::HostProfile& h) {
  if (s == "slirp4netns" || goport::has_prefix(s, "slirp4netns:")) return "slirp4netns";
  if (s == "pod") return "pod";
  if (s.empty() || s == "default" || s == "private") return "private";
  if (s == "none") return "none";
  if (s == "host") return "host";
  if (goport::has_prefix(s, "ns:")) return "path";
  if (goport::has_prefix(s, "container:")) return "container";
  if (h.engine == host::kEngineSeed && (s == "pasta" || goport::has_prefix(s, "pasta:"))) return "pasta";
  return "bridge";
}

// GetDefaultNamespaceMode's pod branch (namespaces.go:33-75): a pod with infra that shares the kind gives
// "pod", or "host" when the pod's own namespace of that kind is the host's (never for user).
std::optional<std::string> from_pod(const host::Pod* pod, const std::string& kind) {
  if (pod == nullptr || pod->infra_id.empty() || !has(pod->shared, kind)) return std::nullopt;
  if (kind != "user" && has(pod->host_namespaces, kind)) return "host";
  return "pod";
}

}  // namespace

const host::Pod* find_pod(const host::HostProfile& h, const std::string& id_or_name) {
  for (const auto& p : h.pods)
    if (p.id == id_or_name || p.name == id_or_name) return &p;
  const host::Pod* found = nullptr;
  for (const auto& p : h.pods) {
    if (!id_or_name.empty() && goport::has_prefix(p.id, id_or_name)) {
      if (found) return nullptr;
      found = &p;
    }
  }
  return found;
}

std::optional<NamespaceModes> effective_namespaces(const host::HostProfile& h, const specgen::SpecGenerator& s) {
  const host::Pod* pod = nullptr;
  if (!s.pod.empty()) {
    pod = find_pod(h, s.pod);
    if (pod == nullptr) return std::nullopt;  // podman rejects the request
  }
  const host::ContainersConf& cfg = h.containers_conf;
  NamespaceModes ns;
  auto pick = [&](const specgen::Namespace& requested, const std::string& kind,
                  std::optional<std::string> conf_default) -> std::optional<std::string> {
    if (!is_default(requested)) return requested.nsmode.str();
    if (auto p = from_pod(pod, kind)) return p;
    return conf_default;
  };
  const auto pid = pick(s.pidns, "pid", parse_namespace(cfg.pidns));
  const auto ipc = pick(s.ipcns, "ipc", parse_ipc(cfg.ipcns));
  auto uts = pick(s.utsns, "uts", parse_namespace(cfg.utsns));
  const auto user = pick(s.userns, "user", parse_user(cfg.userns));
  auto net = pick(s.netns, "net", parse_net(cfg.netns, h));
  const auto cgroup = pick(s.cgroupns, "cgroup", parse_cgroup(cfg.cgroupns, h));
  if (!pid || !ipc || !uts || !user || !net || !cgroup) return std::nullopt;
  // container_validate.go:189-195: private and default networks become slirp4netns or bridge.
  if (*net == "private" || *net == "default") *net = h.identity.rootless ? "slirp4netns" : "bridge";
  // namespaces.go:173-183: joining a pod whose UTS namespace is the host's means the host's.
  if (*uts == "pod" && pod != nullptr && has(pod->host_namespaces, "uts")) *uts = "host";
  ns.pid = *pid;
  ns.ipc = *ipc;
  ns.uts = *uts;
  ns.user = *user;
  ns.net = *net;
  ns.cgroup = *cgroup;
  ns.user_defaulted = is_default(s.userns);
  return ns;
}

bool is_new_userns(const NamespaceModes& ns) {
  return ns.user == "container" || ns.user == "path" || ns.user == "private";
}

bool in_userns(const host::HostProfile& h, const NamespaceModes& ns) {
  return h.identity.rootless || is_new_userns(ns);
}

bool can_mount_sys(const host::HostProfile& h, const NamespaceModes& ns) {
  const bool new_userns = is_new_userns(ns);
  if (ns.net == "host" && (h.identity.rootless || new_userns)) return false;
  if (new_userns) {
    if (ns.net == "slirp4netns" || ns.net == "private" || ns.net == "none" || ns.net == "bridge") return true;
    return ns.net == "pasta" && h.engine == host::kEngineSeed;
  }
  return true;
}

std::vector<specgen::IDMap> podman_gid_map(const specgen::SpecGenerator& s, const NamespaceModes& ns) {
  if (ns.user_defaulted || !s.idmappings || !s.idmappings->gid_map) return {};
  return *s.idmappings->gid_map;
}

bool podman_range_covers_gid5(const specgen::IDMap& r) {
  // Go's int addition wraps; C++'s signed overflow would be undefined, so add as unsigned.
  const auto end = static_cast<gojson::GoInt>(static_cast<gojson::GoUint>(r.container_id) + static_cast<gojson::GoUint>(r.size));
  return r.container_id <= 5 && 5 < end;
}

bool podman_keeps_gid5(const host::HostProfile& h, const specgen::SpecGenerator& s, const NamespaceModes& ns) {
  bool available = true;
  if (h.identity.rootless) available = h.identity.gid_map_total >= 5;
  const auto map = podman_gid_map(s, ns);
  if (available && !map.empty()) {
    available = std::any_of(map.begin(), map.end(), podman_range_covers_gid5);
  }
  return available;
}

std::optional<bool> gid5_mapped_for_kernel(const host::HostProfile& h, const NamespaceModes& ns,
                                           const oci::Spec& spec) {
  if (ns.user == "path" || ns.user == "pod" || ns.user == "auto") return std::nullopt;
  const bool rootless = h.identity.rootless;
  const std::uint64_t outer_total = rootless ? h.identity.gid_map_total : (std::uint64_t{1} << 32);
  const std::vector<oci::LinuxIDMapping> none;
  const auto& maps = spec.linux_ ? spec.linux_->gid_mappings : none;
  if (maps.empty()) return outer_total > 5;  // the service's own namespace: ids 0..total-1
  for (const auto& m : maps) {
    if (m.container_id <= 5 && 5 - m.container_id < m.size) {
      return std::uint64_t{m.host_id} + (5 - m.container_id) < outer_total;
    }
  }
  return false;
}

std::optional<std::string> podman_cgroup_permission(const host::HostProfile& h, const specgen::SpecGenerator& s) {
  if (h.cgroups.version != 2) return "ro";
  if (!s.unmask) return "ro";
  if (s.unmask->empty()) return std::nullopt;
  if ((*s.unmask)[0] == "ALL") return "rw";
  for (const auto& p : *s.unmask) {
    if (goport::path_clean(p) == "/sys/fs/cgroup") return "rw";
  }
  return "ro";
}

bool should_mask(const std::string& path, const std::optional<std::vector<std::string>>& unmask) {
  if (!unmask) return true;
  for (const auto& m : *unmask) {
    if (goport::to_lower(m) == "all") return false;
    for (const auto& piece : goport::split(m, ":")) {
      if (goport::filepath_match(piece, path).matched) return false;
    }
  }
  return true;
}

const host::Image* find_image(const host::HostProfile& h, const std::string& name) {
  if (name.empty()) return nullptr;
  const auto slash = name.rfind('/');
  const std::string last = slash == std::string::npos ? name : name.substr(slash + 1);
  const bool tagged = last.find(':') != std::string::npos || name.find('@') != std::string::npos;
  const std::string with_tag = tagged ? name : name + ":latest";
  const auto first_slash = name.find('/');
  const std::string domain = first_slash == std::string::npos ? "" : name.substr(0, first_slash);
  const bool short_name = first_slash == std::string::npos ||
                          (domain.find('.') == std::string::npos && domain.find(':') == std::string::npos &&
                           domain != "localhost");
  std::vector<std::string> candidates{name, with_tag};
  if (short_name) candidates.push_back("localhost/" + with_tag);
  for (const auto& c : candidates) {
    for (const auto& img : h.images)
      if (has(img.names, c)) return &img;
  }
  const std::string id = goport::has_prefix(name, "sha256:") ? name.substr(7) : name;
  if (id.find_first_not_of("0123456789abcdef") == std::string::npos) {
    for (const auto& img : h.images)
      if (goport::has_prefix(img.id, id)) return &img;
  }
  return nullptr;
}

const host::Container* find_container(const host::HostProfile& h, const std::string& id_or_name) {
  if (id_or_name.empty()) return nullptr;
  for (const auto& c : h.containers)
    if (c.id == id_or_name) return &c;
  for (const auto& c : h.containers)
    if (c.name == id_or_name) return &c;
  const host::Container* found = nullptr;
  for (const auto& c : h.containers) {
    if (goport::has_prefix(c.id, id_or_name)) {
      if (found) return nullptr;
      found = &c;
    }
  }
  return found;
}

std::set<std::string> user_mount_destinations(const host::HostProfile& h, const specgen::SpecGenerator& s) {
  std::set<std::string> dests;
  for (const auto& m : s.mounts) dests.insert(goport::path_clean(m.destination));
  if (s.init) dests.insert("/run/podman-init");
  if (s.image_volume_mode == "tmpfs") {
    if (const host::Image* img = find_image(h, s.image)) {
      for (const auto& v : img->config.volumes) dests.insert(goport::path_clean(v));
    }
  }
  for (const auto& from : s.volumes_from) {
    // "ctr[:z,ro,rw]": the donor's user bind mounts (storage.go getVolumesFrom).
    if (const host::Container* donor = find_container(h, from.substr(0, from.find(':')))) {
      for (const auto& m : donor->mounts) {
        if (has(donor->user_volumes, m.destination)) dests.insert(goport::path_clean(m.destination));
      }
    }
  }
  for (const auto& v : h.containers_conf.volumes) {
    const auto parts = goport::split(v, ":");
    if (parts.size() >= 2) dests.insert(goport::path_clean(parts[1]));
  }
  return dests;
}

bool config_mount_survives(const std::set<std::string>& user_dests, const std::string& dest) {
  if (user_dests.count(goport::path_clean(dest))) return false;
  return !(user_dests.count("/dev") && goport::has_prefix(dest, "/dev/"));
}

bool is_linux_rlimit(const std::string& type) {
  static const std::set<std::string> kRlimits = {
      "RLIMIT_AS",      "RLIMIT_CORE",     "RLIMIT_CPU",  "RLIMIT_DATA",   "RLIMIT_FSIZE", "RLIMIT_LOCKS",
      "RLIMIT_MEMLOCK", "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_NOFILE", "RLIMIT_NPROC", "RLIMIT_RSS",
      "RLIMIT_RTPRIO",  "RLIMIT_RTTIME",   "RLIMIT_SIGPENDING", "RLIMIT_STACK"};
  return kRlimits.count(type) > 0;
}

bool is_seccomp_action(const std::string& action) {
  static const std::set<std::string> kActions = {
      "SCMP_ACT_KILL",  "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD", "SCMP_ACT_TRAP",  "SCMP_ACT_ERRNO",
      "SCMP_ACT_TRACE", "SCMP_ACT_ALLOW",        "SCMP_ACT_LOG",         "SCMP_ACT_NOTIFY"};
  return kActions.count(action) > 0;
}

bool is_sysctl_name(const std::string& key) {
  if (key.empty() || key.front() == '.' || key.back() == '.' || key.front() == '/') return false;
  for (char c : key) {
    if (c == '=' || c == ' ' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return false;
  }
  return key.find("..") == std::string::npos;
}

}  // namespace specconf::props
