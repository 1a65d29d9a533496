// CDI device names ("vendor/class=name") in `devices`: libpod resolves them at init, so they leave the
// device list before SpecGenToOCI.
#pragma once

#include <string>

#include "reference/model/specgen.h"

namespace specconf::ref {

// container-device-interface v0.5.2 pkg/cdi/qualified-device.go:IsQualifiedName (vendored in podman
// v4.3.1 and kept by Debian's build). A one-letter vendor or class makes its validator slice
// vendor[1:0], which panics; that is reported with the runtime's text.
bool is_cdi_qualified_name(const std::string& device);

// pkg/specgen/generate/container_create.go:ExtractCDIDevices (podman aa47e05ae4): drops qualified names
// from s.devices, keeping the others in order.
void extract_cdi_devices(specgen::SpecGenerator& s);

}  // namespace specconf::ref
