#include "reference/namespaces/userns_from.h"

#include <utility>
#include <vector>

#include "reference/core/db_lookup.h"
#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/namespaces/namespace_mode.h"

namespace specconf::ref {
namespace {

// The donor a With*NSFrom option was given for `n`, or null when namespaceOptions queued none. An
// unresolvable donor cannot occur: namespaceOptions already failed on it.
const host::Container* ns_donor(const specgen::Namespace& n, const host::HostProfile& h, const host::Container* infra) {
  if (n.nsmode == ns::kFromPod) return infra;
  if (n.nsmode == ns::kFromContainer) return &db::lookup_container(h, n.value);
  return nullptr;
}

// libpod/util.go:checkDependencyContainer (podman aa47e05ae4). The state and same-ID checks cannot fail
// for a container being created; only pod membership can.
// The pod's own infra container is a member by construction, whatever the profile records for it.
void check_dependency_container(const host::Container& dep, const host::Pod* pod) {
  if (pod != nullptr && dep.id != pod->infra_id && !db::container_in_pod(dep, *pod)) {
    fail("running container create option: container has joined pod " + pod->id + " and dependency container " +
         dep.id + " is not a member of the pod: " + errors::kInvalidArg);
  }
}

std::vector<oci::LinuxIDMapping> to_oci(const std::vector<specgen::IDMap>& maps) {
  std::vector<oci::LinuxIDMapping> out;
  for (const auto& m : maps) {
    out.push_back(oci::LinuxIDMapping{static_cast<std::uint32_t>(m.container_id),
                                      static_cast<std::uint32_t>(m.host_id), static_cast<std::uint32_t>(m.size)});
  }
  return out;
}

}  // namespace

// libpod/options.go:WithUserNSFrom (podman aa47e05ae4), with the checkDependencyContainer calls of the
// namespace options queued before and after it.
void apply_userns_from(const specgen::SpecGenerator& s, oci::Spec& spec, const host::HostProfile& h) {
  const host::Pod* pod = s.pod.empty() ? nullptr : &db::lookup_pod(h, s.pod);
  const host::Container* infra =
      pod != nullptr && !pod->infra_id.empty() ? &db::get_container(h, pod->infra_id) : nullptr;

  const host::Container* user_donor = nullptr;
  const std::pair<const specgen::Namespace*, bool> order[] = {
      {&s.pidns, false}, {&s.ipcns, false}, {&s.utsns, false}, {&s.userns, true}, {&s.cgroupns, false}, {&s.netns, false},
  };
  for (const auto& [n, is_user] : order) {
    const host::Container* donor = ns_donor(*n, h, infra);
    if (donor == nullptr) continue;
    check_dependency_container(*donor, pod);
    if (is_user) user_donor = donor;
  }
  if (user_donor == nullptr) return;

  oci::Linux& l = spec.linux_ ? *spec.linux_ : spec.linux_.emplace();
  l.uid_mappings = to_oci(user_donor->uid_map);
  l.gid_mappings = to_oci(user_donor->gid_map);
}

}  // namespace specconf::ref
