// The built-in host profiles (golden/hosts, compiled in), decoded once per process: fuzz targets pick
// one per input by index, so decoding 50 KB of JSON never sits on the per-input path.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "reference/model/host_profile.h"

namespace specconf::fuzz {

struct NamedHost {
  std::string name;
  host::HostProfile profile;
};

// In name order, as input_formats.h indexes them. Aborts if a built-in profile does not decode: the
// fuzz targets would otherwise test nothing.
const std::vector<NamedHost>& builtin_hosts();

// builtin_hosts()[index % size].
const host::HostProfile& builtin_host(std::size_t index);

// builtin_host(base) with `overlay` (HostProfile JSON) decoded over it, Go-style, and made physically
// consistent (no bounding capability above cap_last_cap, no soft limit above its hard one, directory
// entries that are names, file types that agree with the modes, an absolute cwd); nullptr when the
// overlay does not decode or describes a service podman would not start (containers.conf
// default_ulimits it refuses). The fuzzer mutates the request far more often than the overlay, so the
// last few results are kept: copying a 50 KB profile per input would cost more than the request.
std::shared_ptr<const host::HostProfile> overlaid_host(std::size_t base, std::string_view overlay);

}  // namespace specconf::fuzz
