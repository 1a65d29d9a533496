// podman's SpecGenerator (pkg/specgen/specgen.go at aa47e05ae4, identical in v4.3.1): the body of
// POST /libpod/containers/create. The seven embedded Go structs (ContainerBasicConfig, ...Storage...,
// ...Security..., ...Cgroup..., ...Network..., ...Resource..., ...HealthCheck...) are flattened here in
// Go's order, which is also the order Go's decoder tries case-insensitive key matches in.
// JSON names and omitempty flags are in specgen_json.cc.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reference/gojson/go_types.h"
#include "reference/gojson/net_types.h"
#include "reference/model/oci_spec.h"

namespace specconf::specgen {

using gojson::GoInt;
using gojson::GoUint;

struct NamespaceModeTag { static constexpr const char* go_name = "specgen.NamespaceMode"; };
struct SignalTag { static constexpr const char* go_name = "syscall.Signal"; };
struct DurationTag { static constexpr const char* go_name = "time.Duration"; };
struct HealthCheckOnFailureActionTag { static constexpr const char* go_name = "define.HealthCheckOnFailureAction"; };

using NamespaceMode = gojson::NamedString<NamespaceModeTag>;
using Signal = gojson::NamedInt<SignalTag, GoInt>;
using Duration = gojson::NamedInt<DurationTag, std::int64_t>;
using HealthCheckOnFailureAction = gojson::NamedInt<HealthCheckOnFailureActionTag, GoInt>;

// specgen.Namespace {nsmode, value}.
struct Namespace {
  NamespaceMode nsmode;
  std::string value;
};

struct LogConfig {
  std::string driver;
  std::string path;
  std::int64_t size = 0;
  std::map<std::string, std::string> options;
};

// specgen.NamedVolume has no JSON tags: keys are the Go field names.
struct NamedVolume {
  std::string name;
  std::string dest;
  std::optional<std::vector<std::string>> options;
  bool is_anonymous = false;
};

struct OverlayVolume {
  std::string destination;
  std::string source;
  std::vector<std::string> options;
};

struct ImageVolume {
  std::string source;
  std::string destination;
  bool read_write = false;
};

struct Secret {
  std::string source;
  std::string target;
  std::uint32_t uid = 0;
  std::uint32_t gid = 0;
  std::uint32_t mode = 0;
};

// containers/common libnetwork types.PortMapping.
struct PortMapping {
  std::string host_ip;
  std::uint16_t container_port = 0;
  std::uint16_t host_port = 0;
  std::uint16_t range = 0;
  std::string protocol;
};

// containers/common libnetwork types.PerNetworkOptions.
struct PerNetworkOptions {
  std::vector<gojson::GoIP> static_ips;
  std::vector<std::string> aliases;
  gojson::GoHardwareAddr static_mac;
  std::string interface_name;
};

// containers/storage idtools.IDMap: {"container_id","host_id","size"}, Go ints.
struct IDMap {
  GoInt container_id = 0;
  GoInt host_id = 0;
  GoInt size = 0;
};

// containers/storage types.AutoUserNsOptions (untagged).
struct AutoUserNsOptions {
  std::uint32_t size = 0;
  std::uint32_t initial_size = 0;
  std::string passwd_file;
  std::string group_file;
  std::optional<std::vector<IDMap>> additional_uid_mappings;
  std::optional<std::vector<IDMap>> additional_gid_mappings;
};

// containers/storage types.IDMappingOptions (untagged: "HostUIDMapping", "UIDMap", ...).
struct IDMappingOptions {
  bool host_uid_mapping = false;
  bool host_gid_mapping = false;
  std::optional<std::vector<IDMap>> uid_map;
  std::optional<std::vector<IDMap>> gid_map;
  bool auto_userns = false;
  AutoUserNsOptions auto_userns_opts;
};

// containers/image manifest.Schema2HealthConfig.
struct Schema2HealthConfig {
  std::vector<std::string> test;
  Duration start_period;
  Duration interval;
  Duration timeout;
  GoInt retries = 0;
};

struct SpecGenerator {
  // ContainerBasicConfig
  std::string name;
  std::string pod;
  std::optional<std::vector<std::string>> entrypoint;
  std::optional<std::vector<std::string>> command;
  bool env_host = false;
  bool http_proxy = false;
  std::optional<std::map<std::string, std::string>> env;
  bool terminal = false;
  bool stdin_ = false;
  std::optional<std::map<std::string, std::string>> labels;
  std::optional<std::map<std::string, std::string>> annotations;
  std::optional<Signal> stop_signal;
  std::optional<GoUint> stop_timeout;
  GoUint timeout = 0;
  std::optional<LogConfig> log_configuration;
  std::string conmon_pid_file;
  std::string raw_image_name;
  std::string image_os;
  std::string image_arch;
  std::string image_variant;
  std::string restart_policy;
  std::optional<GoUint> restart_retries;
  std::string oci_runtime;
  std::string systemd;
  std::string sdnotify_mode;
  std::string namespace_;
  Namespace pidns;
  Namespace utsns;
  std::string hostname;
  std::vector<std::string> hostusers;
  std::map<std::string, std::string> sysctl;
  bool remove = false;
  std::optional<std::vector<std::string>> container_create_command;
  std::string timezone;
  std::vector<std::string> dependency_containers;
  std::map<std::string, std::string> env_secrets;
  std::string init_container_type;
  std::optional<oci::LinuxPersonality> personality;
  std::vector<std::string> env_merge;
  std::vector<std::string> unset_env;
  bool unset_env_all = false;
  std::optional<bool> passwd;
  std::string passwd_entry;
  // ContainerStorageConfig
  std::string image;
  std::string rootfs;
  bool rootfs_overlay = false;
  std::string image_volume_mode;
  std::vector<std::string> volumes_from;
  bool init = false;
  std::string init_path;
  std::vector<oci::Mount> mounts;
  std::vector<std::optional<NamedVolume>> volumes;
  std::vector<std::optional<OverlayVolume>> overlay_volumes;
  std::vector<std::optional<ImageVolume>> image_volumes;
  std::vector<oci::LinuxDevice> devices;
  std::vector<oci::LinuxDeviceCgroup> device_cgroup_rule;
  std::vector<std::string> devices_from;
  std::vector<oci::LinuxDevice> host_device_list;
  Namespace ipcns;
  std::optional<std::int64_t> shm_size;
  std::string work_dir;
  bool create_working_dir = false;
  std::map<std::string, std::string> storage_opts;
  std::string rootfs_propagation;
  std::vector<Secret> secrets;
  bool volatile_ = false;
  std::vector<std::string> chroot_dirs;
  // ContainerSecurityConfig
  bool privileged = false;
  std::string user;
  std::vector<std::string> groups;
  std::vector<std::string> cap_add;
  std::vector<std::string> cap_drop;
  std::vector<std::string> selinux_opts;
  std::string apparmor_profile;
  std::string seccomp_policy;
  std::string seccomp_profile_path;
  bool no_new_privileges = false;
  Namespace userns;
  std::optional<IDMappingOptions> idmappings;
  bool read_only_filesystem = false;
  std::string umask;
  std::optional<std::vector<std::string>> procfs_opts;
  std::vector<std::string> mask;
  std::optional<std::vector<std::string>> unmask;
  // ContainerCgroupConfig
  Namespace cgroupns;
  std::string cgroups_mode;
  std::string cgroup_parent;
  // ContainerNetworkConfig
  Namespace netns;
  std::vector<PortMapping> port_mappings;
  bool publish_exposed_ports = false;
  std::map<std::uint16_t, std::string> expose;
  std::optional<std::map<std::string, PerNetworkOptions>> networks;
  std::vector<std::string> cni_networks;
  bool use_image_resolv_conf = false;
  std::vector<gojson::GoIP> dns_servers;
  std::vector<std::string> dns_search;
  std::vector<std::string> dns_options;
  bool use_image_hosts = false;
  std::vector<std::string> host_add;
  std::optional<std::map<std::string, std::vector<std::string>>> network_options;
  // ContainerResourceConfig
  std::optional<oci::LinuxResources> resource_limits;
  std::optional<std::vector<oci::POSIXRlimit>> rlimits;
  std::optional<GoInt> oom_score_adj;
  std::map<std::string, oci::LinuxWeightDevice> weight_device;
  std::map<std::string, oci::LinuxThrottleDevice> throttle_read_bps_device;
  std::map<std::string, oci::LinuxThrottleDevice> throttle_write_bps_device;
  std::map<std::string, oci::LinuxThrottleDevice> throttle_read_iops_device;
  std::map<std::string, oci::LinuxThrottleDevice> throttle_write_iops_device;
  std::map<std::string, std::string> cgroup_conf;
  std::uint64_t cpu_period = 0;
  std::int64_t cpu_quota = 0;
  // ContainerHealthCheckConfig
  std::optional<Schema2HealthConfig> health_config;
  HealthCheckOnFailureAction health_check_on_failure_action;
};

}  // namespace specconf::specgen
