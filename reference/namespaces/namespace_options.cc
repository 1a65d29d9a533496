#include "reference/namespaces/namespace_options.h"

#include "reference/core/db_lookup.h"
#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/namespaces/id_mappings.h"
#include "reference/namespaces/namespace_mode.h"

namespace specconf::ref {
namespace {

// rt.LookupContainer with namespaceOptions' wrapping; `what` is pid, ipc, uts, user, cgroup or net.
const host::Container& lookup_ns_container(const host::HostProfile& h, const char* what, const std::string& value) {
  const host::Container* c = nullptr;
  wrap_errors(std::string("looking up container to share ") + what + " namespace with",
              [&] { c = &db::lookup_container(h, value); });
  return *c;
}

}  // namespace

// pkg/specgen/generate/namespaces.go:namespaceOptions (podman aa47e05ae4)
void namespace_options(specgen::SpecGenerator& s, const host::HostProfile& h) {
  const host::Pod* pod = nullptr;
  if (!s.pod.empty()) {
    // MakeContainer looked the pod up already and failed there with this text.
    wrap_errors("retrieving pod " + s.pod, [&] { pod = &db::lookup_pod(h, s.pod); });
  }
  const host::Container* infra = nullptr;
  if (pod != nullptr && !pod->infra_id.empty()) {
    wrap_errors("retrieving pod " + pod->id + " infra container " + pod->infra_id,
                [&] { infra = &db::get_container(h, pod->infra_id); });
  }
  const std::string err_no_infra =
      std::string("cannot use pod namespace as container is not joining a pod or pod has no infra container: ") +
      errors::kInvalidArg;
  auto need_infra = [&] {
    if (pod == nullptr || infra == nullptr) fail(err_no_infra);
  };

  // PID
  if (s.pidns.nsmode == ns::kFromPod) {
    need_infra();
  } else if (s.pidns.nsmode == ns::kFromContainer) {
    lookup_ns_container(h, "pid", s.pidns.value);
  }

  // IPC
  if (s.ipcns.nsmode == ns::kFromPod) {
    need_infra();
  } else if (s.ipcns.nsmode == ns::kFromContainer) {
    const host::Container& ipc = lookup_ns_container(h, "ipc", s.ipcns.value);
    if (!ipc.ipc_shareable) {
      fail("joining IPC of container " + ipc.id +
           " is not allowed: non-shareable IPC (hint: use IpcMode:shareable for the donor container)");
    }
  }

  // UTS
  if (s.utsns.nsmode == ns::kFromPod) {
    need_infra();
    if (db::pod_namespace_is_host(*pod, "uts")) {
      s.utsns = specgen::Namespace{};
      s.utsns.nsmode = ns::kHost;
    }
  } else if (s.utsns.nsmode == ns::kFromContainer) {
    lookup_ns_container(h, "uts", s.utsns.value);
  }

  // User
  if (s.userns.nsmode == ns::kKeepID) {
    if (!h.identity.rootless) fail("keep-id is only supported in rootless mode");
    const idmap::KeepIDOptions opts = idmap::get_keep_id_options(ns::to_string(s.userns));
    if (s.user.empty()) idmap::get_keep_id_mapping(h, opts);  // for WithUser("uid:gid"); only its errors matter
  } else if (s.userns.nsmode == ns::kFromPod) {
    need_infra();
  } else if (s.userns.nsmode == ns::kFromContainer) {
    lookup_ns_container(h, "user", s.userns.value);
  }

  // Only inside a pod do explicit maps fail: they would wipe the mappings inherited from the infra.
  if (s.idmappings && pod != nullptr && !pod->infra_id.empty()) {
    const auto& m = *s.idmappings;
    if ((m.uid_map && !m.uid_map->empty()) || (m.gid_map && !m.gid_map->empty())) {
      fail(std::string("cannot specify a new uid/gid map when entering a pod with an infra container: ") +
           errors::kInvalidArg);
    }
  }

  // Cgroup
  if (s.cgroupns.nsmode == ns::kFromPod) {
    need_infra();
  } else if (s.cgroupns.nsmode == ns::kFromContainer) {
    lookup_ns_container(h, "cgroup", s.cgroupns.value);
  }

  // Net
  if (h.identity.rootless && (s.netns.nsmode == ns::kPrivate || ns::is_default(s.netns))) {
    s.netns.nsmode = ns::kSlirp;
  }
  if (s.netns.nsmode == ns::kFromPod) {
    need_infra();
  } else if (s.netns.nsmode == ns::kFromContainer) {
    lookup_ns_container(h, "net", s.netns.value);
  }
}

}  // namespace specconf::ref
