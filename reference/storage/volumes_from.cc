#include "reference/storage/volumes_from.h"

#include <set>

#include "reference/core/db_lookup.h"
#include "reference/core/error.h"
#include "reference/goport/path.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"
#include "reference/storage/mount_options.h"

namespace specconf::ref {
namespace {

// The ":z,ro,rw" suffix of a volumes_from entry, or nothing.
std::vector<std::string> volumes_from_options(const std::vector<std::string>& split) {
  if (split.size() != 2) return {};
  std::vector<std::string> opts = goport::split(split[1], ",");
  bool set_rorw = false;
  bool set_z = false;
  for (const std::string& opt : opts) {
    if (opt == "z") {
      if (set_z) fail("cannot set :z more than once in mount options");
      set_z = true;
    } else if (opt == "ro" || opt == "rw") {
      if (set_rorw) fail("cannot set ro or rw options more than once");
      set_rorw = true;
    } else {
      fail("invalid option " + goport::quote(opt) +
           " specified - volumes from another container can only use z,ro,rw options");
    }
  }
  return opts;
}

}  // namespace

// pkg/specgen/generate/storage.go:getVolumesFrom (podman v4.3.1; aa47e05ae4 reads ConfigNoCopy().Spec,
// the same content).
VolumesFrom get_volumes_from(const std::vector<std::string>& volumes_from, const host::HostProfile& h) {
  VolumesFrom out;
  for (const std::string& volume : volumes_from) {
    const std::vector<std::string> split = goport::split_n(volume, ":", 2);
    const std::vector<std::string> options = volumes_from_options(split);
    const host::Container& ctr =
        wrap_errors("looking up container " + goport::quote(split[0]) + " for volumes-from",
                    [&]() -> const host::Container& { return db::lookup_container(h, split[0]); });

    const std::set<std::string> user_volumes(ctr.user_volumes.begin(), ctr.user_volumes.end());
    for (oci::Mount mnt : ctr.mounts) {
      if (mnt.type != "bind" || !user_volumes.count(mnt.destination)) continue;
      if (!options.empty()) mnt.options = options;
      out.mounts.set(mnt.destination, mnt);
    }
    // Named volumes come unconditionally: none of them is part of the spec.
    for (const specgen::NamedVolume& named : ctr.named_volumes) {
      validate_volume_ctr_dir(named.dest);
      specgen::NamedVolume v;
      v.dest = goport::path_clean(named.dest);
      v.options = options.empty() ? named.options : std::optional<std::vector<std::string>>(options);
      v.name = named.name;
      out.volumes.set(named.dest, v);
    }
  }
  return out;
}

}  // namespace specconf::ref
