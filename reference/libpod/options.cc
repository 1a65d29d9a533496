#include "reference/libpod/options.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/core/host_fs.h"
#include "reference/goport/path.h"
#include "reference/goport/strconv.h"
#include "reference/libpod/dependency_check.h"
#include "reference/libpod/secrets.h"
#include "reference/storage/libpod_volumes.h"

namespace specconf::ref::libpod {
namespace {

std::string invalid_arg(const std::string& what) { return what + ": " + errors::kInvalidArg; }

// define.NameRegex, ^[a-zA-Z0-9][a-zA-Z0-9_.-]*$
bool matches_name_regex(const std::string& s) {
  if (s.empty() || !std::isalnum(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
  });
}

// define.UmaskRegex, ^[0-7]{1,4}$
bool matches_umask_regex(const std::string& s) {
  return !s.empty() && s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '7'; });
}

// The donor-joining options differ only in the field they set.
CtrCreateOption with_ns_from(const host::Container& donor, std::string ContainerConfig::*field) {
  return [&donor, field](ContainerConfig& c) {
    check_dependency_container(donor, c);
    c.*field = donor.id;
  };
}

}  // namespace

// libpod/options.go:WithRootFS (podman v4.3.1)
CtrCreateOption with_rootfs(const std::string& rootfs, bool /*overlay: libpod config only*/,
                            const host::HostProfile& h) {
  return [rootfs, &h](ContainerConfig& c) {
    // os.Stat resolves a relative path against the service's working directory.
    const std::string abs = goport::path_is_abs(rootfs) ? rootfs : goport::path_join(h.cwd, rootfs);
    const StatResult st = host_stat(h, goport::path_clean(abs));
    if (!st.ok()) fail(path_error("stat", rootfs, st.errno_text));
    c.rootfs = rootfs;
  };
}

// libpod/options.go:WithRootFSFromImage (podman v4.3.1)
CtrCreateOption with_rootfs_from_image(const std::string& image_id, const std::string& image_name,
                                       const std::string& raw_image_name) {
  return [image_id, image_name, raw_image_name](ContainerConfig& c) {
    c.rootfs_image_id = image_id;
    c.rootfs_image_name = image_name;
    c.raw_image_name = raw_image_name;
  };
}

// libpod/options.go:WithTimezone (podman v4.3.1)
CtrCreateOption with_timezone(const std::string& path, const host::HostProfile& h) {
  return [path, &h](ContainerConfig&) {
    if (path == "local") return;
    const std::string zone = goport::path_join("/usr/share/zoneinfo", path);
    const StatResult st = host_stat(h, zone);
    if (!st.ok()) fail(path_error("stat", zone, st.errno_text));
    if (st.fact->type == "dir") fail("invalid timezone: is a directory");
  };
}

// libpod/options.go:WithUmask (podman v4.3.1)
CtrCreateOption with_umask(const std::string& umask) {
  return [umask](ContainerConfig&) {
    if (!matches_umask_regex(umask)) fail(invalid_arg("invalid umask string " + umask));
  };
}

// libpod/options.go:WithSdNotifyMode + libpod/define/sdnotify.go:ValidateSdNotifyMode (podman v4.3.1)
CtrCreateOption with_sd_notify_mode(const std::string& mode) {
  return [mode](ContainerConfig& c) {
    if (mode != "" && mode != "container" && mode != "conmon" && mode != "ignore") {
      fail(std::string(errors::kInvalidArg) + ": invalid sdnotify value " + goport::quote(mode) +
           ": must be container, conmon or ignore");
    }
    c.sd_notify_mode = mode;
  };
}

// libpod/options.go:WithSdNotifySocket (podman v4.3.1)
CtrCreateOption with_sd_notify_socket(const std::string& socket_path) {
  return [socket_path](ContainerConfig& c) { c.sd_notify_socket = socket_path; };
}

// libpod/options.go:(*Runtime).WithPod (podman v4.3.1)
CtrCreateOption with_pod(const host::Pod& pod) {
  return [&pod](ContainerConfig& c) { c.pod = pod.id; };
}

// libpod/options.go:WithNamedVolumes (podman v4.3.1): the option check lives with the other volume code.
CtrCreateOption with_named_volumes(const std::vector<specgen::NamedVolume>& volumes) {
  return [volumes](ContainerConfig& c) {
    ref::with_named_volumes(volumes);
    c.named_volumes.insert(c.named_volumes.end(), volumes.begin(), volumes.end());
  };
}

// libpod/options.go:WithOverlayVolumes (podman v4.3.1)
CtrCreateOption with_overlay_volumes(const std::vector<specgen::OverlayVolume>& volumes) {
  return [volumes](ContainerConfig& c) {
    c.overlay_volumes.insert(c.overlay_volumes.end(), volumes.begin(), volumes.end());
  };
}

