#include "reference/namespaces/validate.h"

#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"
#include "reference/namespaces/namespace_mode.h"

namespace specconf::ref {
namespace {

constexpr const char* kErrNetworkOnPodContainer =  // define.ErrNetworkOnPodContainer
    "network cannot be configured when it is shared with a pod";
constexpr const char* kInvalidUlimitFormat = "invalid default ulimit definition must be form of type=soft:hard";

bool in(const std::string& v, std::initializer_list<const char*> values) {
  for (const char* x : values)
    if (v == x) return true;
  return false;
}

std::string invalid_spec(const std::string& msg) { return msg + ": " + errors::kInvalidSpecConfig; }

// container_validate.go:exclusiveOptions
[[noreturn]] void exclusive_options(const char* opt1, const char* opt2) {
  fail(std::string(opt1) + " and " + opt2 + " are mutually exclusive options");
}

// Validate's default-ulimit loop: "type=hard:soft" (the error text says soft:hard; the code reads hard first).
std::vector<oci::POSIXRlimit> parse_default_ulimits(const std::vector<std::string>& limits) {
  std::vector<oci::POSIXRlimit> out;
  for (const std::string& limit : limits) {
    const std::size_t eq = limit.find('=');
    if (eq == std::string::npos) fail("missing = in " + limit + ": " + kInvalidUlimitFormat);
    const std::string value = limit.substr(eq + 1);
    const std::size_t colon = value.find(':');
    if (colon == std::string::npos) fail("missing : in " + limit + ": " + kInvalidUlimitFormat);
    std::string error;
    const auto hard = goport::atoi(value.substr(0, colon), error);
    if (!hard) fail(error);
    const auto soft = goport::atoi(value.substr(colon + 1), error);
    if (!soft) fail(error);
    out.push_back(oci::POSIXRlimit{limit.substr(0, eq), static_cast<std::uint64_t>(*hard),
                                   static_cast<std::uint64_t>(*soft)});
  }
  return out;
}

}  // namespace

const std::vector<std::string>& default_ulimits(const host::HostProfile& h) {
  if (!h.containers_conf.default_ulimits.empty()) return h.containers_conf.default_ulimits;
  return h.limits.default_process_limits;
}

// pkg/specgen/container_validate.go:Validate (podman aa47e05ae4)
void validate_specgen(specgen::SpecGenerator& s, const host::HostProfile& h) {
  const bool has_networks = s.networks && !s.networks->empty();
  if (!s.pod.empty() && s.netns.nsmode == ns::kFromPod) {
    if (has_networks)
      fail(std::string("networks must be defined when the pod is created: ") + kErrNetworkOnPodContainer);
    if (!s.port_mappings.empty() || s.publish_exposed_ports)
      fail(std::string("published or exposed ports must be defined when the pod is created: ") +
           kErrNetworkOnPodContainer);
    if (!s.host_add.empty())
      fail(std::string("extra host entries must be specified on the pod: ") + kErrNetworkOnPodContainer);
  }
  if (s.netns.nsmode == ns::kFromContainer && !s.host_add.empty()) {
    fail(invalid_spec("cannot set extra host entries when the container is joined to another containers "
                      "network namespace"));
  }

  // ContainerBasicConfig
  if (!s.image.empty() && !s.rootfs.empty()) fail(invalid_spec("both image and rootfs cannot be simultaneously"));
  if (!s.hostname.empty() && s.utsns.nsmode != ns::kPrivate) {
    if (s.utsns.nsmode == ns::kFromPod) fail(invalid_spec("cannot set hostname when joining the pod UTS namespace"));
    fail(invalid_spec("cannot set hostname when running in the host UTS namespace"));
  }
  if (!s.systemd.empty() && !in(goport::to_lower(s.systemd), {"true", "false", "always"})) {
    fail(invalid_spec("--systemd values must be one of " + goport::quote("true, false, always")));
  }
  // libpod/define/sdnotify.go:ValidateSdNotifyMode
  if (!in(s.sdnotify_mode, {"", "container", "conmon", "ignore"})) {
    fail(std::string(errors::kInvalidArg) + ": invalid sdnotify value " + goport::quote(s.sdnotify_mode) +
         ": must be container, conmon or ignore");
  }

  // ContainerStorageConfig (the second image/rootfs check, exclusiveOptions("rootfs", "image"), is unreachable)
  if (!s.image_volume_mode.empty() && !in(goport::to_lower(s.image_volume_mode), {"ignore", "tmpfs", "anonymous"})) {
    fail("invalid ImageVolumeMode " + goport::quote(s.image_volume_mode) +
         ", value must be one of ignore,tmpfs,anonymous");
  }
  if (s.shm_size && (s.ipcns.nsmode == ns::kHost || s.ipcns.nsmode == ns::kNone)) {
    fail("cannot set shmsize when running in the " + ns::go_struct_string(s.ipcns) + " IPC Namespace");
  }

  // ContainerSecurityConfig
  if (s.userns.nsmode == ns::kPrivate && !s.idmappings) {
    fail(invalid_spec("IDMappings are required when not creating a User namespace"));
  }

  // ContainerNetworkConfig
  if (s.use_image_resolv_conf) {
    if (!s.dns_servers.empty()) exclusive_options("UseImageResolvConf", "DNSServer");
    if (!s.dns_search.empty()) exclusive_options("UseImageResolvConf", "DNSSearch");
    if (!s.dns_options.empty()) exclusive_options("UseImageResolvConf", "DNSOption");
  }
  if (s.use_image_hosts && !s.host_add.empty()) exclusive_options("UseImageHosts", "HostAdd");

  // An empty (non-nil) r_limits counts as none; no default ulimits leaves r_limits nil.
  if ((!s.rlimits || s.rlimits->empty()) && !h.identity.rootless) {
    std::vector<oci::POSIXRlimit> limits = parse_default_ulimits(default_ulimits(h));
    if (limits.empty()) {
      s.rlimits.reset();
    } else {
      s.rlimits = std::move(limits);
    }
  }

  ns::validate_namespace(s.utsns, h);
  ns::validate_ipc_ns(s.ipcns, h);
  ns::validate_namespace(s.pidns, h);
  ns::validate_namespace(s.cgroupns, h);
  ns::validate_user_ns(s.userns, h);

  if (s.netns.nsmode == ns::kPrivate || ns::is_default(s.netns)) {
    s.netns.nsmode = h.identity.rootless ? ns::kSlirp : ns::kBridge;
  }
  ns::validate_net_ns(s.netns, h);
  if (s.netns.nsmode != ns::kBridge && has_networks) {
    fail("networks and static ip/mac address can only be used with Bridge mode networking");
  }
}

}  // namespace specconf::ref
