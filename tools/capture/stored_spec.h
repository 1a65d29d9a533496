// The spec podman stored for a container: libpod's BoltState keeps each container's ContainerConfig as
// JSON under ctr/<full id>/config (libpod/boltdb_state_internal.go at v4.3.1: ctrBkt, configKey), and
// the OCI spec is its "spec" member (libpod/container_config.go: `Spec *spec.Spec json:"spec"`).
#pragma once

#include <string>
#include <string_view>

#include "tools/capture/bolt_db.h"

namespace specconf::capture {

// The raw bytes of the top-level member `name` of the JSON object `json`, exactly as written. The
// document is tokenized with Go's scanner (reference/gojson) and the member found by its key, so a key
// or value that merely contains the text `"spec":` cannot be mistaken for it. Returns "" or an error;
// `found` is false when the object has no such member.
std::string json_member_raw(std::string_view json, std::string_view name, std::string& raw, bool& found);

// The ContainerConfig JSON of container `id` (full 64-hex id), checked to be that container's.
std::string read_container_config(const BoltDb& db, const std::string& id, std::string& config);

// The stored spec's bytes exactly as Go marshalled them.
std::string read_stored_spec(const BoltDb& db, const std::string& id, std::string& spec);

}  // namespace specconf::capture
