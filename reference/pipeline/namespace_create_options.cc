#include "reference/pipeline/namespace_create_options.h"

#include "reference/core/db_lookup.h"
#include "reference/namespaces/id_mappings.h"
#include "reference/namespaces/namespace_mode.h"

namespace specconf::ref {
namespace {

using Option = libpod::CtrCreateOption;
using Join = Option (*)(const host::Container&);

// The container a join option names: the pod's infra, or the `container:` value (namespace_options has
// already failed on an unknown one).
const host::Container* donor_of(const specgen::Namespace& n, const host::HostProfile& h, const host::Container* infra) {
  if (n.nsmode == ns::kFromPod) return infra;
  if (n.nsmode == ns::kFromContainer) return &db::lookup_container(h, n.value);
  return nullptr;
}

void add_join(std::vector<Option>& out, const specgen::Namespace& n, const host::HostProfile& h,
              const host::Container* infra, Join join) {
  if (const host::Container* donor = donor_of(n, h, infra)) out.push_back(join(*donor));
}

}  // namespace

// pkg/specgen/generate/namespaces.go:namespaceOptions (podman v4.3.1), the options it returns
std::vector<libpod::CtrCreateOption> namespace_create_options(const specgen::SpecGenerator& s,
                                                              const host::HostProfile& h,
                                                              const host::Container* infra) {
  std::vector<Option> out;
  add_join(out, s.pidns, h, infra, libpod::with_pid_ns_from);
  add_join(out, s.ipcns, h, infra, libpod::with_ipc_ns_from);
  add_join(out, s.utsns, h, infra, libpod::with_uts_ns_from);  // a pod's host UTS already became host

  if (s.userns.nsmode == ns::kKeepID && s.user.empty()) {
    const idmap::UserMapping m = idmap::get_keep_id_mapping(h, idmap::get_keep_id_options(ns::to_string(s.userns)));
    out.push_back(libpod::with_user(std::to_string(m.uid) + ":" + std::to_string(m.gid)));
  } else if (s.userns.nsmode == ns::kFromPod && infra != nullptr && !infra->user.empty() && s.user.empty()) {
    out.push_back(libpod::with_user(infra->user));
  }
  add_join(out, s.userns, h, infra, libpod::with_user_ns_from);
  if (!s.user.empty()) out.push_back(libpod::with_user(s.user));

  add_join(out, s.cgroupns, h, infra, libpod::with_cgroup_ns_from);
  if (!s.cgroup_parent.empty()) out.push_back(libpod::with_cgroup_parent(s.cgroup_parent));
  if (!s.cgroups_mode.empty()) out.push_back(libpod::with_cgroups_mode(s.cgroups_mode));

  const std::string& net = s.netns.nsmode;
  if (net == ns::kFromPod || net == ns::kFromContainer) {
    add_join(out, s.netns, h, infra, libpod::with_net_ns_from);
  } else if (net == ns::kSlirp) {
    out.push_back(libpod::with_net_ns(s.netns.value.empty() ? "slirp4netns" : "slirp4netns:" + s.netns.value,
                                      std::nullopt));
  } else if (net == ns::kPasta && ns::is_seed_engine(h)) {
    out.push_back(libpod::with_net_ns("pasta", std::nullopt));
  } else if (net == ns::kBridge || net == ns::kPrivate || ns::is_default(s.netns)) {
    // Without networks podman joins containers.conf's default network; which one does not matter here.
    out.push_back(libpod::with_net_ns("bridge", s.networks));
  }

  if (s.use_image_hosts) {
    out.push_back(libpod::with_use_image_hosts());
  } else if (!s.host_add.empty()) {
    out.push_back(libpod::with_hosts(s.host_add));
  }
  if (!s.dns_search.empty()) out.push_back(libpod::with_dns_search(s.dns_search));
  if (s.use_image_resolv_conf) {
    out.push_back(libpod::with_use_image_resolv_conf());
  } else if (!s.dns_servers.empty()) {
    std::vector<std::string> servers;
    for (const auto& ip : s.dns_servers) servers.push_back(ip.to_string());
    out.push_back(libpod::with_dns(servers));
  }
  if (!s.dns_options.empty()) out.push_back(libpod::with_dns_option(s.dns_options));
  return out;
}

}  // namespace specconf::ref
