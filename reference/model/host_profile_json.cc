// Field tables of the HostProfile format (specconf's own; documented in docs/host-profile.md).
#include "reference/model/host_profile_json.h"

namespace specconf::gojson {

const FieldTable& GoStruct<host::IDRange>::fields() {
  using T = host::IDRange;
  static const FieldTable table{
      field<&T::start>("start"),
      field<&T::count>("count"),
  };
  return table;
}

const FieldTable& GoStruct<host::Identity>::fields() {
  using T = host::Identity;
  static const FieldTable table{
      field<&T::rootless>("rootless"),
      field<&T::uid>("uid"),
      field<&T::gid>("gid"),
      field<&T::user>("user"),
      field<&T::subuid, kOmitEmpty>("subuid"),
      field<&T::subgid, kOmitEmpty>("subgid"),
      field<&T::gid_map_total>("gid_map_total"),
  };
  return table;
}

const FieldTable& GoStruct<host::CgroupV1Info>::fields() {
  using T = host::CgroupV1Info;
  static const FieldTable table{
      field<&T::memory_limit>("memory_limit"),
      field<&T::swap_limit>("swap_limit"),
      field<&T::memory_reservation>("memory_reservation"),
      field<&T::oom_kill_disable>("oom_kill_disable"),
      field<&T::memory_swappiness>("memory_swappiness"),
      field<&T::kernel_memory>("kernel_memory"),
      field<&T::cpu_shares>("cpu_shares"),
      field<&T::cpu_cfs_period>("cpu_cfs_period"),
      field<&T::cpu_cfs_quota>("cpu_cfs_quota"),
      field<&T::cpu_realtime_period>("cpu_realtime_period"),
      field<&T::cpu_realtime_runtime>("cpu_realtime_runtime"),
      field<&T::cpuset>("cpuset"),
      field<&T::blkio_weight>("blkio_weight"),
      field<&T::blkio_weight_device>("blkio_weight_device"),
      field<&T::blkio_read_bps_device>("blkio_read_bps_device"),
      field<&T::blkio_write_bps_device>("blkio_write_bps_device"),
      field<&T::blkio_read_iops_device>("blkio_read_iops_device"),
      field<&T::blkio_write_iops_device>("blkio_write_iops_device"),
      field<&T::pids_limit>("pids_limit"),
  };
  return table;
}

const FieldTable& GoStruct<host::Cgroups>::fields() {
  using T = host::Cgroups;
  static const FieldTable table{
      field<&T::version>("version"),
      field<&T::manager>("manager"),
      field<&T::v1>("v1"),
      field<&T::own_memory_max>("own_memory_max"),
      field<&T::own_memory_swap_max>("own_memory_swap_max"),
      field<&T::cpus>("cpus"),
      field<&T::mems>("mems"),
  };
  return table;
}

const FieldTable& GoStruct<host::Capabilities>::fields() {
  using T = host::Capabilities;
  static const FieldTable table{
      field<&T::bounding, kOmitEmpty>("bounding"),
      field<&T::last_cap>("last_cap"),
      field<&T::ambient>("ambient"),
  };
  return table;
}

const FieldTable& GoStruct<host::Rlimit>::fields() {
  using T = host::Rlimit;
  static const FieldTable table{
      field<&T::soft>("soft"),
      field<&T::hard>("hard"),
  };
  return table;
}

const FieldTable& GoStruct<host::Limits>::fields() {
  using T = host::Limits;
  static const FieldTable table{
      field<&T::nofile>("nofile"),
      field<&T::nproc>("nproc"),
      field<&T::pid_max>("pid_max"),
      field<&T::default_process_limits, kOmitEmpty>("default_process_limits"),
  };
  return table;
}

const FieldTable& GoStruct<host::AppArmor>::fields() {
  using T = host::AppArmor;
  static const FieldTable table{
      field<&T::enabled>("enabled"),
      field<&T::default_profile>("default_profile"),
  };
  return table;
}

const FieldTable& GoStruct<host::Seccomp>::fields() {
  using T = host::Seccomp;
  static const FieldTable table{
      field<&T::supported>("supported"),
      field<&T::native_arch>("native_arch"),
  };
  return table;
}

const FieldTable& GoStruct<host::ContainersConf>::fields() {
  using T = host::ContainersConf;
  static const FieldTable table{
      field<&T::annotations, kOmitEmpty>("annotations"),
      field<&T::apparmor_profile>("apparmor_profile"),
      field<&T::cgroupns>("cgroupns"),
      field<&T::cgroups>("cgroups"),
      field<&T::default_capabilities, kOmitEmpty>("default_capabilities"),
      field<&T::default_sysctls, kOmitEmpty>("default_sysctls"),
      field<&T::default_ulimits, kOmitEmpty>("default_ulimits"),
      field<&T::devices, kOmitEmpty>("devices"),
      field<&T::env, kOmitEmpty>("env"),
      field<&T::init_path>("init_path"),
      field<&T::ipcns>("ipcns"),
      field<&T::netns>("netns"),
      field<&T::no_hosts>("no_hosts"),
      field<&T::pidns>("pidns"),
      field<&T::pids_limit>("pids_limit"),
      field<&T::seccomp_profile>("seccomp_profile"),
      field<&T::umask>("umask"),
      field<&T::userns>("userns"),
      field<&T::utsns>("utsns"),
      field<&T::volumes, kOmitEmpty>("volumes"),
  };
  return table;
}

const FieldTable& GoStruct<host::FileFact>::fields() {
  using T = host::FileFact;
  static const FieldTable table{
      field<&T::error, kOmitEmpty>("error"),
      field<&T::type, kOmitEmpty>("type"),
      field<&T::mode, kOmitEmpty>("mode"),
      field<&T::uid, kOmitEmpty>("uid"),
      field<&T::gid, kOmitEmpty>("gid"),
      field<&T::major, kOmitEmpty>("major"),
      field<&T::minor, kOmitEmpty>("minor"),
      field<&T::target, kOmitEmpty>("target"),
      field<&T::nosuid, kOmitEmpty>("nosuid"),
      field<&T::nodev, kOmitEmpty>("nodev"),
      field<&T::noexec, kOmitEmpty>("noexec"),
      field<&T::entries, kOmitEmpty>("entries"),
      field<&T::content, kOmitEmpty>("content"),
  };
  return table;
}

const FieldTable& GoStruct<host::ImageConfig>::fields() {
  using T = host::ImageConfig;
  static const FieldTable table{
      field<&T::user, kOmitEmpty>("user"),
      field<&T::env, kOmitEmpty>("env"),
      field<&T::entrypoint, kOmitEmpty>("entrypoint"),
      field<&T::cmd, kOmitEmpty>("cmd"),
      field<&T::working_dir, kOmitEmpty>("working_dir"),
      field<&T::volumes, kOmitEmpty>("volumes"),
      field<&T::labels, kOmitEmpty>("labels"),
      field<&T::stop_signal, kOmitEmpty>("stop_signal"),
  };
  return table;
}

const FieldTable& GoStruct<host::Image>::fields() {
  using T = host::Image;
  static const FieldTable table{
      field<&T::id>("id"),
      field<&T::names, kOmitEmpty>("names"),
      field<&T::arch>("arch"),
      field<&T::os>("os"),
      field<&T::config>("config"),
      field<&T::annotations, kOmitEmpty>("annotations"),
  };
  return table;
}

// libpod's own tags (libpod/container_config.go, podman v4.3.1): Inherit marshals this struct as is.
const FieldTable& GoStruct<host::InfraInherit>::fields() {
  using T = host::InfraInherit;
  static const FieldTable table{
      field<&T::apparmor_profile, kOmitEmpty>("apparmor_profile"),
      field<&T::cap_add, kOmitEmpty>("cap_add"),
      field<&T::cap_drop, kOmitEmpty>("cap_drop"),
      field<&T::host_device_list, kOmitEmpty>("host_device_list"),
      field<&T::image_volumes, kOmitEmpty>("image_volumes"),
      field<&T::mounts, kOmitEmpty>("mounts"),
      field<&T::no_new_privileges, kOmitEmpty>("no_new_privileges"),
      field<&T::overlay_volumes, kOmitEmpty>("overlay_volumes"),
      field<&T::seccomp_policy, kOmitEmpty>("seccomp_policy"),
      field<&T::seccomp_profile_path, kOmitEmpty>("seccomp_profile_path"),
      field<&T::selinux_opts, kOmitEmpty>("selinux_opts"),
      field<&T::volumes, kOmitEmpty>("volumes"),
      field<&T::shm_size>("shm_size"),
  };
  return table;
}

const FieldTable& GoStruct<host::Container>::fields() {
  using T = host::Container;
  static const FieldTable table{
      field<&T::id>("id"),
      field<&T::name>("name"),
      field<&T::hostname, kOmitEmpty>("hostname"),
      field<&T::uid_map, kOmitEmpty>("uid_map"),
      field<&T::gid_map, kOmitEmpty>("gid_map"),
      field<&T::ipc_shareable>("ipc_shareable"),
      field<&T::pod, kOmitEmpty>("pod"),
      field<&T::mounts, kOmitEmpty>("mounts"),
      field<&T::user_volumes, kOmitEmpty>("user_volumes"),
      field<&T::named_volumes, kOmitEmpty>("named_volumes"),
      field<&T::running, kOmitEmpty>("running"),
      field<&T::user, kOmitEmpty>("user"),
      field<&T::infra_inherit, kOmitEmpty>("infra_inherit"),
      field<&T::spec_annotations, kOmitEmpty>("spec_annotations"),
  };
  return table;
}

const FieldTable& GoStruct<host::Pod>::fields() {
  using T = host::Pod;
  static const FieldTable table{
      field<&T::id>("id"),
      field<&T::name>("name"),
      field<&T::hostname, kOmitEmpty>("hostname"),
      field<&T::infra_id, kOmitEmpty>("infra_id"),
      field<&T::shared, kOmitEmpty>("shared"),
      field<&T::host_namespaces, kOmitEmpty>("host_namespaces"),
  };
  return table;
}

const FieldTable& GoStruct<host::Secret>::fields() {
  using T = host::Secret;
  static const FieldTable table{
      field<&T::id>("id"),
      field<&T::name>("name"),
  };
  return table;
}

const FieldTable& GoStruct<host::HostProfile>::fields() {
  using T = host::HostProfile;
  static const FieldTable table{
      field<&T::name>("name"),
      field<&T::engine>("engine"),
      field<&T::podman_package, kOmitEmpty>("podman_package"),
      field<&T::identity>("identity"),
      field<&T::cgroups>("cgroups"),
      field<&T::capabilities>("capabilities"),
      field<&T::limits>("limits"),
      field<&T::apparmor>("apparmor"),
      field<&T::seccomp>("seccomp"),
      field<&T::hostname>("hostname"),
      field<&T::cwd>("cwd"),
      field<&T::environment, kOmitEmpty>("environment"),
      field<&T::containers_conf>("containers_conf"),
      field<&T::files, kOmitEmpty>("files"),
      field<&T::images, kOmitEmpty>("images"),
      field<&T::containers, kOmitEmpty>("containers"),
      field<&T::pods, kOmitEmpty>("pods"),
      field<&T::secrets, kOmitEmpty>("secrets"),
  };
  return table;
}

}  // namespace specconf::gojson

namespace specconf::host {

std::string to_go_json(const HostProfile& h) { return gojson::go_marshal(h); }

std::string from_go_json(std::string_view input, HostProfile& h, std::string* error_path) {
  return gojson::go_unmarshal(input, h, gojson::ScanMode::kUnmarshal, error_path);
}

}  // namespace specconf::host
