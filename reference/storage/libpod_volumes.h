// The checks that named, overlay and image volumes still meet after finalizeMounts. They never reach the
// stored spec, but their errors reach the reply, later in MakeContainer and rt.NewContainer; the caller
// runs each at its place in that order.
#pragma once

#include <optional>
#include <vector>

#include "reference/model/specgen.h"

namespace specconf::ref {

// pkg/specgen/generate/container_create.go:createContainerOptions, the loop that collects user volume
// destinations (podman aa47e05ae4): a JSON null in image_volumes is a nil pointer it dereferences.
// Runs after createContainerOptions' systemd check.
void check_image_volume_pointers(const specgen::SpecGenerator& s);

// libpod/options.go:WithNamedVolumes (podman v4.3.1): ProcessOptions(options, false, "") per volume, in
// finalizeMounts' volume order. Throws the option's own text; rt.newContainer adds
// "running container create option: " in front.
void with_named_volumes(const std::vector<specgen::NamedVolume>& volumes);

// libpod/container_validate.go:validate, its volume part (podman v4.3.1): one destination may hold only
// one named, overlay or image volume ("two volumes found with destination X: invalid argument"). The
// destinations are compared as finalize_mounts_and_volumes returns them: the request's as written, image
// and volumes_from ones cleaned.
void validate_volume_destinations(const std::vector<specgen::NamedVolume>& named,
                                  const std::vector<specgen::OverlayVolume>& overlays,
                                  const std::vector<std::optional<specgen::ImageVolume>>& image_volumes);

}  // namespace specconf::ref
