// The stop signal a container gets from its image: it never reaches the spec, but libpod refuses a
// signal outside 1..64 (WithStopSignal) and CompleteSpec one it cannot parse.
#pragma once

#include <string>

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref {

// containers/common pkg/signal/signal_common.go:ParseSignalNameOrNumber (v0.50.1, Linux signal map):
// a non-zero decimal number (any, even above 64), or a name with or without "SIG" in any case, RTMIN+n
// and RTMAX-n included. A leading '-' is dropped. Throws "invalid signal: X".
gojson::GoInt parse_signal_name_or_number(const std::string& raw);

// pkg/specgen/generate/container.go:CompleteSpec, its "Image stop signal" step (podman v4.3.1): without
// a stop_signal in the request, the image's STOPSIGNAL, parsed.
void complete_stop_signal(specgen::SpecGenerator& s, const host::Image* image);

}  // namespace specconf::ref
