#include "reference/namespaces/namespace_defaults.h"

#include "reference/core/db_lookup.h"
#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"
#include "reference/namespaces/id_mappings.h"
#include "reference/namespaces/namespace_mode.h"

namespace specconf::ref {
namespace {

specgen::Namespace with_mode(const char* mode) {
  specgen::Namespace n;
  n.nsmode = mode;
  return n;
}

}  // namespace

// pkg/specgen/generate/namespaces.go:GetDefaultNamespaceMode (podman aa47e05ae4)
specgen::Namespace get_default_namespace_mode(const std::string& ns_type_in, const host::HostProfile& h,
                                              const host::Pod* pod) {
  const std::string ns_type = goport::to_lower(ns_type_in);

  if (pod != nullptr && !pod->infra_id.empty()) {
    static const char* kKinds[] = {"pid", "ipc", "uts", "user", "net", "cgroup"};
    for (const char* kind : kKinds) {
      if (ns_type != kind || !db::pod_shares(*pod, kind)) continue;
      // The user namespace has no host check: a pod with --userns=host does not share it.
      if (ns_type != "user" && db::pod_namespace_is_host(*pod, kind)) return with_mode(ns::kHost);
      return with_mode(ns::kFromPod);
    }
  }

  const host::ContainersConf& cfg = h.containers_conf;
  if (ns_type == "pid") return ns::parse_namespace(cfg.pidns);
  if (ns_type == "ipc") return ns::parse_ipc_namespace(cfg.ipcns);
  if (ns_type == "uts") return ns::parse_namespace(cfg.utsns);
  if (ns_type == "user") return ns::parse_user_namespace(cfg.userns);
  if (ns_type == "cgroup") return ns::parse_cgroup_namespace(cfg.cgroupns, h);
  if (ns_type == "net") return ns::parse_network_flag_default(h);
  fail("invalid namespace type " + goport::quote(ns_type) + " passed: " + errors::kInvalidArg);
}

// pkg/specgen/generate/container_create.go:MakeContainer :63-111 (podman aa47e05ae4)
void apply_namespace_defaults(specgen::SpecGenerator& s, const host::HostProfile& h) {
  const host::Pod* pod = nullptr;
  if (!s.pod.empty()) {
    wrap_errors("retrieving pod " + s.pod, [&] { pod = &db::lookup_pod(h, s.pod); });
  }
  if (ns::is_default(s.pidns)) s.pidns = get_default_namespace_mode("pid", h, pod);
  if (ns::is_default(s.ipcns)) s.ipcns = get_default_namespace_mode("ipc", h, pod);
  if (ns::is_default(s.utsns)) s.utsns = get_default_namespace_mode("uts", h, pod);
  if (ns::is_default(s.userns)) {
    s.userns = get_default_namespace_mode("user", h, pod);
    s.idmappings = idmap::parse_id_mapping(s.userns.nsmode);
  }
  if (ns::is_default(s.netns)) s.netns = get_default_namespace_mode("net", h, pod);
  if (ns::is_default(s.cgroupns)) s.cgroupns = get_default_namespace_mode("cgroup", h, pod);
}

// pkg/specgen/generate/container_create.go:MakeContainer :140-144 (podman aa47e05ae4)
void clear_hostname_naming_pod(specgen::SpecGenerator& s, const host::HostProfile& h) {
  // LookupPod("") fails with ErrEmptyID, so an empty hostname never matches.
  const bool names_pod = db::pod_exists(h, s.hostname);
  if (!s.hostname.empty() && s.utsns.nsmode != ns::kPrivate && names_pod) s.hostname.clear();
}

}  // namespace specconf::ref
