// Field tables: podman pkg/specgen/specgen.go at aa47e05ae4 and the vendored types it embeds, in Go
// declaration order (embedded structs flattened).
#include "reference/model/specgen_json.h"

namespace specconf::gojson {

const FieldTable& GoStruct<specgen::Namespace>::fields() {
  using T = specgen::Namespace;
  static const FieldTable table{
      field<&T::nsmode, kOmitEmpty>("nsmode"),
      field<&T::value, kOmitEmpty>("value"),
  };
  return table;
}

const FieldTable& GoStruct<specgen::LogConfig>::fields() {
  using T = specgen::LogConfig;
  static const FieldTable table{
      field<&T::driver, kOmitEmpty>("driver"),
      field<&T::path, kOmitEmpty>("path"),
      field<&T::size, kOmitEmpty>("size"),
      field<&T::options, kOmitEmpty>("options"),
  };
  return table;
}

const FieldTable& GoStruct<specgen::NamedVolume>::fields() {
  using T = specgen::NamedVolume;
  static const FieldTable table{
      field<&T::name>("Name"),
      field<&T::dest>("Dest"),
      field<&T::options>("Options"),
      field<&T::is_anonymous>("IsAnonymous"),
  };
  return table;
}

const FieldTable& GoStruct<specgen::OverlayVolume>::fields() {
  using T = specgen::OverlayVolume;
  static const FieldTable table{
      field<&T::destination>("destination"),
      field<&T::source, kOmitEmpty>("source"),
      field<&T::options, kOmitEmpty>("options"),
  };
  return table;
}

const FieldTable& GoStruct<specgen::ImageVolume>::fields() {
  using T = specgen::ImageVolume;
  static const FieldTable table{
      field<&T::source>("Source"),
      field<&T::destination>("Destination"),
      field<&T::read_write>("ReadWrite"),
  };
  return table;
}

const FieldTable& GoStruct<specgen::Secret>::fields() {
  using T = specgen::Secret;
  static const FieldTable table{
      field<&T::source>("Source"),
      field<&T::target>("Target"),
      field<&T::uid>("UID"),
      field<&T::gid>("GID"),
      field<&T::mode>("Mode"),
  };
  return table;
}

const FieldTable& GoStruct<specgen::PortMapping>::fields() {
  using T = specgen::PortMapping;
  static const FieldTable table{
      field<&T::host_ip>("host_ip"),
      field<&T::container_port>("container_port"),
      field<&T::host_port>("host_port"),
      field<&T::range>("range"),
      field<&T::protocol>("protocol"),
  };
  return table;
}

const FieldTable& GoStruct<specgen::PerNetworkOptions>::fields() {
  using T = specgen::PerNetworkOptions;
  static const FieldTable table{
      field<&T::static_ips, kOmitEmpty>("static_ips"),
      field<&T::aliases, kOmitEmpty>("aliases"),
      field<&T::static_mac, kOmitEmpty>("static_mac"),
      field<&T::interface_name>("interface_name"),
  };
  return table;
}

const FieldTable& GoStruct<specgen::IDMap>::fields() {
  using T = specgen::IDMap;
  static const FieldTable table{
      field<&T::container_id>("container_id"),
      field<&T::host_id>("host_id"),
      field<&T::size>("size"),
  };
  return table;
}

const FieldTable& GoStruct<specgen::AutoUserNsOptions>::fields() {
  using T = specgen::AutoUserNsOptions;
  static const FieldTable table{
      field<&T::size>("Size"),
      field<&T::initial_size>("InitialSize"),
      field<&T::passwd_file>("PasswdFile"),
      field<&T::group_file>("GroupFile"),
      field<&T::additional_uid_mappings>("AdditionalUIDMappings"),
      field<&T::additional_gid_mappings>("AdditionalGIDMappings"),
  };
  return table;
}

const FieldTable& GoStruct<specgen::IDMappingOptions>::fields() {
  using T = specgen::IDMappingOptions;
  static const FieldTable table{
      field<&T::host_uid_mapping>("HostUIDMapping"),
      field<&T::host_gid_mapping>("HostGIDMapping"),
      field<&T::uid_map>("UIDMap"),
      field<&T::gid_map>("GIDMap"),
      field<&T::auto_userns>("AutoUserNs"),
      field<&T::auto_userns_opts>("AutoUserNsOpts"),
  };
  return table;
}

const FieldTable& GoStruct<specgen::Schema2HealthConfig>::fields() {
  using T = specgen::Schema2HealthConfig;
  static const FieldTable table{
      field<&T::test, kOmitEmpty>("Test"),
      field<&T::start_period, kOmitEmpty>("StartPeriod"),
      field<&T::interval, kOmitEmpty>("Interval"),
      field<&T::timeout, kOmitEmpty>("Timeout"),
      field<&T::retries, kOmitEmpty>("Retries"),
  };
  return table;
}

const FieldTable& GoStruct<specgen::SpecGenerator>::fields() {
  using T = specgen::SpecGenerator;
  static const FieldTable table{
      field<&T::name, kOmitEmpty>("name"),
      field<&T::pod, kOmitEmpty>("pod"),
      field<&T::entrypoint, kOmitEmpty>("entrypoint"),
      field<&T::command, kOmitEmpty>("command"),
      field<&T::env_host, kOmitEmpty>("env_host"),
      field<&T::http_proxy, kOmitEmpty>("httpproxy"),
      field<&T::env, kOmitEmpty>("env"),
      field<&T::terminal, kOmitEmpty>("terminal"),
      field<&T::stdin_, kOmitEmpty>("stdin"),
      field<&T::labels, kOmitEmpty>("labels"),
      field<&T::annotations, kOmitEmpty>("annotations"),
      field<&T::stop_signal, kOmitEmpty>("stop_signal"),
      field<&T::stop_timeout, kOmitEmpty>("stop_timeout"),
      field<&T::timeout, kOmitEmpty>("timeout"),
      field<&T::log_configuration, kOmitEmpty>("log_configuration"),
      field<&T::conmon_pid_file, kOmitEmpty>("conmon_pid_file"),
      field<&T::raw_image_name, kOmitEmpty>("raw_image_name"),
      field<&T::image_os, kOmitEmpty>("image_os"),
      field<&T::image_arch, kOmitEmpty>("image_arch"),
      field<&T::image_variant, kOmitEmpty>("image_variant"),
      field<&T::restart_policy, kOmitEmpty>("restart_policy"),
      field<&T::restart_retries, kOmitEmpty>("restart_tries"),
      field<&T::oci_runtime, kOmitEmpty>("oci_runtime"),
      field<&T::systemd, kOmitEmpty>("systemd"),
      field<&T::sdnotify_mode, kOmitEmpty>("sdnotifyMode"),
      field<&T::namespace_, kOmitEmpty>("namespace"),
      field<&T::pidns, kOmitEmpty>("pidns"),
      field<&T::utsns, kOmitEmpty>("utsns"),
      field<&T::hostname, kOmitEmpty>("hostname"),
      field<&T::hostusers, kOmitEmpty>("hostusers"),
      field<&T::sysctl, kOmitEmpty>("sysctl"),
      field<&T::remove, kOmitEmpty>("remove"),
      field<&T::container_create_command, kOmitEmpty>("containerCreateCommand"),
      field<&T::timezone, kOmitEmpty>("timezone"),
      field<&T::dependency_containers, kOmitEmpty>("dependencyContainers"),
      field<&T::env_secrets, kOmitEmpty>("secret_env"),
      field<&T::init_container_type>("init_container_type"),
      field<&T::personality, kOmitEmpty>("personality"),
      field<&T::env_merge, kOmitEmpty>("envmerge"),
      field<&T::unset_env, kOmitEmpty>("unsetenv"),
      field<&T::unset_env_all, kOmitEmpty>("unsetenvall"),
      field<&T::passwd, kOmitEmpty>("manage_password"),
      field<&T::passwd_entry, kOmitEmpty>("passwd_entry"),
      field<&T::image>("image"),
      field<&T::rootfs, kOmitEmpty>("rootfs"),
      field<&T::rootfs_overlay, kOmitEmpty>("rootfs_overlay"),
      field<&T::image_volume_mode, kOmitEmpty>("image_volume_mode"),
      field<&T::volumes_from, kOmitEmpty>("volumes_from"),
      field<&T::init, kOmitEmpty>("init"),
      field<&T::init_path, kOmitEmpty>("init_path"),
      field<&T::mounts, kOmitEmpty>("mounts"),
      field<&T::volumes, kOmitEmpty>("volumes"),
      field<&T::overlay_volumes, kOmitEmpty>("overlay_volumes"),
      field<&T::image_volumes, kOmitEmpty>("image_volumes"),
      field<&T::devices, kOmitEmpty>("devices"),
      field<&T::device_cgroup_rule, kOmitEmpty>("device_cgroup_rule"),
      field<&T::devices_from, kOmitEmpty>("devices_from"),
      field<&T::host_device_list, kOmitEmpty>("host_device_list"),
      field<&T::ipcns, kOmitEmpty>("ipcns"),
      field<&T::shm_size, kOmitEmpty>("shm_size"),
      field<&T::work_dir, kOmitEmpty>("work_dir"),
      field<&T::create_working_dir, kOmitEmpty>("create_working_dir"),
      field<&T::storage_opts, kOmitEmpty>("storage_opts"),
      field<&T::rootfs_propagation, kOmitEmpty>("rootfs_propagation"),
      field<&T::secrets, kOmitEmpty>("secrets"),
      field<&T::volatile_, kOmitEmpty>("volatile"),
      field<&T::chroot_dirs, kOmitEmpty>("chroot_directories"),
      field<&T::privileged, kOmitEmpty>("privileged"),
      field<&T::user, kOmitEmpty>("user"),
      field<&T::groups, kOmitEmpty>("groups"),
      field<&T::cap_add, kOmitEmpty>("cap_add"),
      field<&T::cap_drop, kOmitEmpty>("cap_drop"),
      field<&T::selinux_opts, kOmitEmpty>("selinux_opts"),
      field<&T::apparmor_profile, kOmitEmpty>("apparmor_profile"),
      field<&T::seccomp_policy, kOmitEmpty>("seccomp_policy"),
      field<&T::seccomp_profile_path, kOmitEmpty>("seccomp_profile_path"),
      field<&T::no_new_privileges, kOmitEmpty>("no_new_privileges"),
      field<&T::userns, kOmitEmpty>("userns"),
      field<&T::idmappings, kOmitEmpty>("idmappings"),
      field<&T::read_only_filesystem, kOmitEmpty>("read_only_filesystem"),
      field<&T::umask, kOmitEmpty>("umask"),
      field<&T::procfs_opts, kOmitEmpty>("procfs_opts"),
      field<&T::mask, kOmitEmpty>("mask"),
      field<&T::unmask, kOmitEmpty>("unmask"),
      field<&T::cgroupns, kOmitEmpty>("cgroupns"),
      field<&T::cgroups_mode, kOmitEmpty>("cgroups_mode"),
      field<&T::cgroup_parent, kOmitEmpty>("cgroup_parent"),
      field<&T::netns, kOmitEmpty>("netns"),
      field<&T::port_mappings, kOmitEmpty>("portmappings"),
      field<&T::publish_exposed_ports, kOmitEmpty>("publish_image_ports"),
      field<&T::expose, kOmitEmpty>("expose"),
      field<&T::networks>("Networks"),
      field<&T::cni_networks, kOmitEmpty>("cni_networks"),
      field<&T::use_image_resolv_conf, kOmitEmpty>("use_image_resolve_conf"),
      field<&T::dns_servers, kOmitEmpty>("dns_server"),
      field<&T::dns_search, kOmitEmpty>("dns_search"),
      field<&T::dns_options, kOmitEmpty>("dns_option"),
      field<&T::use_image_hosts>("use_image_hosts"),
      field<&T::host_add, kOmitEmpty>("hostadd"),
      field<&T::network_options, kOmitEmpty>("network_options"),
      field<&T::resource_limits, kOmitEmpty>("resource_limits"),
      field<&T::rlimits, kOmitEmpty>("r_limits"),
      field<&T::oom_score_adj, kOmitEmpty>("oom_score_adj"),
      field<&T::weight_device, kOmitEmpty>("weightDevice"),
      field<&T::throttle_read_bps_device, kOmitEmpty>("throttleReadBpsDevice"),
      field<&T::throttle_write_bps_device, kOmitEmpty>("throttleWriteBpsDevice"),
      field<&T::throttle_read_iops_device, kOmitEmpty>("throttleReadIOPSDevice"),
      field<&T::throttle_write_iops_device, kOmitEmpty>("throttleWriteIOPSDevice"),
      field<&T::cgroup_conf, kOmitEmpty>("unified"),
      field<&T::cpu_period, kOmitEmpty>("cpu_period"),
      field<&T::cpu_quota, kOmitEmpty>("cpu_quota"),
      field<&T::health_config, kOmitEmpty>("healthconfig"),
      field<&T::health_check_on_failure_action, kOmitEmpty>("health_check_on_failure_action"),
  };
  return table;
}

}  // namespace specconf::gojson

namespace specconf::specgen {

std::string to_go_json(const SpecGenerator& s) { return gojson::go_marshal(s); }

std::string from_go_json(std::string_view body, SpecGenerator& s, std::string* error_path) {
  return gojson::go_unmarshal(body, s, gojson::ScanMode::kDecoder, error_path);
}

}  // namespace specconf::specgen
