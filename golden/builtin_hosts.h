// The host profiles captured from real podman (golden/hosts/*.json), compiled into the binaries.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace specconf::golden {

// Profile name ("root-cgroupv1", ...) → the JSON text of golden/hosts/<name>.json.
const std::map<std::string, std::string_view>& builtin_host_profiles();

}  // namespace specconf::golden
