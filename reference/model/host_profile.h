// HostProfile: every fact about the host that podman's create path consults (the H1–H24 table of
// docs/podman-semantics.md), plus the podman it emulates. The reference reads the machine through this
// and nothing else: a path missing from `files` does not exist, an image missing from `images` is not
// known. `specconf probe` fills one from a live podman service; golden/hosts/ holds the captured ones.
// JSON names are in host_profile_json.cc.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reference/gojson/go_types.h"
#include "reference/model/specgen.h"

namespace specconf::host {

using gojson::GoInt;

// Which podman the profile emulates; they differ only where docs/podman-semantics.md §7 says.
inline constexpr const char* kEnginePodman431 = "podman 4.3.1";
inline constexpr const char* kEngineSeed = "aa47e05ae4";

// One /etc/subuid or /etc/subgid range of the user.
struct IDRange {
  std::uint64_t start = 0;
  std::uint64_t count = 0;
};

// H1, H10: who runs the podman service.
struct Identity {
  bool rootless = false;
  std::uint32_t uid = 0;
  std::uint32_t gid = 0;
  std::string user;  // $USER, the name looked up in /etc/subuid and /etc/subgid
  std::vector<IDRange> subuid;
  std::vector<IDRange> subgid;
  // H9: total size of the ranges in the service's /proc/self/gid_map (rootless devpts gid=5 rule).
  std::uint64_t gid_map_total = 0;
};

// H3 on cgroup v1: containers/common sysinfo.New(true), the flags verifyContainerResources reads.
struct CgroupV1Info {
  bool memory_limit = false;
  bool swap_limit = false;
  bool memory_reservation = false;
  bool oom_kill_disable = false;
  bool memory_swappiness = false;
  bool kernel_memory = false;
  bool cpu_shares = false;
  bool cpu_cfs_period = false;
  bool cpu_cfs_quota = false;
  bool cpu_realtime_period = false;
  bool cpu_realtime_runtime = false;
  bool cpuset = false;
  bool blkio_weight = false;
  bool blkio_weight_device = false;
  bool blkio_read_bps_device = false;
  bool blkio_write_bps_device = false;
  bool blkio_read_iops_device = false;
  bool blkio_write_iops_device = false;
  bool pids_limit = false;
};

// H2, H3, H4.
struct Cgroups {
  int version = 1;                       // 2: /sys/fs/cgroup is cgroup2 (IsCgroup2UnifiedMode)
  std::string manager = "cgroupfs";      // containers.conf cgroup_manager as the service runs it
  CgroupV1Info v1;                       // read on cgroup v1 only
  bool own_memory_max = false;           // v2: memory.max exists in the service's own cgroup
  bool own_memory_swap_max = false;      // v2: memory.swap.max exists there
  std::string cpus;                      // sysinfo.Cpus: cpuset.cpus available, e.g. "0-1"
  std::string mems;                      // sysinfo.Mems, e.g. "0"
};

// H5, H6.
struct Capabilities {
  std::vector<std::string> bounding;  // the service's bounding set, CAP_ names, sorted
  int last_cap = 40;                  // /proc/sys/kernel/cap_last_cap: caps above it are unknown names
  bool ambient = true;                // prctl(PR_CAP_AMBIENT, IS_SET) works
};

struct Rlimit {
  std::uint64_t soft = 0;
  std::uint64_t hard = 0;
};

// H7, H8.
struct Limits {
  Rlimit nofile;                   // the service's RLIMIT_NOFILE after podman's early raise
  Rlimit nproc;                    // the service's RLIMIT_NPROC after getDefaultProcessLimits ran
  std::uint64_t pid_max = 0;       // /proc/sys/kernel/pid_max
  // getDefaultProcessLimits's result ("nproc=N:N"), empty when setrlimit refused both tries.
  std::vector<std::string> default_process_limits;
};

// H11.
struct AppArmor {
  bool enabled = false;
  std::string default_profile;  // "containers-default-<containers/common version>"
};

// H12 beyond files: libseccomp's native arch and whether podman was built with seccomp.
struct Seccomp {
  bool supported = true;
  std::string native_arch = "amd64";
};

// H20: containers.conf as the service resolved it (the effective values, defaults applied).
struct ContainersConf {
  std::vector<std::string> annotations;
  std::string apparmor_profile;
  std::string cgroupns;
  std::string cgroups = "enabled";
  std::vector<std::string> default_capabilities;
  std::vector<std::string> default_sysctls;
  std::vector<std::string> default_ulimits;
  std::vector<std::string> devices;
  std::vector<std::string> env;
  std::string init_path;
  std::string ipcns;
  std::string netns;
  bool no_hosts = false;
  std::string pidns;
  std::int64_t pids_limit = 0;
  std::string seccomp_profile;
  std::string umask;
  std::string userns;
  std::string utsns;
  std::vector<std::string> volumes;
};

// The FileFact types by the file-type bits of st_mode (S_IFMT), the seven stat reports.
struct FileTypeBits {
  const char* type;
  std::uint32_t bits;
};
inline constexpr std::uint32_t kFileTypeMask = 0170000;
inline constexpr FileTypeBits kFileTypes[] = {
    {"dir", 0040000},  {"file", 0100000},   {"char", 0020000},   {"block", 0060000},
    {"fifo", 0010000}, {"socket", 0140000}, {"symlink", 0120000},
};

// H13–H16, H19: stat/lstat/statfs of one path, as the service saw it.
struct FileFact {
  std::string error;        // a stat error other than ENOENT, e.g. "permission denied"
  std::string type;         // dir, file, char, block, fifo, socket, symlink
  std::uint32_t mode = 0;   // st_mode, with the file type bits
  std::uint32_t uid = 0;
  std::uint32_t gid = 0;
  std::int64_t major = 0;   // of st_rdev, for device nodes
  std::int64_t minor = 0;
  std::string target;       // symlinks: what EvalSymlinks resolves to (absolute)
  bool nosuid = false;      // statfs flags of the filesystem holding the path
  bool nodev = false;
  bool noexec = false;
  std::optional<std::vector<std::string>> entries;  // dirs that podman walks: names inside
  std::optional<std::string> content;               // files podman reads (seccomp profiles)
};

// H22: a local image's facts (libimage lookup + inspect).
struct ImageConfig {
  std::string user;
  std::vector<std::string> env;
  std::optional<std::vector<std::string>> entrypoint;
  std::optional<std::vector<std::string>> cmd;
  std::string working_dir;
  std::vector<std::string> volumes;
  std::map<std::string, std::string> labels;
  std::string stop_signal;
};

struct Image {
  std::string id;
  std::vector<std::string> names;  // e.g. "localhost/specconf-env:1"
  std::string arch = "amd64";
  std::string os = "linux";
  ImageConfig config;
  std::map<std::string, std::string> annotations;
};

// libpod.InfraInherit (libpod/container_config.go, podman v4.3.1): the "compatible options" a pod's infra
// container hands every container that joins the pod. ConfigToSpec fills it from the infra's
// ContainerConfig through a JSON round trip (config -> SpecGenerator -> InfraInherit): host_device_list
// is config.DeviceHostSrc, volumes/image_volumes/overlay_volumes its config volumes, mounts its user
// volumes' spec mounts (SortUserVolumes), selinux_opts config.LabelOpts, shm_size config.ShmSize. No
// ContainerConfig key matches apparmor_profile, cap_*, no_new_privileges or seccomp_*, so in 4.3.1 those
// are always empty; they are kept because Inherit marshals the whole struct. JSON names are libpod's.
struct InfraInherit {
  std::string apparmor_profile;
  std::vector<std::string> cap_add;
  std::vector<std::string> cap_drop;
  std::vector<oci::LinuxDevice> host_device_list;
  std::vector<std::optional<specgen::ImageVolume>> image_volumes;
  std::vector<oci::Mount> mounts;
  bool no_new_privileges = false;
  std::vector<std::optional<specgen::OverlayVolume>> overlay_volumes;
  std::string seccomp_policy;
  std::string seccomp_profile_path;
  std::vector<std::string> selinux_opts;
  std::vector<std::optional<specgen::NamedVolume>> volumes;
  std::optional<std::int64_t> shm_size;  // `json:"shm_size"`, no omitempty: Inherit always sends it
};

// H21: an existing container another one can join or copy from (a "donor").
struct Container {
  std::string id;
  std::string name;
  std::string hostname;
  std::vector<specgen::IDMap> uid_map;  // its IDMappings
  std::vector<specgen::IDMap> gid_map;
  bool ipc_shareable = true;
  std::string pod;
  // For volumes_from (storage.go:getVolumesFrom): its stored spec's mounts, its config.UserVolumes (mount
  // and volume destinations as its request gave them) and its config.NamedVolumes.
  std::vector<oci::Mount> mounts;
  std::vector<std::string> user_volumes;
  std::vector<specgen::NamedVolume> named_volumes;
  // Its state is running: CompleteSpec refuses an init container for a pod with a running member.
  bool running = false;
  // Its config.User (namespaceOptions hands a pod's infra user to a member joining its user namespace).
  std::string user;
  // Set only for a pod's infra container: what pkg/specgen/generate/container.go:ConfigToSpec derives
  // from its config for Inherit (see InfraInherit).
  std::optional<InfraInherit> infra_inherit;
  // Its stored spec's annotations (MakeContainer copies the infra's security annotations to members).
  std::map<std::string, std::string> spec_annotations;
};

// H21: an existing pod.
struct Pod {
  std::string id;
  std::string name;
  std::string hostname;
  std::string infra_id;  // empty without an infra container
  std::vector<std::string> shared;  // namespaces the infra shares: ipc, net, pid, uts, user, cgroup
  // Of pid, ipc, uts, net, cgroup: those the infra container takes from the host (its stored spec lacks
  // the namespace), i.e. pod.NamespaceMode(kind) == "host" and, for net, pod.NetworkMode() == "host".
  std::vector<std::string> host_namespaces;
};

// H21: a secret the service's secrets manager holds (containers/common pkg/secrets). The stores specconf
// captures in hold none; a profile written by hand may list some.
struct Secret {
  std::string id;  // 25 hex characters
  std::string name;
};

struct HostProfile {
  std::string name;                          // e.g. "root-cgroupv1"
  std::string engine = kEnginePodman431;     // kEnginePodman431 or kEngineSeed
  std::string podman_package;                // informative: Debian version the facts came from
  Identity identity;
  Cgroups cgroups;
  Capabilities capabilities;
  Limits limits;
  AppArmor apparmor;
  Seccomp seccomp;
  std::string hostname;                      // H17: os.Hostname()
  std::string cwd = "/";                     // H19: the service's working directory
  std::vector<std::string> environment;      // H18: the service's environment, KEY=VALUE
  ContainersConf containers_conf;
  std::map<std::string, FileFact> files;
  std::vector<Image> images;
  std::vector<Container> containers;
  std::vector<Pod> pods;
  std::vector<Secret> secrets;

  const FileFact* file(const std::string& path) const {
    const auto it = files.find(path);
    return it == files.end() ? nullptr : &it->second;
  }
};

}  // namespace specconf::host
