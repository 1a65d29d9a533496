// runtime-tools' generate.Generator, reduced to what podman's SpecGenToOCI calls
// (vendor/github.com/opencontainers/runtime-tools/generate/generate.go at podman aa47e05ae4; Linux
// defaults identical in Debian's runtime-tools 0.9.0+git20220423).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reference/model/oci_spec.h"

namespace specconf::ref {

class Generator {
 public:
  // generate.New("linux"): the default spec (14 caps, 6 mounts, 5 namespaces, deny-all device rule).
  // The runtime-tools default seccomp profile is left out: podman always replaces or removes it.
  Generator();

  oci::Spec config;

  void remove_mount(const std::string& dest);       // RemoveMount: first exact match
  void add_mount(oci::Mount m);                      // AddMount: append
  void set_hostname(const std::string& h) { config.hostname = h; }
  void remove_hostname() { config.hostname.clear(); }
  void add_annotation(const std::string& k, const std::string& v) { config.annotations[k] = v; }
  void clear_process_env();                          // ClearProcessEnv: empty env, reset the cache
  void add_process_env(const std::string& name, const std::string& value);  // replace by name or append
  // AddProcessRlimits: replace by type or append (podman passes any type on), linear per request.
  void add_process_rlimits(const std::string& type, std::uint64_t hard, std::uint64_t soft);
  void add_process_additional_gid(std::uint32_t gid);
  void set_process_oom_score_adj(gojson::GoInt adj) { process().oom_score_adj = adj; }
  void add_linux_resources_device(bool allow, const std::string& type, std::optional<std::int64_t> major,
                                  std::optional<std::int64_t> minor, const std::string& access);
  void add_linux_resources_blockio_weight_device(std::int64_t major, std::int64_t minor, std::uint16_t weight);
  // AddDevice: replace by path or append. Same result as runtime-tools' scan, linear per request.
  void add_device(const oci::LinuxDevice& d);
  void add_linux_masked_paths(const std::string& p) { linux_config().masked_paths.push_back(p); }
  void add_linux_readonly_paths(const std::string& p) { linux_config().readonly_paths.push_back(p); }
  void add_linux_sysctl(const std::string& k, const std::string& v) { linux_config().sysctl[k] = v; }
  void add_linux_uid_mapping(std::uint32_t host, std::uint32_t container, std::uint32_t size);
  void add_linux_gid_mapping(std::uint32_t host, std::uint32_t container, std::uint32_t size);
  void add_or_replace_linux_namespace(const std::string& type, const std::string& path);
  void remove_linux_namespace(const std::string& type);
  void clear_process_capabilities();
  // SetupPrivileged(true): every capability of gocapability's list up to last_cap, in list order;
  // clears the SELinux label, the AppArmor profile and seccomp.
  void setup_privileged(int last_cap);

  oci::Process& process();
  oci::Linux& linux_config();
  oci::LinuxResources& resources();

 private:
  std::map<std::string, std::size_t> env_map_;
  // Key -> first position in linux.devices (by path) and process.rlimits (by type); see generator.cc.
  std::map<std::string, std::size_t> device_index_;
  std::map<std::string, std::size_t> rlimit_index_;
};

// gocapability's capability.List() names (CAP_ prefixed), indexed by capability number 0..40.
const std::vector<std::string>& all_capability_names();

}  // namespace specconf::ref
