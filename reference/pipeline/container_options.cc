#include "reference/pipeline/container_options.h"

#include "reference/core/db_lookup.h"
#include "reference/core/error.h"
#include "reference/goport/path.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"
#include "reference/libpod/secrets.h"
#include "reference/namespaces/namespaces.h"
#include "reference/pipeline/namespace_create_options.h"
#include "reference/pipeline/stop_signal.h"
#include "reference/storage/storage.h"

namespace specconf::ref {
namespace {

// The systemd switch of createContainerOptions: whether the container runs in systemd mode.
bool use_systemd(const specgen::SpecGenerator& s, const host::Image* image, std::vector<std::string> command) {
  if (s.systemd == "always") return true;
  if (s.systemd == "false") return false;
  if (s.systemd != "" && s.systemd != "true") {
    fail("invalid value \"" + s.systemd + "\" systemd option requires 'true, false, always': %!w(<nil>)");
  }
  if (command.empty() && image && image->config.cmd) command = *image->config.cmd;
  if (command.empty()) return false;
  // podman build's "/bin/sh -c" entrypoint is skipped to find the real command.
  std::vector<std::string> cmd = command;
  if (command.size() > 2 && command[0] == "/bin/sh" && command[1] == "-c") {
    cmd.assign(command.begin() + 2, command.end());
  }
  const std::string& c0 = cmd[0];
  return c0 == "/sbin/init" || c0 == "/usr/sbin/init" || c0 == "/usr/local/sbin/init" ||
         goport::path_base(c0) == "systemd";
}

// The value of NOTIFY_SOCKET in the service's environment (os.LookupEnv).
std::optional<std::string> notify_socket(const host::HostProfile& h) {
  for (const std::string& kv : h.environment)
    if (goport::has_prefix(kv, "NOTIFY_SOCKET=")) return kv.substr(14);
  return std::nullopt;
}

}  // namespace

// pkg/specgen/generate/container_create.go:createContainerOptions (podman v4.3.1)
std::vector<libpod::CtrCreateOption> create_container_options(specgen::SpecGenerator& s, const host::HostProfile& h,
                                                              const PodContext& pod,
                                                              const FinalizedMounts& finalized,
                                                              const host::Image* image,
                                                              const std::vector<std::string>& command) {
  std::vector<libpod::CtrCreateOption> options;
  if (!s.timezone.empty()) options.push_back(libpod::with_timezone(s.timezone, h));
  if (!s.umask.empty()) options.push_back(libpod::with_umask(s.umask));

  // syscall.Signal(RTMIN+3), what systemd expects, when the request names no stop signal.
  if (use_systemd(s, image, command) && !s.stop_signal) s.stop_signal = parse_signal_name_or_number("RTMIN+3");
  if (!s.sdnotify_mode.empty()) {
    options.push_back(libpod::with_sd_notify_mode(s.sdnotify_mode));
    if (s.sdnotify_mode != "ignore") {
      if (const std::optional<std::string> socket = notify_socket(h)) {
        options.push_back(libpod::with_sd_notify_socket(*socket));
      }
    }
  }
  if (pod.pod) options.push_back(libpod::with_pod(*pod.pod));

  check_image_volume_pointers(s);
  if (!finalized.volumes.empty()) options.push_back(libpod::with_named_volumes(finalized.volumes));
  if (!finalized.overlays.empty()) options.push_back(libpod::with_overlay_volumes(finalized.overlays));
  if (!s.image_volumes.empty()) options.push_back(libpod::with_image_volumes(s.image_volumes));

  if (s.work_dir.empty() && image) s.work_dir = image->config.working_dir;
  if (s.work_dir.empty()) s.work_dir = "/";
  if (s.stop_signal) options.push_back(libpod::with_stop_signal(*s.stop_signal));

  // CompleteSpec fills an empty driver from containers.conf, whose value libpod accepts; only a driver
  // the request names can be refused here.
  if (s.log_configuration) {
    const specgen::LogConfig& log = *s.log_configuration;
    if (!log.path.empty()) options.push_back(libpod::with_log_path(log.path));
    if (const auto tag = log.options.find("tag"); tag != log.options.end() && !tag->second.empty()) {
      options.push_back(libpod::with_log_tag(tag->second));
    }
    if (!log.driver.empty()) options.push_back(libpod::with_log_driver(log.driver));
  }

  namespace_options(s, h);
  for (auto& option : namespace_create_options(s, h, pod.infra)) options.push_back(std::move(option));

  options.push_back(libpod::with_labels(s.labels.value_or(std::map<std::string, std::string>{})));
  if (!s.rootfs.empty()) options.push_back(libpod::with_rootfs(s.rootfs, s.rootfs_overlay, h));
  if (!s.restart_policy.empty()) options.push_back(libpod::with_restart_policy(s.restart_policy));
  if (s.health_config) options.push_back(libpod::with_health_check());
  if (s.health_check_on_failure_action != 0) {
    options.push_back(libpod::with_health_check_on_failure_action(s.health_check_on_failure_action));
  }

  for (const auto& secret : s.secrets) libpod::lookup_secret(h, secret.source);
  if (!s.env_secrets.empty()) options.push_back(libpod::with_env_secrets(s.env_secrets, h));

  if (!s.dependency_containers.empty()) {
    std::vector<const host::Container*> deps;
    for (const auto& dep : s.dependency_containers) {
      wrap_errors(goport::quote(dep) + " is not a valid container, cannot be used as a dependency",
                  [&] { deps.push_back(&db::lookup_container(h, dep)); });
    }
    options.push_back(libpod::with_dependency_ctrs(deps));
  }
  return options;
}

}  // namespace specconf::ref
