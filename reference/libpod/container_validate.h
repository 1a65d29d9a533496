// The last checks libpod runs on a new container's configuration, after every create option.
#pragma once

#include "reference/libpod/container_config.h"

namespace specconf::ref::libpod {

// libpod/container_validate.go:(*Container).validate (podman v4.3.1), every check in its order. Its
// errors reach the reply unprefixed ("init containers must be created in a pod: invalid argument").
void validate(const ContainerConfig& c);

// libpod/container_validate.go:validateAutoUpdateImageReference (podman v4.3.1): a container labelled
// io.containers.autoupdate=registry|image needs a fully qualified docker:// image reference.
void validate_auto_update_image_reference(const std::string& image_name);

}  // namespace specconf::ref::libpod