// libpod/options.go:WithImageVolumes (podman v4.3.1)
CtrCreateOption with_image_volumes(const std::vector<std::optional<specgen::ImageVolume>>& volumes) {
  return [volumes](ContainerConfig& c) {
    c.image_volumes.insert(c.image_volumes.end(), volumes.begin(), volumes.end());
  };
}

// libpod/options.go:WithStopSignal (podman v4.3.1)
CtrCreateOption with_stop_signal(gojson::GoInt signal) {
  return [signal](ContainerConfig&) {
    if (signal == 0) fail(invalid_arg("stop signal cannot be 0"));
    if (signal > 64) fail(invalid_arg("stop signal cannot be greater than 64 (SIGRTMAX)"));
  };
}

// libpod/options.go:WithLogDriver (podman v4.3.1)
CtrCreateOption with_log_driver(const std::string& driver) {
  return [driver](ContainerConfig&) {
    static const char* const kDrivers[] = {"journald", "k8s-file", "json-file", "none", "passthrough"};
    if (driver.empty()) fail(invalid_arg("log driver must be set"));
    if (std::find(std::begin(kDrivers), std::end(kDrivers), driver) == std::end(kDrivers)) {
      fail(invalid_arg("invalid log driver"));
    }
  };
}

// libpod/options.go:WithLogPath (podman v4.3.1)
CtrCreateOption with_log_path(const std::string& path) {
  return [path](ContainerConfig&) {
    if (path.empty()) fail(invalid_arg("log path must be set"));
  };
}

// libpod/options.go:WithLogTag (podman v4.3.1)
CtrCreateOption with_log_tag(const std::string& tag) {
  return [tag](ContainerConfig&) {
    if (tag.empty()) fail(invalid_arg("log tag must be set"));
  };
}

// libpod/options.go:WithPIDNSFrom (podman v4.3.1)
CtrCreateOption with_pid_ns_from(const host::Container& donor) {
  return with_ns_from(donor, &ContainerConfig::pid_ns_ctr);
}

// libpod/options.go:WithIPCNSFrom (podman v4.3.1)
CtrCreateOption with_ipc_ns_from(const host::Container& donor) {
  return with_ns_from(donor, &ContainerConfig::ipc_ns_ctr);
}

// libpod/options.go:WithUTSNSFrom (podman v4.3.1)
CtrCreateOption with_uts_ns_from(const host::Container& donor) {
  return with_ns_from(donor, &ContainerConfig::uts_ns_ctr);
}

// libpod/options.go:WithCgroupNSFrom (podman v4.3.1)
CtrCreateOption with_cgroup_ns_from(const host::Container& donor) {
  return with_ns_from(donor, &ContainerConfig::cgroup_ns_ctr);
}

// libpod/options.go:WithNetNSFrom (podman v4.3.1)
CtrCreateOption with_net_ns_from(const host::Container& donor) {
  return with_ns_from(donor, &ContainerConfig::net_ns_ctr);
}

// libpod/options.go:WithUserNSFrom (podman v4.3.1)
CtrCreateOption with_user_ns_from(const host::Container& donor) {
  return [&donor](ContainerConfig& c) {
    check_dependency_container(donor, c);
    c.user_ns_ctr = donor.id;
    // runtime-tools ClearLinuxUIDMappings / AddLinuxUIDMapping(hostID, containerID, size) on the stored spec.
    const auto to_oci = [](const std::vector<specgen::IDMap>& maps) {
      std::vector<oci::LinuxIDMapping> out;
      for (const auto& m : maps) {
        out.push_back(oci::LinuxIDMapping{static_cast<std::uint32_t>(m.container_id),
                                          static_cast<std::uint32_t>(m.host_id), static_cast<std::uint32_t>(m.size)});
      }
      return out;
    };
    oci::Linux& l = c.spec->linux_ ? *c.spec->linux_ : c.spec->linux_.emplace();
    l.uid_mappings = to_oci(donor.uid_map);
    l.gid_mappings = to_oci(donor.gid_map);
  };
}

// libpod/options.go:WithUser (podman v4.3.1)
CtrCreateOption with_user(const std::string& user) {
  return [user](ContainerConfig& c) { c.user = user; };
}

// libpod/options.go:WithCgroupParent (podman v4.3.1)
CtrCreateOption with_cgroup_parent(const std::string& parent) {
  return [parent](ContainerConfig& c) {
    if (parent.empty()) fail(invalid_arg("cgroup parent cannot be empty"));
    c.cgroup_parent = parent;
  };
}

// libpod/options.go:WithCgroupsMode (podman v4.3.1)
CtrCreateOption with_cgroups_mode(const std::string& mode) {
  return [mode](ContainerConfig& c) {
    if (mode == "disabled") {
      c.no_cgroups = true;
      c.cgroups_mode = mode;
    } else if (mode == "enabled" || mode == "no-conmon" || mode == "split") {
      c.cgroups_mode = mode;
    } else {
      fail(invalid_arg("invalid cgroup mode " + goport::quote(mode)));
    }
  };
}

