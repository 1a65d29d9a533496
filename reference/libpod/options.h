// libpod's container create options (libpod/options.go, podman v4.3.1) that the REST create path appends
// and that can fail, or that set a field validate() or setupContainer reads. Each returns the option as
// a closure, like Go's CtrCreateOption; applying it throws the option's own error text, and
// runtime_ctr.h:new_container prefixes "running container create option: ". Options that neither fail
// nor set such a field are not modelled.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reference/libpod/container_config.h"
#include "reference/model/host_profile.h"

namespace specconf::ref::libpod {

using CtrCreateOption = std::function<void(ContainerConfig&)>;

// WithRootFS: os.Stat(rootfs) on the host; its error is returned raw ("stat X: no such file or directory").
CtrCreateOption with_rootfs(const std::string& rootfs, bool overlay, const host::HostProfile& h);
CtrCreateOption with_rootfs_from_image(const std::string& image_id, const std::string& image_name,
                                       const std::string& raw_image_name);
// WithTimezone: "local", or a file (not a directory) under /usr/share/zoneinfo on the host.
CtrCreateOption with_timezone(const std::string& path, const host::HostProfile& h);
// WithUmask: ^[0-7]{1,4}$ (define.UmaskRegex).
CtrCreateOption with_umask(const std::string& umask);
// WithSdNotifyMode: define.ValidateSdNotifyMode.
CtrCreateOption with_sd_notify_mode(const std::string& mode);
CtrCreateOption with_sd_notify_socket(const std::string& socket_path);
CtrCreateOption with_pod(const host::Pod& pod);
// WithNamedVolumes: util.ProcessOptions(options, false, "") per volume.
CtrCreateOption with_named_volumes(const std::vector<specgen::NamedVolume>& volumes);
CtrCreateOption with_overlay_volumes(const std::vector<specgen::OverlayVolume>& volumes);
CtrCreateOption with_image_volumes(const std::vector<std::optional<specgen::ImageVolume>>& volumes);
// WithStopSignal: 1..64, as a syscall.Signal (an int).
CtrCreateOption with_stop_signal(gojson::GoInt signal);
// WithLogDriver, WithLogPath, WithLogTag: the driver must be one libpod knows; path and tag non-empty.
CtrCreateOption with_log_driver(const std::string& driver);
CtrCreateOption with_log_path(const std::string& path);
CtrCreateOption with_log_tag(const std::string& tag);

// The namespace joins: each checks its donor first (util.go:checkDependencyContainer).
CtrCreateOption with_pid_ns_from(const host::Container& donor);
CtrCreateOption with_ipc_ns_from(const host::Container& donor);
CtrCreateOption with_uts_ns_from(const host::Container& donor);
// WithUserNSFrom: the one option that edits the stored spec; uidMappings and gidMappings become the
// donor's IDMappings, written {containerID, hostID, size}.
CtrCreateOption with_user_ns_from(const host::Container& donor);
CtrCreateOption with_cgroup_ns_from(const host::Container& donor);
CtrCreateOption with_net_ns_from(const host::Container& donor);
CtrCreateOption with_user(const std::string& user);
CtrCreateOption with_cgroup_parent(const std::string& parent);
// WithCgroupsMode: disabled, enabled, no-conmon or split.
CtrCreateOption with_cgroups_mode(const std::string& mode);
// WithNetNS: a new network namespace; networks are only allowed for the bridge mode.
CtrCreateOption with_net_ns(const std::string& net_mode,
                            const std::optional<std::map<std::string, specgen::PerNetworkOptions>>& networks);
CtrCreateOption with_use_image_hosts();
CtrCreateOption with_hosts(const std::vector<std::string>& hosts);
CtrCreateOption with_dns_search(const std::vector<std::string>& domains);
CtrCreateOption with_use_image_resolv_conf();
// WithDNS: net.ParseIP of each server's text form (a nil IP prints as "<nil>" and fails).
CtrCreateOption with_dns(const std::vector<std::string>& servers);
CtrCreateOption with_dns_option(const std::vector<std::string>& options);
CtrCreateOption with_labels(const std::map<std::string, std::string>& labels);
// WithRestartPolicy: "", no, on-failure, always or unless-stopped.
CtrCreateOption with_restart_policy(const std::string& policy);
CtrCreateOption with_health_check();
CtrCreateOption with_health_check_on_failure_action(specgen::HealthCheckOnFailureAction action);
// WithEnvSecrets: every source must be a secret the host's secrets manager knows.
CtrCreateOption with_env_secrets(const std::map<std::string, std::string>& env_secrets, const host::HostProfile& h);
CtrCreateOption with_dependency_ctrs(const std::vector<const host::Container*>& deps);
// WithInitCtrType: "once" or "always".
CtrCreateOption with_init_ctr_type(const std::string& container_type);
// WithName: define.NameRegex.
CtrCreateOption with_name(const std::string& name);

}  // namespace specconf::ref::libpod
