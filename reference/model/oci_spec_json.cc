// Field tables: runtime-spec 1.0.2.118.g5cfc4c3 specs-go/config.go, in Go declaration order.
#include "reference/model/oci_spec_json.h"

namespace specconf::gojson {

const FieldTable& GoStruct<oci::Box>::fields() {
  using T = oci::Box;
  static const FieldTable table{
      field<&T::height>("height"),
      field<&T::width>("width"),
  };
  return table;
}

const FieldTable& GoStruct<oci::User>::fields() {
  using T = oci::User;
  static const FieldTable table{
      field<&T::uid>("uid"),
      field<&T::gid>("gid"),
      field<&T::umask, kOmitEmpty>("umask"),
      field<&T::additional_gids, kOmitEmpty>("additionalGids"),
      field<&T::username, kOmitEmpty>("username"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxCapabilities>::fields() {
  using T = oci::LinuxCapabilities;
  static const FieldTable table{
      field<&T::bounding, kOmitEmpty>("bounding"),
      field<&T::effective, kOmitEmpty>("effective"),
      field<&T::inheritable, kOmitEmpty>("inheritable"),
      field<&T::permitted, kOmitEmpty>("permitted"),
      field<&T::ambient, kOmitEmpty>("ambient"),
  };
  return table;
}

const FieldTable& GoStruct<oci::POSIXRlimit>::fields() {
  using T = oci::POSIXRlimit;
  static const FieldTable table{
      field<&T::type>("type"),
      field<&T::hard>("hard"),
      field<&T::soft>("soft"),
  };
  return table;
}

const FieldTable& GoStruct<oci::Process>::fields() {
  using T = oci::Process;
  static const FieldTable table{
      field<&T::terminal, kOmitEmpty>("terminal"),
      field<&T::console_size, kOmitEmpty>("consoleSize"),
      field<&T::user>("user"),
      field<&T::args, kOmitEmpty>("args"),
      field<&T::command_line, kOmitEmpty>("commandLine"),
      field<&T::env, kOmitEmpty>("env"),
      field<&T::cwd>("cwd"),
      field<&T::capabilities, kOmitEmpty>("capabilities"),
      field<&T::rlimits, kOmitEmpty>("rlimits"),
      field<&T::no_new_privileges, kOmitEmpty>("noNewPrivileges"),
      field<&T::apparmor_profile, kOmitEmpty>("apparmorProfile"),
      field<&T::oom_score_adj, kOmitEmpty>("oomScoreAdj"),
      field<&T::selinux_label, kOmitEmpty>("selinuxLabel"),
  };
  return table;
}

const FieldTable& GoStruct<oci::Root>::fields() {
  using T = oci::Root;
  static const FieldTable table{
      field<&T::path>("path"),
      field<&T::readonly, kOmitEmpty>("readonly"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxIDMapping>::fields() {
  using T = oci::LinuxIDMapping;
  static const FieldTable table{
      field<&T::container_id>("containerID"),
      field<&T::host_id>("hostID"),
      field<&T::size>("size"),
  };
  return table;
}

const FieldTable& GoStruct<oci::Mount>::fields() {
  using T = oci::Mount;
  static const FieldTable table{
      field<&T::destination>("destination"),
      field<&T::type, kOmitEmpty>("type"),
      field<&T::source, kOmitEmpty>("source"),
      field<&T::options, kOmitEmpty>("options"),
      field<&T::uid_mappings, kOmitEmpty>("uidMappings"),
      field<&T::gid_mappings, kOmitEmpty>("gidMappings"),
  };
  return table;
}

const FieldTable& GoStruct<oci::Hook>::fields() {
  using T = oci::Hook;
  static const FieldTable table{
      field<&T::path>("path"),
      field<&T::args, kOmitEmpty>("args"),
      field<&T::env, kOmitEmpty>("env"),
      field<&T::timeout, kOmitEmpty>("timeout"),
  };
  return table;
}

const FieldTable& GoStruct<oci::Hooks>::fields() {
  using T = oci::Hooks;
  static const FieldTable table{
      field<&T::prestart, kOmitEmpty>("prestart"),
      field<&T::create_runtime, kOmitEmpty>("createRuntime"),
      field<&T::create_container, kOmitEmpty>("createContainer"),
      field<&T::start_container, kOmitEmpty>("startContainer"),
      field<&T::poststart, kOmitEmpty>("poststart"),
      field<&T::poststop, kOmitEmpty>("poststop"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxNamespace>::fields() {
  using T = oci::LinuxNamespace;
  static const FieldTable table{
      field<&T::type>("type"),
      field<&T::path, kOmitEmpty>("path"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxHugepageLimit>::fields() {
  using T = oci::LinuxHugepageLimit;
  static const FieldTable table{
      field<&T::pagesize>("pageSize"),
      field<&T::limit>("limit"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxInterfacePriority>::fields() {
  using T = oci::LinuxInterfacePriority;
  static const FieldTable table{
      field<&T::name>("name"),
      field<&T::priority>("priority"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxWeightDevice>::fields() {
  using T = oci::LinuxWeightDevice;
  static const FieldTable table{
      field<&T::major>("major"),
      field<&T::minor>("minor"),
      field<&T::weight, kOmitEmpty>("weight"),
      field<&T::leaf_weight, kOmitEmpty>("leafWeight"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxThrottleDevice>::fields() {
  using T = oci::LinuxThrottleDevice;
  static const FieldTable table{
      field<&T::major>("major"),
      field<&T::minor>("minor"),
      field<&T::rate>("rate"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxBlockIO>::fields() {
  using T = oci::LinuxBlockIO;
  static const FieldTable table{
      field<&T::weight, kOmitEmpty>("weight"),
      field<&T::leaf_weight, kOmitEmpty>("leafWeight"),
      field<&T::weight_device, kOmitEmpty>("weightDevice"),
      field<&T::throttle_read_bps_device, kOmitEmpty>("throttleReadBpsDevice"),
      field<&T::throttle_write_bps_device, kOmitEmpty>("throttleWriteBpsDevice"),
      field<&T::throttle_read_iops_device, kOmitEmpty>("throttleReadIOPSDevice"),
      field<&T::throttle_write_iops_device, kOmitEmpty>("throttleWriteIOPSDevice"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxMemory>::fields() {
  using T = oci::LinuxMemory;
  static const FieldTable table{
      field<&T::limit, kOmitEmpty>("limit"),
      field<&T::reservation, kOmitEmpty>("reservation"),
      field<&T::swap, kOmitEmpty>("swap"),
      field<&T::kernel, kOmitEmpty>("kernel"),
      field<&T::kernel_tcp, kOmitEmpty>("kernelTCP"),
      field<&T::swappiness, kOmitEmpty>("swappiness"),
      field<&T::disable_oom_killer, kOmitEmpty>("disableOOMKiller"),
      field<&T::use_hierarchy, kOmitEmpty>("useHierarchy"),
      field<&T::check_before_update, kOmitEmpty>("checkBeforeUpdate"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxCPU>::fields() {
  using T = oci::LinuxCPU;
  static const FieldTable table{
      field<&T::shares, kOmitEmpty>("shares"),
      field<&T::quota, kOmitEmpty>("quota"),
      field<&T::burst, kOmitEmpty>("burst"),
      field<&T::period, kOmitEmpty>("period"),
      field<&T::realtime_runtime, kOmitEmpty>("realtimeRuntime"),
      field<&T::realtime_period, kOmitEmpty>("realtimePeriod"),
      field<&T::cpus, kOmitEmpty>("cpus"),
      field<&T::mems, kOmitEmpty>("mems"),
      field<&T::idle, kOmitEmpty>("idle"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxPids>::fields() {
  using T = oci::LinuxPids;
  static const FieldTable table{
      field<&T::limit>("limit"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxNetwork>::fields() {
  using T = oci::LinuxNetwork;
  static const FieldTable table{
      field<&T::class_id, kOmitEmpty>("classID"),
      field<&T::priorities, kOmitEmpty>("priorities"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxRdma>::fields() {
  using T = oci::LinuxRdma;
  static const FieldTable table{
      field<&T::hca_handles, kOmitEmpty>("hcaHandles"),
      field<&T::hca_objects, kOmitEmpty>("hcaObjects"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxDeviceCgroup>::fields() {
  using T = oci::LinuxDeviceCgroup;
  static const FieldTable table{
      field<&T::allow>("allow"),
      field<&T::type, kOmitEmpty>("type"),
      field<&T::major, kOmitEmpty>("major"),
      field<&T::minor, kOmitEmpty>("minor"),
      field<&T::access, kOmitEmpty>("access"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxResources>::fields() {
  using T = oci::LinuxResources;
  static const FieldTable table{
      field<&T::devices, kOmitEmpty>("devices"),
      field<&T::memory, kOmitEmpty>("memory"),
      field<&T::cpu, kOmitEmpty>("cpu"),
      field<&T::pids, kOmitEmpty>("pids"),
      field<&T::block_io, kOmitEmpty>("blockIO"),
      field<&T::hugepage_limits, kOmitEmpty>("hugepageLimits"),
      field<&T::network, kOmitEmpty>("network"),
      field<&T::rdma, kOmitEmpty>("rdma"),
      field<&T::unified, kOmitEmpty>("unified"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxDevice>::fields() {
  using T = oci::LinuxDevice;
  static const FieldTable table{
      field<&T::path>("path"),
      field<&T::type>("type"),
      field<&T::major>("major"),
      field<&T::minor>("minor"),
      field<&T::file_mode, kOmitEmpty>("fileMode"),
      field<&T::uid, kOmitEmpty>("uid"),
      field<&T::gid, kOmitEmpty>("gid"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxSeccompArg>::fields() {
  using T = oci::LinuxSeccompArg;
  static const FieldTable table{
      field<&T::index>("index"),
      field<&T::value>("value"),
      field<&T::value_two, kOmitEmpty>("valueTwo"),
      field<&T::op>("op"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxSyscall>::fields() {
  using T = oci::LinuxSyscall;
  static const FieldTable table{
      field<&T::names>("names"),
      field<&T::action>("action"),
      field<&T::errno_ret, kOmitEmpty>("errnoRet"),
      field<&T::args, kOmitEmpty>("args"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxSeccomp>::fields() {
  using T = oci::LinuxSeccomp;
  static const FieldTable table{
      field<&T::default_action>("defaultAction"),
      field<&T::default_errno_ret, kOmitEmpty>("defaultErrnoRet"),
      field<&T::architectures, kOmitEmpty>("architectures"),
      field<&T::flags, kOmitEmpty>("flags"),
      field<&T::listener_path, kOmitEmpty>("listenerPath"),
      field<&T::listener_metadata, kOmitEmpty>("listenerMetadata"),
      field<&T::syscalls, kOmitEmpty>("syscalls"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxIntelRdt>::fields() {
  using T = oci::LinuxIntelRdt;
  static const FieldTable table{
      field<&T::clos_id, kOmitEmpty>("closID"),
      field<&T::l3_cache_schema, kOmitEmpty>("l3CacheSchema"),
      field<&T::mem_bw_schema, kOmitEmpty>("memBwSchema"),
      field<&T::enable_cmt, kOmitEmpty>("enableCMT"),
      field<&T::enable_mbm, kOmitEmpty>("enableMBM"),
  };
  return table;
}

const FieldTable& GoStruct<oci::LinuxPersonality>::fields() {
  using T = oci::LinuxPersonality;
  static const FieldTable table{
      field<&T::domain>("domain"),
      field<&T::flags, kOmitEmpty>("flags"),
  };
  return table;
}

const FieldTable& GoStruct<oci::Linux>::fields() {
  using T = oci::Linux;
  static const FieldTable table{
      field<&T::uid_mappings, kOmitEmpty>("uidMappings"),
      field<&T::gid_mappings, kOmitEmpty>("gidMappings"),
      field<&T::sysctl, kOmitEmpty>("sysctl"),
      field<&T::resources, kOmitEmpty>("resources"),
      field<&T::cgroups_path, kOmitEmpty>("cgroupsPath"),
      field<&T::namespaces, kOmitEmpty>("namespaces"),
      field<&T::devices, kOmitEmpty>("devices"),
      field<&T::seccomp, kOmitEmpty>("seccomp"),
      field<&T::rootfs_propagation, kOmitEmpty>("rootfsPropagation"),
      field<&T::masked_paths, kOmitEmpty>("maskedPaths"),
      field<&T::readonly_paths, kOmitEmpty>("readonlyPaths"),
      field<&T::mount_label, kOmitEmpty>("mountLabel"),
      field<&T::intel_rdt, kOmitEmpty>("intelRdt"),
      field<&T::personality, kOmitEmpty>("personality"),
  };
  return table;
}

const FieldTable& GoStruct<oci::SolarisCappedCPU>::fields() {
  using T = oci::SolarisCappedCPU;
  static const FieldTable table{
      field<&T::ncpus, kOmitEmpty>("ncpus"),
  };
  return table;
}

const FieldTable& GoStruct<oci::SolarisCappedMemory>::fields() {
  using T = oci::SolarisCappedMemory;
  static const FieldTable table{
      field<&T::physical, kOmitEmpty>("physical"),
      field<&T::swap, kOmitEmpty>("swap"),
  };
  return table;
}

const FieldTable& GoStruct<oci::SolarisAnet>::fields() {
  using T = oci::SolarisAnet;
  static const FieldTable table{
      field<&T::linkname, kOmitEmpty>("linkname"),
      field<&T::lowerlink, kOmitEmpty>("lowerLink"),
      field<&T::allowedaddr, kOmitEmpty>("allowedAddress"),
      field<&T::configallowedaddr, kOmitEmpty>("configureAllowedAddress"),
      field<&T::defrouter, kOmitEmpty>("defrouter"),
      field<&T::linkprotection, kOmitEmpty>("linkProtection"),
      field<&T::macaddress, kOmitEmpty>("macAddress"),
  };
  return table;
}

const FieldTable& GoStruct<oci::Solaris>::fields() {
  using T = oci::Solaris;
  static const FieldTable table{
      field<&T::milestone, kOmitEmpty>("milestone"),
      field<&T::limit_priv, kOmitEmpty>("limitpriv"),
      field<&T::max_shm_memory, kOmitEmpty>("maxShmMemory"),
      field<&T::anet, kOmitEmpty>("anet"),
      field<&T::capped_cpu, kOmitEmpty>("cappedCPU"),
      field<&T::capped_memory, kOmitEmpty>("cappedMemory"),
  };
  return table;
}

const FieldTable& GoStruct<oci::WindowsDevice>::fields() {
  using T = oci::WindowsDevice;
  static const FieldTable table{
      field<&T::id>("id"),
      field<&T::id_type>("idType"),
  };
  return table;
}

const FieldTable& GoStruct<oci::WindowsMemoryResources>::fields() {
  using T = oci::WindowsMemoryResources;
  static const FieldTable table{
      field<&T::limit, kOmitEmpty>("limit"),
  };
  return table;
}

const FieldTable& GoStruct<oci::WindowsCPUResources>::fields() {
  using T = oci::WindowsCPUResources;
  static const FieldTable table{
      field<&T::count, kOmitEmpty>("count"),
      field<&T::shares, kOmitEmpty>("shares"),
      field<&T::maximum, kOmitEmpty>("maximum"),
  };
  return table;
}

const FieldTable& GoStruct<oci::WindowsStorageResources>::fields() {
  using T = oci::WindowsStorageResources;
  static const FieldTable table{
      field<&T::iops, kOmitEmpty>("iops"),
      field<&T::bps, kOmitEmpty>("bps"),
      field<&T::sandbox_size, kOmitEmpty>("sandboxSize"),
  };
  return table;
}

const FieldTable& GoStruct<oci::WindowsResources>::fields() {
  using T = oci::WindowsResources;
  static const FieldTable table{
      field<&T::memory, kOmitEmpty>("memory"),
      field<&T::cpu, kOmitEmpty>("cpu"),
      field<&T::storage, kOmitEmpty>("storage"),
  };
  return table;
}

const FieldTable& GoStruct<oci::WindowsHyperV>::fields() {
  using T = oci::WindowsHyperV;
  static const FieldTable table{
      field<&T::utility_vm_path, kOmitEmpty>("utilityVMPath"),
  };
  return table;
}

const FieldTable& GoStruct<oci::WindowsNetwork>::fields() {
  using T = oci::WindowsNetwork;
  static const FieldTable table{
      field<&T::endpoint_list, kOmitEmpty>("endpointList"),
      field<&T::allow_unqualified_dns_query, kOmitEmpty>("allowUnqualifiedDNSQuery"),
      field<&T::dns_search_list, kOmitEmpty>("DNSSearchList"),
      field<&T::network_shared_container_name, kOmitEmpty>("networkSharedContainerName"),
      field<&T::network_namespace, kOmitEmpty>("networkNamespace"),
  };
  return table;
}

const FieldTable& GoStruct<oci::Windows>::fields() {
  using T = oci::Windows;
  static const FieldTable table{
      field<&T::layer_folders>("layerFolders"),
      field<&T::devices, kOmitEmpty>("devices"),
      field<&T::resources, kOmitEmpty>("resources"),
      field<&T::credential_spec, kOmitEmpty>("credentialSpec"),
      field<&T::servicing, kOmitEmpty>("servicing"),
      field<&T::ignore_flushes_during_boot, kOmitEmpty>("ignoreFlushesDuringBoot"),
      field<&T::hyperv, kOmitEmpty>("hyperv"),
      field<&T::network, kOmitEmpty>("network"),
  };
  return table;
}

const FieldTable& GoStruct<oci::VMHypervisor>::fields() {
  using T = oci::VMHypervisor;
  static const FieldTable table{
      field<&T::path>("path"),
      field<&T::parameters, kOmitEmpty>("parameters"),
  };
  return table;
}

const FieldTable& GoStruct<oci::VMKernel>::fields() {
  using T = oci::VMKernel;
  static const FieldTable table{
      field<&T::path>("path"),
      field<&T::parameters, kOmitEmpty>("parameters"),
      field<&T::initrd, kOmitEmpty>("initrd"),
  };
  return table;
}

const FieldTable& GoStruct<oci::VMImage>::fields() {
  using T = oci::VMImage;
  static const FieldTable table{
      field<&T::path>("path"),
      field<&T::format>("format"),
  };
  return table;
}

const FieldTable& GoStruct<oci::VM>::fields() {
  using T = oci::VM;
  static const FieldTable table{
      field<&T::hypervisor, kOmitEmpty>("hypervisor"),
      field<&T::kernel>("kernel"),
      field<&T::image, kOmitEmpty>("image"),
  };
  return table;
}

const FieldTable& GoStruct<oci::ZOSDevice>::fields() {
  using T = oci::ZOSDevice;
  static const FieldTable table{
      field<&T::path>("path"),
      field<&T::type>("type"),
      field<&T::major>("major"),
      field<&T::minor>("minor"),
      field<&T::file_mode, kOmitEmpty>("fileMode"),
      field<&T::uid, kOmitEmpty>("uid"),
      field<&T::gid, kOmitEmpty>("gid"),
  };
  return table;
}

const FieldTable& GoStruct<oci::ZOS>::fields() {
  using T = oci::ZOS;
  static const FieldTable table{
      field<&T::devices, kOmitEmpty>("devices"),
  };
  return table;
}

const FieldTable& GoStruct<oci::Spec>::fields() {
  using T = oci::Spec;
  static const FieldTable table{
      field<&T::version>("ociVersion"),
      field<&T::process, kOmitEmpty>("process"),
      field<&T::root, kOmitEmpty>("root"),
      field<&T::hostname, kOmitEmpty>("hostname"),
      field<&T::domainname, kOmitEmpty>("domainname"),
      field<&T::mounts, kOmitEmpty>("mounts"),
      field<&T::hooks, kOmitEmpty>("hooks"),
      field<&T::annotations, kOmitEmpty>("annotations"),
      field<&T::linux_, kOmitEmpty>("linux"),
      field<&T::solaris, kOmitEmpty>("solaris"),
      field<&T::windows, kOmitEmpty>("windows"),
      field<&T::vm, kOmitEmpty>("vm"),
      field<&T::zos, kOmitEmpty>("zos"),
  };
  return table;
}

}  // namespace specconf::gojson

namespace specconf::oci {

std::string to_go_json(const Spec& spec) {
  // A stored spec is 2-8 KB, most of it linux.seccomp: one allocation instead of a dozen regrowths.
  gojson::Encoder e;
  e.out().reserve(8192);
  gojson::encode_value(e, spec);
  return e.take();
}

std::string from_go_json(std::string_view input, Spec& spec, std::string* error_path) {
  return gojson::go_unmarshal(input, spec, gojson::ScanMode::kUnmarshal, error_path);
}

}  // namespace specconf::oci