// libpod/options.go:WithNetNS (podman v4.3.1)
CtrCreateOption with_net_ns(const std::string& net_mode,
                            const std::optional<std::map<std::string, specgen::PerNetworkOptions>>& networks) {
  return [net_mode, networks](ContainerConfig& c) {
    c.net_mode = net_mode;
    c.create_net_ns = true;
    if (net_mode != "bridge" && networks && !networks->empty()) {
      fail("cannot use networks when network mode is not bridge");
    }
    c.networks = networks;
  };
}

// libpod/options.go:WithUseImageHosts (podman v4.3.1)
CtrCreateOption with_use_image_hosts() {
  return [](ContainerConfig& c) { c.use_image_hosts = true; };
}

// libpod/options.go:WithHosts (podman v4.3.1)
CtrCreateOption with_hosts(const std::vector<std::string>& hosts) {
  return [hosts](ContainerConfig& c) { c.host_add = hosts; };
}

// libpod/options.go:WithDNSSearch (podman v4.3.1)
CtrCreateOption with_dns_search(const std::vector<std::string>& domains) {
  return [domains](ContainerConfig& c) { c.dns_search = domains; };
}

// libpod/options.go:WithUseImageResolvConf (podman v4.3.1)
CtrCreateOption with_use_image_resolv_conf() {
  return [](ContainerConfig& c) { c.use_image_resolv_conf = true; };
}

// libpod/options.go:WithDNS (podman v4.3.1)
CtrCreateOption with_dns(const std::vector<std::string>& servers) {
  return [servers](ContainerConfig& c) {
    std::vector<gojson::GoIP> dns;
    for (const auto& s : servers) {
      const std::optional<gojson::GoIP> ip = gojson::go_parse_ip(s);
      if (!ip) fail(invalid_arg("invalid IP address " + s));
      dns.push_back(*ip);
    }
    c.dns_server.insert(c.dns_server.end(), dns.begin(), dns.end());
  };
}

// libpod/options.go:WithDNSOption (podman v4.3.1)
CtrCreateOption with_dns_option(const std::vector<std::string>& options) {
  return [options](ContainerConfig& c) {
    if (c.use_image_resolv_conf) {
      fail(invalid_arg("cannot add DNS options if container will not create /etc/resolv.conf"));
    }
    c.dns_option.insert(c.dns_option.end(), options.begin(), options.end());
  };
}

// libpod/options.go:WithLabels (podman v4.3.1)
CtrCreateOption with_labels(const std::map<std::string, std::string>& labels) {
  return [labels](ContainerConfig& c) { c.labels = labels; };
}

// libpod/options.go:WithRestartPolicy (podman v4.3.1)
CtrCreateOption with_restart_policy(const std::string& policy) {
  return [policy](ContainerConfig&) {
    static const char* const kPolicies[] = {"", "no", "on-failure", "always", "unless-stopped"};
    if (std::find(std::begin(kPolicies), std::end(kPolicies), policy) == std::end(kPolicies)) {
      fail(invalid_arg(goport::quote(policy) + " is not a valid restart policy"));
    }
  };
}

// libpod/options.go:WithHealthCheck (podman v4.3.1)
CtrCreateOption with_health_check() {
  return [](ContainerConfig& c) { c.has_health_check = true; };
}

// libpod/options.go:WithHealthCheckOnFailureAction (podman v4.3.1)
CtrCreateOption with_health_check_on_failure_action(specgen::HealthCheckOnFailureAction action) {
  return [action](ContainerConfig& c) { c.health_check_on_failure_action = action; };
}

// libpod/options.go:WithEnvSecrets (podman v4.3.1). Go ranges over the map in random order; the reference
// looks the sources up in target order, so with several unknown sources it names one podman might not.
CtrCreateOption with_env_secrets(const std::map<std::string, std::string>& env_secrets, const host::HostProfile& h) {
  return [env_secrets, &h](ContainerConfig&) {
    for (const auto& [target, source] : env_secrets) lookup_secret(h, source);
  };
}

// libpod/options.go:WithDependencyCtrs (podman v4.3.1)
CtrCreateOption with_dependency_ctrs(const std::vector<const host::Container*>& deps) {
  return [deps](ContainerConfig& c) {
    std::vector<std::string> ids;
    for (const host::Container* dep : deps) {
      check_dependency_container(*dep, c);
      ids.push_back(dep->id);
    }
    c.dependencies = std::move(ids);
  };
}

// libpod/options.go:WithInitCtrType (podman v4.3.1)
CtrCreateOption with_init_ctr_type(const std::string& container_type) {
  return [container_type](ContainerConfig& c) {
    if (container_type != "once" && container_type != "always") {
      fail(container_type + " is invalid init container type");
    }
    c.init_container_type = container_type;
  };
}

// libpod/options.go:WithName (podman v4.3.1)
CtrCreateOption with_name(const std::string& name) {
  return [name](ContainerConfig& c) {
    if (!matches_name_regex(name)) fail(invalid_arg("names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"));
    c.name = name;
  };
}

}  // namespace specconf::ref::libpod
