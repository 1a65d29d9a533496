// Finding the request's image among the host profile's local images.
#pragma once

#include <string>

#include "reference/model/host_profile.h"

namespace specconf::ref {

// containers/common libimage Runtime.LookupImage, for local images only (podman's create never pulls):
// an exact name, the name with ":latest" added, the name under "localhost/", or a full or partial ID.
// Throws PodmanError "<name>: image not known" when nothing matches.
const host::Image& lookup_image(const host::HostProfile& h, const std::string& name);

}  // namespace specconf::ref
