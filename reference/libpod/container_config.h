// libpod's ContainerConfig as the create path fills it: only the fields that a create option can refuse
// to set, or that validate() and setupContainer read afterwards. Everything else a CtrCreateOption sets
// (log paths, stop timeouts, labels for SELinux, ...) configures libpod and never reaches the reply.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reference/gojson/net_types.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"

namespace specconf::ref::libpod {

// libpod/container_config.go:ContainerConfig (podman v4.3.1), the subset described above. Field comments
// name the option that sets each.
struct ContainerConfig {
  // The stored spec, by pointer like libpod's (runtime_ctr.go:initContainerVariables): an option that
  // edits it (WithUserNSFrom) edits what AddContainer stores.
  oci::Spec* spec = nullptr;

  std::string name;                 // WithName
  std::string pod;                  // WithPod: the pod's full ID
  std::string rootfs;               // WithRootFS
  std::string rootfs_image_id;      // WithRootFSFromImage
  std::string rootfs_image_name;    // WithRootFSFromImage
  std::string raw_image_name;       // WithRootFSFromImage
  bool is_infra = false;            // withIsInfra (pod creation only)
  bool is_service = false;          // WithIsService (kube play only)
  std::string user;                 // WithUser
  std::map<std::string, std::string> labels;  // WithLabels

  // Namespace donors: the IDs of WithPIDNSFrom, WithIPCNSFrom, ...
  std::string pid_ns_ctr;
  std::string ipc_ns_ctr;
  std::string uts_ns_ctr;
  std::string user_ns_ctr;
  std::string cgroup_ns_ctr;
  std::string net_ns_ctr;
  std::vector<std::string> dependencies;  // WithDependencyCtrs

  // Network (WithNetNS and the DNS/hosts options).
  bool create_net_ns = false;
  std::string net_mode;
  std::optional<std::map<std::string, specgen::PerNetworkOptions>> networks;
  // A container-wide static IP or MAC: no option on the REST create path sets them (the per-network ones
  // live in `networks`), so validate()'s checks on them hold vacuously there.
  std::optional<gojson::GoIP> static_ip;
  std::optional<gojson::GoHardwareAddr> static_mac;
  bool use_image_resolv_conf = false;
  std::vector<gojson::GoIP> dns_server;
  std::vector<std::string> dns_search;
  std::vector<std::string> dns_option;
  bool use_image_hosts = false;
  std::vector<std::string> host_add;

  // Volumes (WithNamedVolumes, WithOverlayVolumes, WithImageVolumes).
  std::vector<specgen::NamedVolume> named_volumes;
  std::vector<specgen::OverlayVolume> overlay_volumes;
  std::vector<std::optional<specgen::ImageVolume>> image_volumes;

  // Cgroups (WithCgroupsMode, WithCgroupParent).
  bool no_cgroups = false;
  std::string cgroups_mode;
  std::string cgroup_parent;

  std::string init_container_type;  // WithInitCtrType
  std::string sd_notify_mode;       // WithSdNotifyMode
  std::string sd_notify_socket;     // WithSdNotifySocket
  bool has_health_check = false;    // WithHealthCheck: HealthCheckConfig != nil
  specgen::HealthCheckOnFailureAction health_check_on_failure_action;  // WithHealthCheckOnFailureAction
};

}  // namespace specconf::ref::libpod
