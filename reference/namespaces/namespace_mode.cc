#include "reference/namespaces/namespace_mode.h"

#include <vector>

#include "reference/core/error.h"
#include "reference/gojson/net_types.h"
#include "reference/goport/panics.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"

namespace specconf::ref::ns {
namespace {

bool one_of(const std::string& mode, std::initializer_list<const char*> modes) {
  for (const char* m : modes)
    if (mode == m) return true;
  return false;
}

// The tail of validate/validateNetNS: path and container need a value, the others refuse one.
void check_value(const specgen::Namespace& n, bool value_allowed) {
  if (n.nsmode == kPath || n.nsmode == kFromContainer) {
    if (n.value.empty()) fail("namespace mode " + n.nsmode.str() + " requires a value");
  } else if (!value_allowed && !n.value.empty()) {
    fail("namespace value " + n.value + " cannot be provided with namespace mode " + n.nsmode.str());
  }
}

// namespaces.go:parseBridgeNetworkOptions (podman aa47e05ae4). Only its errors matter here.
// Deliberate difference: a key without "=" makes Go index split[1] and panic; the panic's text is used.
void parse_bridge_network_options(const std::string& opts) {
  if (opts.empty()) return;
  for (const std::string& opt : goport::split(opts, ",")) {
    const std::size_t eq = opt.find('=');
    const std::string key = opt.substr(0, eq);
    const bool known = key == "ip" || key == "ip6" || key == "mac" || key == "alias" || key == "interface_name";
    if (known && eq == std::string::npos) fail(goport::panics::index_out_of_range(1, 1));
    const std::string val = eq == std::string::npos ? "" : opt.substr(eq + 1);
    if (key == "ip" || key == "ip6") {
      if (!gojson::go_parse_ip(val)) fail("invalid ip address " + goport::quote(val));
    } else if (key == "mac") {
      if (!gojson::go_parse_mac(val)) fail(val.empty() ? "invalid MAC address" : "address " + val + ": invalid MAC address");
    } else if (key == "alias") {
      if (val.empty()) fail("alias cannot be empty");
    } else if (key == "interface_name") {
      if (val.empty()) fail("interface_name cannot be empty");
    } else {
      fail("unknown bridge network option: " + key);
    }
  }
}

specgen::Namespace make(const char* mode, std::string value = "") {
  specgen::Namespace n;
  n.nsmode = mode;
  n.value = std::move(value);
  return n;
}

}  // namespace

bool is_seed_engine(const host::HostProfile& h) { return h.engine == host::kEngineSeed; }

bool is_default(const specgen::Namespace& n) { return n.nsmode == kDefault || n.nsmode.empty(); }

std::string to_string(const specgen::Namespace& n) {
  return n.value.empty() ? n.nsmode.str() : n.nsmode.str() + ":" + n.value;
}

std::string go_struct_string(const specgen::Namespace& n) { return "{" + n.nsmode.str() + " " + n.value + "}"; }

// pkg/specgen/generate/oci_linux.go:SpecGenToOCI isNewUserns (podman aa47e05ae4)
bool is_new_userns(const specgen::Namespace& userns) {
  return one_of(userns.nsmode, {kFromContainer, kPath, kPrivate});
}

// pkg/specgen/namespaces.go:(*Namespace).validate (podman aa47e05ae4)
void validate_namespace(const specgen::Namespace& n, const host::HostProfile& h) {
  const std::string& m = n.nsmode;
  if (m.empty() || one_of(m, {kDefault, kHost, kPath, kFromContainer, kFromPod, kPrivate})) {
    // valid
  } else if (one_of(m, {kNone, kBridge, kSlirp}) || (m == kPasta && is_seed_engine(h))) {
    fail("cannot use network modes with non-network namespace");
  } else {
    fail("invalid namespace type " + m + " specified");
  }
  check_value(n, false);
}

// pkg/specgen/namespaces.go:validateIPCNS (podman aa47e05ae4)
void validate_ipc_ns(const specgen::Namespace& n, const host::HostProfile& h) {
  if (n.nsmode == kShareable || n.nsmode == kNone) return;
  validate_namespace(n, h);
}

// pkg/specgen/namespaces.go:validateUserNS (podman aa47e05ae4)
void validate_user_ns(const specgen::Namespace& n, const host::HostProfile& h) {
  if (one_of(n.nsmode, {kAuto, kKeepID, kNoMap})) return;
  validate_namespace(n, h);
}

// pkg/specgen/namespaces.go:validateNetNS (podman aa47e05ae4; the Pasta case is absent in 4.3.1)
void validate_net_ns(const specgen::Namespace& n, const host::HostProfile& h) {
  const std::string& m = n.nsmode;
  if (m == kSlirp) {
    // valid, and may carry options as its value
  } else if (m == kPasta && is_seed_engine(h)) {
    if (!h.identity.rootless) fail("pasta networking is only supported for rootless mode");
  } else if (!(m.empty() || one_of(m, {kDefault, kHost, kPath, kFromContainer, kFromPod, kPrivate, kNone, kBridge}))) {
    fail("invalid network " + goport::quote(m));
  }
  check_value(n, m == kSlirp);
}

// pkg/specgen/namespaces.go:ParseNamespace (podman aa47e05ae4)
specgen::Namespace parse_namespace(const std::string& s) {
  if (s == "pod") return make(kFromPod);
  if (s == "host") return make(kHost);
  if (s == "private" || s.empty()) return make(kPrivate);
  if (goport::has_prefix(s, "ns:")) return make(kPath, s.substr(3));
  if (goport::has_prefix(s, "container:")) return make(kFromContainer, s.substr(10));
  fail("unrecognized namespace mode " + s + " passed");
}

// pkg/specgen/namespaces.go:ParseCgroupNamespace (podman aa47e05ae4)
specgen::Namespace parse_cgroup_namespace(const std::string& s, const host::HostProfile& h) {
  if (h.cgroups.version != 2) return make(kHost);
  if (s == "host") return make(kHost);
  if (s == "private" || s.empty()) return make(kPrivate);
  fail("unrecognized cgroup namespace mode " + s + " passed");
}

// pkg/specgen/namespaces.go:ParseIPCNamespace (podman aa47e05ae4)
specgen::Namespace parse_ipc_namespace(const std::string& s) {
  if (s == "shareable" || s.empty()) return make(kShareable);
  if (s == "none") return make(kNone);
  return parse_namespace(s);
}

// pkg/specgen/namespaces.go:ParseUserNamespace (podman aa47e05ae4)
specgen::Namespace parse_user_namespace(const std::string& s) {
  if (s == "auto") return make(kAuto);
  if (goport::has_prefix(s, "auto:")) return make(kAuto, s.substr(5));
  if (s == "keep-id") return make(kKeepID);
  if (goport::has_prefix(s, "keep-id:")) return make(kKeepID, s.substr(8));
  if (s == "nomap") return make(kNoMap);
  if (s.empty()) return make(kHost);
  return parse_namespace(s);
}

// pkg/specgen/namespaces.go:ParseNetworkFlag(nil, false) (podman aa47e05ae4; 4.3.1 has no pasta case)
specgen::Namespace parse_network_flag_default(const host::HostProfile& h) {
  const std::string& s = h.containers_conf.netns;
  if (s == kSlirp || goport::has_prefix(s, std::string(kSlirp) + ":")) return make(kSlirp);
  if (s == kFromPod) return make(kFromPod);
  if (s.empty() || s == kDefault || s == kPrivate) return make(kPrivate);
  if (s == kBridge || goport::has_prefix(s, std::string(kBridge) + ":")) {
    if (s.size() > 6) parse_bridge_network_options(s.substr(7));
    return make(kBridge);
  }
  if (s == kNone) return make(kNone);
  if (s == kHost) return make(kHost);
  if (goport::has_prefix(s, "ns:")) return make(kPath, s.substr(3));
  if (goport::has_prefix(s, "container:")) return make(kFromContainer, s.substr(10));
  if (is_seed_engine(h) && (s == kPasta || goport::has_prefix(s, std::string(kPasta) + ":"))) return make(kPasta);
  // Any other value names networks, which need bridge mode.
  const std::size_t colon = s.find(':');
  if (colon != std::string::npos) {
    const std::string name = s.substr(0, colon);
    if (name.empty()) fail("network name cannot be empty");
    wrap_errors("invalid option for network " + name, [&] { parse_bridge_network_options(s.substr(colon + 1)); });
  }
  return make(kBridge);
}

}  // namespace specconf::ref::ns
