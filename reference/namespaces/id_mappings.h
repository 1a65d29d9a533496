// The user-namespace ID mappings podman builds from the host's identity (pkg/util/utils.go and
// pkg/rootless at podman aa47e05ae4, with the 4.3.1 keep-id variant of §7.2).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref::idmap {

// pkg/namespaces/namespaces.go:KeepIDUserNsOptions
struct KeepIDOptions {
  std::optional<std::uint32_t> uid;
  std::optional<std::uint32_t> gid;
};

// What GetKeepIDMapping and GetNoMapMapping return besides an error.
struct UserMapping {
  specgen::IDMappingOptions mappings;
  gojson::GoInt uid = 0;
  gojson::GoInt gid = 0;
};

// pkg/namespaces/namespaces.go:UsernsMode.GetKeepIDOptions on `mode` (e.g. "keep-id:uid=1,gid=2").
KeepIDOptions get_keep_id_options(const std::string& mode);

// pkg/rootless/rootless_linux.go:GetConfiguredMappings: the user's subuid and subgid ranges as maps,
// container IDs counted up from 0 over ranges sorted by start. When either file has no range for the
// user, idtools.NewIDMappings fails, which podman only logs: both lists come back empty.
void get_configured_mappings(const host::HostProfile& h, std::vector<specgen::IDMap>& uids,
                             std::vector<specgen::IDMap>& gids);

// pkg/util/utils.go:GetKeepIDMapping (aa47e05ae4: without subuids the 0→1 range is left out;
// 4.3.1: without subuids or subgids it fails).
UserMapping get_keep_id_mapping(const host::HostProfile& h, const KeepIDOptions& opts);

// pkg/util/utils.go:GetNoMapMapping (same in both engines).
UserMapping get_no_map_mapping(const host::HostProfile& h);

// pkg/util/utils.go:ParseIDMapping(UsernsMode(mode), nil, nil, "", "") — the only call on the create path
// (MakeContainer, with the bare NSMode). Mirrors namespaces.UsernsMode's IsAuto/IsKeepID/IsNoMap, whose
// IsNoMap compares against "nomap", so specgen's "no-map" gets host mappings.
specgen::IDMappingOptions parse_id_mapping(const std::string& mode);

}  // namespace specconf::ref::idmap
