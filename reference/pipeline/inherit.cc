#include "reference/pipeline/inherit.h"

#include "reference/core/error.h"
#include "reference/gojson/codec.h"
#include "reference/model/host_profile_json.h"
#include "reference/model/specgen_json.h"

namespace specconf::ref {
namespace {

// libpod/container_config.go:(*InfraInherit).IsDefaultShmSize (podman v4.3.1)
bool is_default_shm_size(const host::InfraInherit& inherit) {
  return !inherit.shm_size || *inherit.shm_size == 65536000;
}

template <class T>
void append(std::vector<T>& to, const std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

}  // namespace

// pkg/specgen/generate/container_create.go:Inherit (podman v4.3.1)
host::InfraInherit inherit(const host::Container& infra, specgen::SpecGenerator& s) {
  // ConfigToSpec gives no InfraInherit for a container that is not an infra; Inherit would then
  // dereference nil. A pod's infra container always is one.
  host::InfraInherit compat = infra.infra_inherit.value_or(host::InfraInherit{});
  append(compat.cap_add, s.cap_add);
  append(compat.cap_drop, s.cap_drop);
  append(compat.host_device_list, s.host_device_list);
  append(compat.image_volumes, s.image_volumes);
  append(compat.mounts, s.mounts);
  append(compat.overlay_volumes, s.overlay_volumes);
  append(compat.selinux_opts, s.selinux_opts);
  append(compat.volumes, s.volumes);

  const std::string compat_json = gojson::go_marshal(compat);
  // Unmarshalling what was just marshalled from the same Go types cannot fail.
  if (const std::string err = gojson::go_unmarshal(compat_json, s); !err.empty()) fail(err);

  if (s.ipcns.nsmode == "host" && compat.shm_size && is_default_shm_size(compat)) s.shm_size.reset();
  return compat;
}

}  // namespace specconf::ref
