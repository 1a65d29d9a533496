// The OCI runtime spec as podman 4.3.1 on Debian 12 stores it: opencontainers/runtime-spec at
// 1.0.2.118.g5cfc4c3 (specs-go/config.go), the version Debian's podman was built against. Members follow
// the Go struct order; their JSON names, omitempty flags and Go types are in oci_spec_json.cc.
// Go pointers are std::optional; slices and maps whose nil-ness shows in JSON are std::optional too.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reference/gojson/go_any.h"
#include "reference/gojson/go_types.h"

namespace specconf::oci {

using gojson::GoInt;
using gojson::GoUint;

struct LinuxNamespaceTypeTag { static constexpr const char* go_name = "specs.LinuxNamespaceType"; };
struct LinuxPersonalityDomainTag { static constexpr const char* go_name = "specs.LinuxPersonalityDomain"; };
struct LinuxPersonalityFlagTag { static constexpr const char* go_name = "specs.LinuxPersonalityFlag"; };
struct ArchTag { static constexpr const char* go_name = "specs.Arch"; };
struct LinuxSeccompFlagTag { static constexpr const char* go_name = "specs.LinuxSeccompFlag"; };
struct LinuxSeccompActionTag { static constexpr const char* go_name = "specs.LinuxSeccompAction"; };
struct LinuxSeccompOperatorTag { static constexpr const char* go_name = "specs.LinuxSeccompOperator"; };
struct FileModeTag { static constexpr const char* go_name = "fs.FileMode"; };

using LinuxNamespaceType = gojson::NamedString<LinuxNamespaceTypeTag>;
using LinuxPersonalityDomain = gojson::NamedString<LinuxPersonalityDomainTag>;
using LinuxPersonalityFlag = gojson::NamedString<LinuxPersonalityFlagTag>;
using Arch = gojson::NamedString<ArchTag>;
using LinuxSeccompFlag = gojson::NamedString<LinuxSeccompFlagTag>;
using LinuxSeccompAction = gojson::NamedString<LinuxSeccompActionTag>;
using LinuxSeccompOperator = gojson::NamedString<LinuxSeccompOperatorTag>;
using FileMode = gojson::NamedInt<FileModeTag, std::uint32_t>;  // os.FileMode = io/fs.FileMode

struct Box {
  GoUint height = 0;
  GoUint width = 0;
};

struct User {
  std::uint32_t uid = 0;
  std::uint32_t gid = 0;
  std::optional<std::uint32_t> umask;
  std::vector<std::uint32_t> additional_gids;
  std::string username;
};

struct LinuxCapabilities {
  std::vector<std::string> bounding;
  std::vector<std::string> effective;
  std::vector<std::string> inheritable;
  std::vector<std::string> permitted;
  std::vector<std::string> ambient;
};

struct POSIXRlimit {
  std::string type;
  std::uint64_t hard = 0;
  std::uint64_t soft = 0;
};

struct Process {
  bool terminal = false;
  std::optional<Box> console_size;
  User user;
  std::vector<std::string> args;
  std::string command_line;
  std::vector<std::string> env;
  std::string cwd;
  std::optional<LinuxCapabilities> capabilities;
  std::vector<POSIXRlimit> rlimits;
  bool no_new_privileges = false;
  std::string apparmor_profile;
  std::optional<GoInt> oom_score_adj;
  std::string selinux_label;
};

struct Root {
  std::string path;
  bool readonly = false;
};

struct LinuxIDMapping {
  std::uint32_t container_id = 0;
  std::uint32_t host_id = 0;
  std::uint32_t size = 0;
};

struct Mount {
  std::string destination;
  std::string type;
  std::string source;
  std::vector<std::string> options;
  std::vector<LinuxIDMapping> uid_mappings;
  std::vector<LinuxIDMapping> gid_mappings;
};

struct Hook {
  std::string path;
  std::vector<std::string> args;
  std::vector<std::string> env;
  std::optional<GoInt> timeout;
};

struct Hooks {
  std::vector<Hook> prestart;
  std::vector<Hook> create_runtime;
  std::vector<Hook> create_container;
  std::vector<Hook> start_container;
  std::vector<Hook> poststart;
  std::vector<Hook> poststop;
};

struct LinuxNamespace {
  LinuxNamespaceType type;
  std::string path;
};

struct LinuxHugepageLimit {
  std::string pagesize;
  std::uint64_t limit = 0;
};

struct LinuxInterfacePriority {
  std::string name;
  std::uint32_t priority = 0;
};

// LinuxBlockIODevice is embedded in both device kinds below; its fields are flattened in place.
struct LinuxWeightDevice {
  std::int64_t major = 0;
  std::int64_t minor = 0;
  std::optional<std::uint16_t> weight;
  std::optional<std::uint16_t> leaf_weight;
};

struct LinuxThrottleDevice {
  std::int64_t major = 0;
  std::int64_t minor = 0;
  std::uint64_t rate = 0;
};

struct LinuxBlockIO {
  std::optional<std::uint16_t> weight;
  std::optional<std::uint16_t> leaf_weight;
  std::vector<LinuxWeightDevice> weight_device;
  std::vector<LinuxThrottleDevice> throttle_read_bps_device;
  std::vector<LinuxThrottleDevice> throttle_write_bps_device;
  std::vector<LinuxThrottleDevice> throttle_read_iops_device;
  std::vector<LinuxThrottleDevice> throttle_write_iops_device;
};

struct LinuxMemory {
  std::optional<std::int64_t> limit;
  std::optional<std::int64_t> reservation;
  std::optional<std::int64_t> swap;
  std::optional<std::int64_t> kernel;
  std::optional<std::int64_t> kernel_tcp;
  std::optional<std::uint64_t> swappiness;
  std::optional<bool> disable_oom_killer;
  std::optional<bool> use_hierarchy;
  std::optional<bool> check_before_update;
};

struct LinuxCPU {
  std::optional<std::uint64_t> shares;
  std::optional<std::int64_t> quota;
  std::optional<std::uint64_t> burst;
  std::optional<std::uint64_t> period;
  std::optional<std::int64_t> realtime_runtime;
  std::optional<std::uint64_t> realtime_period;
  std::string cpus;
  std::string mems;
  std::optional<std::int64_t> idle;
};

struct LinuxPids {
  std::int64_t limit = 0;
};

struct LinuxNetwork {
  std::optional<std::uint32_t> class_id;
  std::vector<LinuxInterfacePriority> priorities;
};

struct LinuxRdma {
  std::optional<std::uint32_t> hca_handles;
  std::optional<std::uint32_t> hca_objects;
};

struct LinuxDeviceCgroup {
  bool allow = false;
  std::string type;
  std::optional<std::int64_t> major;
  std::optional<std::int64_t> minor;
  std::string access;
};

struct LinuxResources {
  std::optional<std::vector<LinuxDeviceCgroup>> devices;  // podman tests `!= nil`
  std::optional<LinuxMemory> memory;
  std::optional<LinuxCPU> cpu;
  std::optional<LinuxPids> pids;
  std::optional<LinuxBlockIO> block_io;
  std::vector<LinuxHugepageLimit> hugepage_limits;
  std::optional<LinuxNetwork> network;
  std::map<std::string, LinuxRdma> rdma;
  std::optional<std::map<std::string, std::string>> unified;  // podman tests `!= nil`
};

struct LinuxDevice {
  std::string path;
  std::string type;
  std::int64_t major = 0;
  std::int64_t minor = 0;
  std::optional<FileMode> file_mode;
  std::optional<std::uint32_t> uid;
  std::optional<std::uint32_t> gid;
};

struct LinuxSeccompArg {
  GoUint index = 0;
  std::uint64_t value = 0;
  std::uint64_t value_two = 0;
  LinuxSeccompOperator op;
};

struct LinuxSyscall {
  std::optional<std::vector<std::string>> names;  // no omitempty: nil shows as null
  LinuxSeccompAction action;
  std::optional<GoUint> errno_ret;
  std::vector<LinuxSeccompArg> args;
};

struct LinuxSeccomp {
  LinuxSeccompAction default_action;
  std::optional<GoUint> default_errno_ret;
  std::vector<Arch> architectures;
  std::vector<LinuxSeccompFlag> flags;
  std::string listener_path;
  std::string listener_metadata;
  std::vector<LinuxSyscall> syscalls;
};

struct LinuxIntelRdt {
  std::string clos_id;
  std::string l3_cache_schema;
  std::string mem_bw_schema;
  bool enable_cmt = false;
  bool enable_mbm = false;
};

struct LinuxPersonality {
  LinuxPersonalityDomain domain;
  std::vector<LinuxPersonalityFlag> flags;
};

struct Linux {
  std::vector<LinuxIDMapping> uid_mappings;
  std::vector<LinuxIDMapping> gid_mappings;
  std::map<std::string, std::string> sysctl;
  std::optional<LinuxResources> resources;
  std::string cgroups_path;
  std::vector<LinuxNamespace> namespaces;
  std::vector<LinuxDevice> devices;
  std::optional<LinuxSeccomp> seccomp;
  std::string rootfs_propagation;
  std::vector<std::string> masked_paths;
  std::vector<std::string> readonly_paths;
  std::string mount_label;
  std::optional<LinuxIntelRdt> intel_rdt;
  std::optional<LinuxPersonality> personality;
};

// The non-Linux platform sections are never produced by podman on Linux; they are modelled so that any
// engine's output parses and re-serializes byte for byte.
struct SolarisCappedCPU {
  std::string ncpus;
};

struct SolarisCappedMemory {
  std::string physical;
  std::string swap;
};

struct SolarisAnet {
  std::string linkname;
  std::string lowerlink;
  std::string allowedaddr;
  std::string configallowedaddr;
  std::string defrouter;
  std::string linkprotection;
  std::string macaddress;
};

struct Solaris {
  std::string milestone;
  std::string limit_priv;
  std::string max_shm_memory;
  std::vector<SolarisAnet> anet;
  std::optional<SolarisCappedCPU> capped_cpu;
  std::optional<SolarisCappedMemory> capped_memory;
};

struct WindowsDevice {
  std::string id;
  std::string id_type;
};

struct WindowsMemoryResources {
  std::optional<std::uint64_t> limit;
};

struct WindowsCPUResources {
  std::optional<std::uint64_t> count;
  std::optional<std::uint16_t> shares;
  std::optional<std::uint16_t> maximum;
};

struct WindowsStorageResources {
  std::optional<std::uint64_t> iops;
  std::optional<std::uint64_t> bps;
  std::optional<std::uint64_t> sandbox_size;
};

struct WindowsResources {
  std::optional<WindowsMemoryResources> memory;
  std::optional<WindowsCPUResources> cpu;
  std::optional<WindowsStorageResources> storage;
};

struct WindowsHyperV {
  std::string utility_vm_path;
};

struct WindowsNetwork {
  std::vector<std::string> endpoint_list;
  bool allow_unqualified_dns_query = false;
  std::vector<std::string> dns_search_list;
  std::string network_shared_container_name;
  std::string network_namespace;
};

struct Windows {
  std::optional<std::vector<std::string>> layer_folders;  // no omitempty
  std::vector<WindowsDevice> devices;
  std::optional<WindowsResources> resources;
  gojson::GoAny credential_spec;
  bool servicing = false;
  bool ignore_flushes_during_boot = false;
  std::optional<WindowsHyperV> hyperv;
  std::optional<WindowsNetwork> network;
};

struct VMHypervisor {
  std::string path;
  std::vector<std::string> parameters;
};

struct VMKernel {
  std::string path;
  std::vector<std::string> parameters;
  std::string initrd;
};

struct VMImage {
  std::string path;
  std::string format;
};

struct VM {
  VMHypervisor hypervisor;
  VMKernel kernel;
  VMImage image;
};

struct ZOSDevice {
  std::string path;
  std::string type;
  std::int64_t major = 0;
  std::int64_t minor = 0;
  std::optional<FileMode> file_mode;
  std::optional<std::uint32_t> uid;
  std::optional<std::uint32_t> gid;
};

struct ZOS {
  std::vector<ZOSDevice> devices;
};

struct Spec {
  std::string version;
  std::optional<Process> process;
  std::optional<Root> root;
  std::string hostname;
  std::string domainname;
  std::vector<Mount> mounts;
  std::optional<Hooks> hooks;
  std::map<std::string, std::string> annotations;
  std::optional<Linux> linux_;  // `linux` is a predefined macro under GNU C++ dialects
  std::optional<Solaris> solaris;
  std::optional<Windows> windows;
  std::optional<VM> vm;
  std::optional<ZOS> zos;
};

}  // namespace specconf::oci
