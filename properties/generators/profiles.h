// The six host profiles captured from real podman (golden/hosts, compiled in), parsed once.
#pragma once

#include <string>
#include <vector>

#include "reference/model/host_profile.h"

namespace specconf::props::gen {

// Sorted by name; the first (root-cgroupv1) is where generated hosts shrink to.
const std::vector<host::HostProfile>& captured_profiles();

// The captured profile of that name; throws std::invalid_argument naming the known ones.
const host::HostProfile& captured_profile(const std::string& name);

}  // namespace specconf::props::gen
