#include "reference/storage/libpod_volumes.h"

#include <unordered_set>

#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/goport/panics.h"
#include "reference/goport/strconv.h"
#include "reference/model/host_profile.h"
#include "reference/storage/mount_options.h"

namespace specconf::ref {

// pkg/specgen/generate/container_create.go:createContainerOptions (podman aa47e05ae4), the destinations loop.
void check_image_volume_pointers(const specgen::SpecGenerator& s) {
  for (const auto& v : s.image_volumes)
    if (!v) fail(goport::panics::kNilDereference);
}

// libpod/options.go:WithNamedVolumes (podman v4.3.1).
void with_named_volumes(const std::vector<specgen::NamedVolume>& volumes) {
  static const host::HostProfile kNoHost;  // source "" never reaches statfs
  for (const auto& v : volumes) {
    wrap_errors("processing options for named volume " + goport::quote(v.name) + " mounted at " + goport::quote(v.dest),
                [&] { process_options(v.options.value_or(std::vector<std::string>{}), false, "", kNoHost); });
  }
}

// libpod/container_validate.go:validate (podman v4.3.1), the volume destination part.
void validate_volume_destinations(const std::vector<specgen::NamedVolume>& named,
                                  const std::vector<specgen::OverlayVolume>& overlays,
                                  const std::vector<std::optional<specgen::ImageVolume>>& image_volumes) {
  std::unordered_set<std::string> destinations;
  const auto add = [&](const std::string& dest) {
    if (!destinations.insert(dest).second)
      fail("two volumes found with destination " + dest + ": " + errors::kInvalidArg);
  };
  for (const auto& v : named) add(v.dest);
  for (const auto& v : overlays) add(v.destination);
  for (const auto& v : image_volumes)
    if (v) add(v->destination);
}

}  // namespace specconf::ref
