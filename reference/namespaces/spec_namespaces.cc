#include "reference/namespaces/spec_namespaces.h"

#include "reference/core/db_lookup.h"
#include "reference/core/error.h"
#include "reference/core/host_fs.h"
#include "reference/namespaces/id_mappings.h"
#include "reference/namespaces/namespace_mode.h"

namespace specconf::ref {
namespace {

constexpr const char* kPublishAll = "io.podman.annotations.publish-all";  // define.InspectAnnotationPublishAll

// os.Stat(path) with specConfigureNamespaces' wrapping: "cannot find specified <what> namespace path: stat ...".
void stat_namespace_path(const host::HostProfile& h, const std::string& what, const std::string& path) {
  const StatResult st = host_stat(h, path);
  if (!st.ok()) fail("cannot find specified " + what + " namespace path: " + path_error("stat", path, st.errno_text));
}

// The switch specConfigureNamespaces repeats for pid, ipc, uts and cgroup: path joins, host drops the
// entry, private creates one; every other mode leaves the default list alone (libpod fills paths at init).
void configure_kernel_namespace(const specgen::Namespace& n, const char* oci_type, const char* what,
                                Generator& g, const host::HostProfile& h) {
  if (n.nsmode == ns::kPath) {
    stat_namespace_path(h, what, n.value);
    g.add_or_replace_linux_namespace(oci_type, n.value);
  } else if (n.nsmode == ns::kHost) {
    g.remove_linux_namespace(oci_type);
  } else if (n.nsmode == ns::kPrivate) {
    g.add_or_replace_linux_namespace(oci_type, "");
  }
}

// pkg/specgen/namespaces.go:privateUserNamespace (podman aa47e05ae4)
void private_user_namespace(const std::optional<specgen::IDMappingOptions>& idmappings, Generator& g) {
  g.add_or_replace_linux_namespace("user", "");
  const bool no_uid = !idmappings || !idmappings->uid_map || idmappings->uid_map->empty();
  const bool no_gid = !idmappings || !idmappings->gid_map || idmappings->gid_map->empty();
  if (no_uid && no_gid) fail("must provide at least one UID or GID mapping to configure a user namespace");
  // Go's uint32(int) conversions truncate.
  if (idmappings->uid_map) {
    for (const auto& m : *idmappings->uid_map)
      g.add_linux_uid_mapping(static_cast<std::uint32_t>(m.host_id), static_cast<std::uint32_t>(m.container_id),
                              static_cast<std::uint32_t>(m.size));
  }
  if (idmappings->gid_map) {
    for (const auto& m : *idmappings->gid_map)
      g.add_linux_gid_mapping(static_cast<std::uint32_t>(m.host_id), static_cast<std::uint32_t>(m.container_id),
                              static_cast<std::uint32_t>(m.size));
  }
}

// The keep-id / no-map tail of SetupUserNS: process user, the extra gid and the namespace with its maps.
std::string use_user_mapping(const idmap::UserMapping& m, Generator& g) {
  g.process().user.uid = static_cast<std::uint32_t>(m.uid);
  g.process().user.gid = static_cast<std::uint32_t>(m.gid);
  g.add_process_additional_gid(static_cast<std::uint32_t>(m.gid));
  private_user_namespace(m.mappings, g);
  return std::to_string(m.uid) + ":" + std::to_string(m.gid);
}

}  // namespace

// pkg/specgen/namespaces.go:SetupUserNS (podman aa47e05ae4)
std::string setup_user_ns(const std::optional<specgen::IDMappingOptions>& idmappings,
                          const specgen::Namespace& userns, Generator& g, const host::HostProfile& h) {
  const std::string& mode = userns.nsmode;
  if (mode == ns::kPath) {
    stat_namespace_path(h, "user", userns.value);
    g.add_or_replace_linux_namespace("user", userns.value);
    // runc wants a mapping even when joining an existing namespace, so podman adds a dummy one.
    g.add_linux_uid_mapping(0, 0, 1);
    g.add_linux_gid_mapping(0, 0, 1);
  } else if (mode == ns::kHost) {
    g.remove_linux_namespace("user");
  } else if (mode == ns::kKeepID) {
    const idmap::KeepIDOptions opts = idmap::get_keep_id_options(ns::to_string(userns));
    return use_user_mapping(idmap::get_keep_id_mapping(h, opts), g);
  } else if (mode == ns::kNoMap) {
    return use_user_mapping(idmap::get_no_map_mapping(h), g);
  } else if (mode == ns::kPrivate) {
    private_user_namespace(idmappings, g);
  }
  return "";
}

// pkg/specgen/generate/namespaces_linux.go:specConfigureNamespaces (podman aa47e05ae4)
void spec_configure_namespaces(specgen::SpecGenerator& s, Generator& g, const host::HostProfile& h) {
  configure_kernel_namespace(s.pidns, "pid", "PID", g, h);
  configure_kernel_namespace(s.ipcns, "ipc", "IPC", g, h);
  configure_kernel_namespace(s.utsns, "uts", "UTS", g, h);

  std::string hostname = s.hostname;
  if (hostname.empty()) {
    if (s.utsns.nsmode == ns::kFromPod) {
      // podman reads the pod MakeContainer found; namespaceOptions has already refused utsns pod without one.
      hostname = db::lookup_pod(h, s.pod).hostname;
    } else if (s.utsns.nsmode == ns::kFromContainer) {
      const host::Container* c = nullptr;
      wrap_errors("looking up container to share uts namespace with",
                  [&] { c = &db::lookup_container(h, s.utsns.value); });
      hostname = db::container_hostname(*c);
    } else if (s.netns.nsmode == ns::kHost || s.utsns.nsmode == ns::kHost) {
      hostname = h.hostname;  // os.Hostname(); the profile records its result, never an error
    }
  }
  g.remove_hostname();
  // Only a user hostname or a new UTS namespace gets one; a host UTS namespace keeps the host's own.
  if (!s.hostname.empty() || s.utsns.nsmode != ns::kHost) g.set_hostname(hostname);
  const bool env_has_hostname = s.env && s.env->count("HOSTNAME") > 0;
  if (!env_has_hostname && !s.hostname.empty()) g.add_process_env("HOSTNAME", hostname);

  setup_user_ns(s.idmappings, s.userns, g, h);

  configure_kernel_namespace(s.cgroupns, "cgroup", "cgroup", g, h);

  if (s.netns.nsmode == ns::kPath) {
    stat_namespace_path(h, "network", s.netns.value);
    g.add_or_replace_linux_namespace("network", s.netns.value);
  } else if (s.netns.nsmode == ns::kHost) {
    g.remove_linux_namespace("network");
  } else if (s.netns.nsmode == ns::kPrivate || s.netns.nsmode == ns::kNone) {
    g.add_or_replace_linux_namespace("network", "");
  }

  g.add_annotation(kPublishAll, s.publish_exposed_ports ? "TRUE" : "FALSE");
}

}  // namespace specconf::ref
