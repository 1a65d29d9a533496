#include "reference/storage/finalize_mounts.h"

#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/goport/filepath.h"
#include "reference/goport/panics.h"
#include "reference/goport/path.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"
#include "reference/storage/go_map.h"
#include "reference/storage/host_syscalls.h"
#include "reference/storage/mount_options.h"
#include "reference/storage/volume_flags.h"
#include "reference/storage/volumes_from.h"

namespace specconf::ref {
namespace {

constexpr const char* kContainerInitPath = "/run/podman-init";  // define.ContainerInitPath

struct ImageVolumes {
  InsertionOrderedMap<oci::Mount> mounts;
  InsertionOrderedMap<specgen::NamedVolume> volumes;
};

// pkg/specgen/generate/storage.go:getImageVolumes (podman aa47e05ae4). The image's VOLUMEs are a Go map;
// they range here in the profile's order.
ImageVolumes get_image_volumes(const host::Image* img, const specgen::SpecGenerator& s) {
  ImageVolumes out;
  const std::string& mode = s.image_volume_mode;  // compared after strings.ToLower
  if (!img || goport::lower_equals(mode, "ignore")) return out;
  const std::vector<std::string> opts = {"rprivate", "rw", "nodev", "exec"};
  for (const std::string& volume : img->config.volumes) {
    const std::string clean_dest = goport::path_clean(volume);
    if (mode.empty() || goport::lower_equals(mode, "anonymous")) {
      specgen::NamedVolume v;  // anonymous: no name
      v.dest = clean_dest;
      v.options = opts;
      out.volumes.set(clean_dest, v);
    } else if (goport::lower_equals(mode, "tmpfs")) {
      oci::Mount m;
      m.destination = clean_dest;
      m.source = "tmpfs";
      m.type = "tmpfs";
      m.options = opts;
      out.mounts.set(clean_dest, m);
    }
  }
  return out;
}

// pkg/specgen/generate/storage.go:addContainerInitBinary (podman aa47e05ae4).
oci::Mount add_container_init_binary(const specgen::SpecGenerator& s, const std::string& path,
                                     const host::HostProfile& h) {
  oci::Mount mount;
  mount.destination = kContainerInitPath;
  mount.type = "bind";
  mount.source = path;
  mount.options = {"bind", "ro"};
  if (path.empty()) fail("please specify a path to the container-init binary");
  if (s.pidns.nsmode != "private") fail("cannot add init binary as PID 1 (PID namespace isn't private)");
  if (s.systemd == "always") fail("cannot use container-init binary with systemd=always");
  const StatResult st = sys_stat(h, path);
  // Only os.IsNotExist errors count; any other stat error lets the mount through.
  if (!st.ok() && st.errno_text == errors::kENOENT)
    fail("container-init binary not found on the host: " + path_error("stat", path, st.errno_text));
  return mount;
}

[[noreturn]] void duplicate(const std::string& what) { fail(what + ": " + errors::kDuplicateDest); }

}  // namespace

// pkg/specgen/generate/storage.go:finalizeMounts (podman aa47e05ae4, same in v4.3.1).
FinalizedMounts finalize_mounts_and_volumes(const specgen::SpecGenerator& s, const host::HostProfile& h,
                                            const host::Image* image) {
  ImageVolumes base = get_image_volumes(image, s);
  VolumesFrom vol_from = get_volumes_from(s.volumes_from, h);
  vol_from.mounts.for_each([&](const std::string& dest, const oci::Mount& m) { base.mounts.set(dest, m); });
  vol_from.volumes.for_each(
      [&](const std::string& dest, const specgen::NamedVolume& v) { base.volumes.set(dest, v); });

  InsertionOrderedMap<oci::Mount> unified_mounts;
  InsertionOrderedMap<specgen::NamedVolume> unified_volumes;
  InsertionOrderedMap<specgen::OverlayVolume> unified_overlays;

  const VolumeFlags common = gen_volume_mounts(h.containers_conf.volumes, h);

  for (const oci::Mount& m : s.mounts) {
    validate_volume_ctr_dir(m.destination);
    const std::string clean_dest = goport::path_clean(m.destination);
    if (unified_mounts.contains(clean_dest)) duplicate(goport::quote(clean_dest));
    unified_mounts.set(clean_dest, m);
  }
  common.mounts.for_each([&](const std::string&, const oci::Mount& m) {
    validate_volume_ctr_dir(m.destination);
    const std::string clean_dest = goport::path_clean(m.destination);
    if (!unified_mounts.contains(clean_dest)) unified_mounts.set(clean_dest, m);
  });

  for (const auto& v : s.volumes) {
    if (!v) fail(goport::panics::kNilDereference);  // a JSON null element is a nil *NamedVolume
    validate_volume_ctr_dir(v->dest);
    const std::string clean_dest = goport::path_clean(v->dest);
    if (unified_volumes.contains(clean_dest))
      duplicate("conflict in specified volumes - multiple volumes at " + goport::quote(clean_dest));
    unified_volumes.set(clean_dest, *v);
  }
  common.volumes.for_each([&](const std::string&, const specgen::NamedVolume& v) {
    validate_volume_ctr_dir(v.dest);
    const std::string clean_dest = goport::path_clean(v.dest);
    if (!unified_volumes.contains(clean_dest)) unified_volumes.set(clean_dest, v);
  });

  for (const auto& v : s.overlay_volumes) {
    if (!v) fail(goport::panics::kNilDereference);
    validate_volume_ctr_dir(v->destination);
    const std::string clean_dest = goport::path_clean(v->destination);
    if (unified_overlays.contains(clean_dest))
      duplicate("conflict in specified volumes - multiple volumes at " + goport::quote(clean_dest));
    unified_overlays.set(clean_dest, *v);
  }
  common.overlays.for_each([&](const std::string&, const specgen::OverlayVolume& v) {
    validate_volume_ctr_dir(v.destination);
    const std::string clean_dest = goport::path_clean(v.destination);
    if (!unified_overlays.contains(clean_dest)) unified_overlays.set(clean_dest, v);
  });

  if (s.init) {
    const std::string init_path = s.init_path.empty() ? h.containers_conf.init_path : s.init_path;
    oci::Mount init_mount = add_container_init_binary(s, init_path, h);
    if (unified_mounts.contains(init_mount.destination))
      duplicate("conflict with mount added by --init to " + goport::quote(init_mount.destination));
    unified_mounts.set(init_mount.destination, init_mount);
  }

  // Image and volumes-from entries lose to the request's at the same destination, whichever kind.
  unified_mounts.for_each([&](const std::string& dest, const oci::Mount&) { base.volumes.erase(dest); });
  unified_volumes.for_each([&](const std::string& dest, const specgen::NamedVolume&) { base.mounts.erase(dest); });

  InsertionOrderedMap<oci::Mount> mounts = unified_mounts;
  base.mounts.for_each([&](const std::string& dest, const oci::Mount& m) {
    if (!mounts.contains(dest)) mounts.set(dest, m);
  });
  InsertionOrderedMap<specgen::NamedVolume> volumes = unified_volumes;
  base.volumes.for_each([&](const std::string& dest, const specgen::NamedVolume& v) {
    if (!volumes.contains(dest)) volumes.set(dest, v);
  });

  mounts.for_each([&](const std::string& dest, const oci::Mount&) {
    if (volumes.contains(dest)) duplicate("conflict at mount destination " + dest);
  });

  FinalizedMounts out;
  out.mounts.reserve(mounts.size());
  mounts.for_each([&](const std::string&, oci::Mount m) {
    if (m.type == "bind") m.source = goport::filepath_abs(m.source, h.cwd);
    out.mounts.push_back(std::move(m));
  });
  volumes.for_each([&](const std::string&, const specgen::NamedVolume& v) { out.volumes.push_back(v); });
  unified_overlays.for_each([&](const std::string&, const specgen::OverlayVolume& v) { out.overlays.push_back(v); });
  return out;
}

std::vector<oci::Mount> finalize_mounts(specgen::SpecGenerator& s, const host::HostProfile& h,
                                        const host::Image* image) {
  return finalize_mounts_and_volumes(s, h, image).mounts;
}

}  // namespace specconf::ref
