#include "reference/libpod/container_validate.h"

#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/goport/strconv.h"
#include "reference/libpod/image_reference.h"
#include "reference/storage/libpod_volumes.h"

namespace specconf::ref::libpod {
namespace {

[[noreturn]] void invalid(const std::string& what) { fail(what + ": " + errors::kInvalidArg); }

// define.HealthCheckOnFailureAction.String (podman v4.3.1)
std::string on_failure_action_name(gojson::GoInt action) {
  switch (action) {
    case 0: return "none";
    case 2: return "kill";
    case 3: return "restart";
    case 4: return "stop";
    default: return "invalid";
  }
}

}  // namespace

// libpod/container_validate.go:(*Container).validate (podman v4.3.1)
void validate(const ContainerConfig& c) {
  const bool image_id_set = !c.rootfs_image_id.empty();
  const bool image_name_set = !c.rootfs_image_name.empty();
  const bool rootfs_set = !c.rootfs.empty();

  if ((image_id_set || image_name_set) && !(image_id_set && image_name_set)) {
    invalid("both RootfsImageName and RootfsImageID must be set if either is set");
  }
  if (image_id_set && rootfs_set) invalid("cannot set both an image ID and rootfs for a container");
  if (!(image_id_set || rootfs_set)) invalid("must set root filesystem source to either image or rootfs");
  if (c.is_infra && c.is_service) invalid("cannot be infra and service container at the same time");
  if (c.create_net_ns && !c.net_ns_ctr.empty()) {
    invalid("cannot both create a network namespace and join another container's network namespace");
  }
  if (c.cgroups_mode == "split" && !c.cgroup_parent.empty()) {
    invalid("cannot specify --cgroup-mode=split with a cgroup-parent");
  }

  if (c.no_cgroups || c.cgroups_mode == "disabled") {
    if (!c.pid_ns_ctr.empty()) invalid("cannot join another container's PID namespace if not creating cgroups");
    if (!c.cgroup_parent.empty()) invalid("cannot set cgroup parent if not creating cgroups");
    if (!c.spec->linux_) invalid("must provide Linux namespace configuration in OCI spec when using NoCgroups");
    bool found_pid = false;
    for (const auto& ns : c.spec->linux_->namespaces) {
      if (ns.type.str() != "pid") continue;
      found_pid = true;
      if (!ns.path.empty()) {
        invalid("containers not creating Cgroups must create a private PID namespace - cannot use another");
      }
      break;
    }
    if (!found_pid) invalid("containers not creating Cgroups must create a private PID namespace");
  }

  const bool static_addr = c.static_ip.has_value() || c.static_mac.has_value();
  if (!c.create_net_ns && static_addr) {
    invalid("cannot set static IP or MAC address if not creating a network namespace");
  }
  if (c.networks && c.networks->size() > 1 && static_addr) {
    invalid("cannot set static IP or MAC address if joining more than one network");
  }
  if (c.use_image_resolv_conf && (!c.dns_search.empty() || !c.dns_server.empty() || !c.dns_option.empty())) {
    invalid("cannot configure DNS options if using image's resolv.conf");
  }
  if (c.use_image_hosts && !c.host_add.empty()) invalid("cannot add to /etc/hosts if using image's /etc/hosts");

  validate_volume_destinations(c.named_volumes, c.overlay_volumes, c.image_volumes);

  const oci::User& user = c.spec->process ? c.spec->process->user : oci::User{};
  if (c.user.empty() && (user.uid != 0 || user.gid != 0)) {
    invalid("please set User explicitly via WithUser() instead of in OCI spec directly");
  }
  if (!c.init_container_type.empty() && c.pod.empty()) invalid("init containers must be created in a pod");
  if (c.sd_notify_mode == "ignore" && !c.sd_notify_socket.empty()) {
    fail("cannot set sd-notify socket " + goport::quote(c.sd_notify_socket) + " with sd-notify mode " +
         goport::quote(c.sd_notify_mode));
  }
  if (c.health_check_on_failure_action != 0 && !c.has_health_check) {
    fail("cannot set on-failure action to " + on_failure_action_name(c.health_check_on_failure_action) +
         " without a health check");
  }
  if (const auto it = c.labels.find("io.containers.autoupdate"); it != c.labels.end()) {
    if (it->second == "registry" || it->second == "image") validate_auto_update_image_reference(c.raw_image_name);
  }
}

// libpod/container_validate.go:validateAutoUpdateImageReference (podman v4.3.1)
void validate_auto_update_image_reference(const std::string& image_name) {
  const ParsedImageName parsed = parse_image_name(image_name);
  if (parsed.ok && parsed.transport != "docker") {
    fail("auto updates require the docker image transport but image is of transport " +
         goport::quote(parsed.transport));
  }
  if (!parsed.ok && is_short_name(image_name)) {
    fail("short name: auto updates require fully-qualified image reference: " + goport::quote(image_name));
  }
}

}  // namespace specconf::ref::libpod
