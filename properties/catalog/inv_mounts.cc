// The merged mount list: SupersedeUserMounts (storage.go:383-409) and InitFSMounts/ProcessOptions
// (storage.go:411-429, pkg/util/mountOpts.go:26-185).
#include "properties/catalog/invariants.h"

#include "reference/goport/path.h"
#include "reference/goport/strings.h"

namespace specconf::props {
namespace {

const std::set<std::string> kPropagations = {"shared", "rshared", "private", "rprivate",
                                              "slave",  "rslave",  "unbindable", "runbindable"};

std::size_t count_of(const oci::Mount& m, std::initializer_list<const char*> options) {
  std::size_t n = 0;
  for (const auto& o : m.options)
    for (const char* x : options)
      if (o == x) ++n;
  return n;
}

Verdict no_destination_twice(const Judged& j) {
  if (!j.spec) return {};
  std::set<std::string> seen;
  for (const auto& m : j.spec->mounts) {
    if (!seen.insert(goport::path_clean(m.destination)).second) return m.destination + " is mounted twice";
  }
  return {};
}

Verdict request_mounts_supersede(const Judged& j) {
  const auto sub = subject(j);
  if (!sub) return {};
  for (const auto& want : sub->s.mounts) {
    const auto at = mounts_at(sub->spec, want.destination);
    const bool found = std::any_of(at.begin(), at.end(), [&](const oci::Mount* m) {
      return m->destination == want.destination && (want.type.empty() || m->type == want.type);
    });
    if (!found) return "request mount " + want.destination + " (" + want.type + ") is not in the spec at its destination";
    if (at.size() > 1) return "request mount " + want.destination + " shares its destination with " + std::to_string(at.size() - 1) + " other mount(s)";
  }
  return {};
}

Verdict request_mounts_first(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->s.mounts.empty()) return {};
  bool seen_podman_mount = false;
  for (const auto& m : sub->spec.mounts) {
    const bool user = sub->user_dests.count(goport::path_clean(m.destination)) > 0;
    if (!user) seen_podman_mount = true;
    else if (seen_podman_mount) return "user mount " + m.destination + " comes after podman's own mounts";
  }
  return {};
}

Verdict user_dev_takes_dev_subtree(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->user_dests.count("/dev")) return {};
  for (const auto& m : sub->spec.mounts) {
    if (goport::has_prefix(m.destination, "/dev/") && !sub->user_dests.count(goport::path_clean(m.destination))) {
      return "a user mount is at /dev, yet podman's " + describe(m) + " remains";
    }
  }
  return {};
}

Verdict destinations_absolute(const Judged& j) {
  if (!j.spec) return {};
  for (const auto& m : j.spec->mounts)
    if (!goport::path_is_abs(m.destination)) return "mount destination \"" + m.destination + "\" is not absolute";
  return {};
}

Verdict bind_sources_absolute(const Judged& j) {
  if (!j.spec) return {};
  for (const auto& m : j.spec->mounts)
    if (m.type == "bind" && !goport::path_is_abs(m.source)) return "bind mount " + m.destination + " has the relative source \"" + m.source + "\"";
  return {};
}

// ProcessOptions ran on every bind mount and on tmpfs mounts outside /dev, except the /proc mount whose
// options setProcOpts replaced afterwards.
bool options_processed(const Subject& sub, const oci::Mount& m) {
  if (sub.s.procfs_opts && m.destination == "/proc") return false;
  return m.type == "bind" || (m.type == "tmpfs" && goport::path_clean(m.destination) != "/dev");
}

Verdict processed_options_complete(const Judged& j) {
  const auto sub = subject(j);
  if (!sub) return {};
  for (const auto& m : sub->spec.mounts) {
    if (!options_processed(*sub, m)) continue;
    if (count_of(m, {"rw", "ro"}) != 1) return describe(m) + ": needs exactly one of rw/ro";
    const std::size_t binds = count_of(m, {"bind", "rbind"});
    if (m.type == "bind" ? binds != 1 : binds != 0) return describe(m) + ": bind mounts need exactly one of bind/rbind, tmpfs none";
    std::size_t propagations = 0;
    for (const auto& o : m.options) propagations += kPropagations.count(o);
    if (propagations != 1) return describe(m) + ": needs exactly one propagation option";
  }
  return {};
}

}  // namespace

std::vector<Invariant> mount_invariants() {
  return {
      {"MOUNT-001", "No destination is mounted twice (a later mount silently hides the earlier one)",
       "storage.go:62-66 finalizeMounts refuses duplicate user destinations; config_linux.go:143-149 appends device binds",
       kAllVersions, "-", Kind::kSoundness, no_destination_twice},
      {"MOUNT-002",
       "Each request mount is in the spec at its destination with its type, alone there: user mounts supersede "
       "podman's at the same cleaned destination",
       "storage.go:383-406 SupersedeUserMounts", kAllVersions, "-", Kind::kConformance, request_mounts_supersede},
      {"MOUNT-003", "User and derived mounts come before podman's own mounts",
       "storage.go:383-406 SupersedeUserMounts (user mounts first)", kAllVersions, "H20 volumes, H21 donors, H22 image volumes",
       Kind::kConformance, request_mounts_first},
      {"MOUNT-004", "A user mount at /dev leaves none of podman's mounts under /dev/",
       "storage.go:394-399 mountDev", kAllVersions, "-", Kind::kConformance, user_dev_takes_dev_subtree},
      {"MOUNT-005", "Every mount destination is absolute", "storage.go:59 ValidateVolumeCtrDir", kAllVersions, "-",
       Kind::kSoundness, destinations_absolute},
      {"MOUNT-006", "Every bind mount's source is absolute", "storage.go:174 finalizeMounts filepath.Abs of bind sources",
       kAllVersions, "H19 cwd", Kind::kSoundness, bind_sources_absolute},
      {"MOUNT-007",
       "Every bind mount and every tmpfs mount outside /dev has exactly one of rw/ro, one propagation option, and "
       "(bind) exactly one of bind/rbind (tmpfs none)",
       "storage.go:411-429 InitFSMounts, pkg/util/mountOpts.go:26-185 ProcessOptions", kAllVersions,
       "H15 statfs flags", Kind::kConformance, processed_options_complete},
  };
}

}  // namespace specconf::props
