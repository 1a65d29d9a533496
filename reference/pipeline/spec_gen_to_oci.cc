#include "reference/pipeline/spec_gen_to_oci.h"

#include <cstdint>

#include "reference/core/error.h"
#include "reference/goport/panics.h"
#include "reference/goport/path.h"
#include "reference/namespaces/namespaces.h"
#include "reference/process/process.h"
#include "reference/security/security.h"
#include "reference/storage/storage.h"

namespace specconf::ref {

bool can_mount_sys(bool rootless, bool new_userns, const specgen::SpecGenerator& s, const std::string& engine) {
  const std::string& net = s.netns.nsmode;
  if (net == "host" && (rootless || new_userns)) return false;
  if (new_userns) {
    if (net == "slirp4netns" || net == "private" || net == "none" || net == "bridge") return true;
    return net == "pasta" && engine == host::kEngineSeed;
  }
  return true;
}

std::string get_cgroup_permissions(const std::optional<std::vector<std::string>>& unmask, bool cgroup_v2) {
  if (!cgroup_v2) return "ro";
  if (unmask && unmask->empty()) {
    // Go: `unmask != nil && unmask[0] == "ALL"` panics on an empty non-nil list (index out of range).
    fail(goport::panics::index_out_of_range(0, 0));
  }
  if (unmask && (*unmask)[0] == "ALL") return "rw";
  if (unmask) {
    for (const auto& p : *unmask) {
      if (goport::path_clean(p) == "/sys/fs/cgroup") return "rw";
    }
  }
  return "ro";
}

namespace {

oci::Mount make_mount(const char* dest, const char* type, const char* source, std::vector<std::string> options) {
  oci::Mount m;
  m.destination = dest;
  m.type = type;
  m.source = source;
  m.options = std::move(options);
  return m;
}

// rootless.GetAvailableGids: the total of the service's gid_map ranges.
bool gid5_available(const specgen::SpecGenerator& s, const host::HostProfile& h) {
  bool available = true;
  if (h.identity.rootless) available = h.identity.gid_map_total >= 5;
  if (available && s.idmappings && s.idmappings->gid_map && !s.idmappings->gid_map->empty()) {
    bool found = false;
    for (const auto& r : *s.idmappings->gid_map) {
      // Go's int addition wraps: a range reaching past MaxInt64 ends "below" 5 and does not cover it.
      const auto end = static_cast<decltype(r.size)>(static_cast<std::uint64_t>(r.container_id) +
                                                      static_cast<std::uint64_t>(r.size));
      if (r.container_id <= 5 && 5 < end) {
        found = true;
        break;
      }
    }
    available = found;
  }
  return available;
}

}  // namespace

oci::Spec spec_gen_to_oci(specgen::SpecGenerator& s, const host::HostProfile& h, const host::Image* image,
                          const std::vector<oci::Mount>& mounts, const std::vector<std::string>& command,
                          const host::InfraInherit& compat) {
  std::string cgroup_perm = get_cgroup_permissions(s.unmask, h.cgroups.version == 2);

  Generator g;
  g.remove_mount("/dev/shm");
  bool add_cgroup = true;

  const bool rootless = h.identity.rootless;
  const bool new_userns = ns::is_new_userns(s.userns);
  const bool mount_sys = can_mount_sys(rootless, new_userns, s, h.engine);

  if (s.privileged && mount_sys) {
    cgroup_perm = "rw";
    g.remove_mount("/sys");
    g.add_mount(make_mount("/sys", "sysfs", "sysfs", {"rprivate", "nosuid", "noexec", "nodev", "rw"}));
  }
  if (!mount_sys) {
    add_cgroup = false;
    g.remove_mount("/sys");
    g.add_mount(make_mount("/sys", "bind", "/sys",
                           {"rprivate", "nosuid", "noexec", "nodev", s.privileged ? "rw" : "ro", "rbind"}));
    if (!s.privileged && rootless) g.add_linux_masked_paths("/sys/kernel");
  }

  if (!gid5_available(s, h)) {
    // The default gid=5 option would fail without gid 5 in the user namespace.
    g.remove_mount("/dev/pts");
    g.add_mount(make_mount("/dev/pts", "devpts", "devpts",
                           {"rprivate", "nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"}));
  }

  const bool in_userns = rootless || new_userns;
  if (in_userns && s.ipcns.nsmode == "host") {
    g.remove_mount("/dev/mqueue");
    g.add_mount(make_mount("/dev/mqueue", "bind", "/dev/mqueue", {"bind", "nosuid", "noexec", "nodev"}));
  }
  if (in_userns && s.pidns.nsmode == "host") {
    g.remove_mount("/proc");
    g.add_mount(make_mount("/proc", "bind", "/proc", {"rbind", "nosuid", "noexec", "nodev"}));
  }
  if (add_cgroup) {
    g.add_mount(make_mount("/sys/fs/cgroup", "cgroup", "cgroup",
                           {"rprivate", "nosuid", "noexec", "nodev", "relatime", cgroup_perm}));
  }

  g.linux_config().personality = s.personality;
  g.process().cwd = s.work_dir;
  g.process().args = command;
  g.process().terminal = s.terminal;
  if (s.annotations) {
    for (const auto& [k, v] : *s.annotations) g.add_annotation(k, v);
  }

  if (s.resource_limits) g.linux_config().resources = *s.resource_limits;

  for (const auto& d : weight_devices(s.weight_device, h)) {
    // Go dereferences the weight pointer unchecked.
    if (!d.weight) fail(goport::panics::kNilDereference);
    g.add_linux_resources_blockio_weight_device(d.major, d.minor, *d.weight);
  }

  // The default deny rule goes first among the device rules podman adds itself.
  if (!in_userns && !s.privileged) g.add_linux_resources_device(false, "", std::nullopt, std::nullopt, "rwm");

  std::vector<oci::LinuxDevice> user_devices;
  if (!s.privileged) {
    for (const auto& device : h.containers_conf.devices) devices_from_path(g, device, h);
    user_devices = !compat.host_device_list.empty() && s.devices.empty() ? compat.host_device_list : s.devices;
    for (const auto& device : user_devices) devices_from_path(g, device.path, h);
  }
  s.host_device_list = user_devices;

  if (!in_userns && !s.privileged) {
    for (const auto& rule : s.device_cgroup_rule) {
      g.add_linux_resources_device(true, rule.type, rule.major, rule.minor, rule.access);
    }
  }

  block_access_to_kernel_filesystems(s.privileged, s.pidns.nsmode == "host", s.mask, s.unmask, g, h);

  g.clear_process_env();
  if (s.env) {
    // Deterministic stand-in for Go's random map order: sorted by name (docs/determinism.md).
    for (const auto& [k, v] : *s.env) g.add_process_env(k, v);
  }

  add_rlimits(s, g, h);
  spec_configure_namespaces(s, g, h);
  security_configure_generator(s, g, image, h);

  oci::Spec& spec = g.config;
  spec.mounts = supersede_user_mounts(mounts, std::move(spec.mounts));
  init_fs_mounts(spec.mounts, h);

  auto& ann = spec.annotations;
  ann["io.podman.annotations.autoremove"] = s.remove ? "TRUE" : "FALSE";
  if (!s.volumes_from.empty()) {
    std::string joined;
    for (std::size_t i = 0; i < s.volumes_from.size(); ++i) joined += (i ? "," : "") + s.volumes_from[i];
    ann["io.podman.annotations.volumes-from"] = joined;
  }
  ann["io.podman.annotations.privileged"] = s.privileged ? "TRUE" : "FALSE";
  ann["io.podman.annotations.init"] = s.init ? "TRUE" : "FALSE";

  if (s.oom_score_adj) g.set_process_oom_score_adj(*s.oom_score_adj);

  // oci_linux.go:setProcOpts: the first /proc mount's options become procfs_opts, verbatim.
  if (s.procfs_opts) {
    for (auto& m : spec.mounts) {
      if (m.destination == "/proc") {
        m.options = *s.procfs_opts;
        break;
      }
    }
  }
  return std::move(g.config);
}

}  // namespace specconf::ref
