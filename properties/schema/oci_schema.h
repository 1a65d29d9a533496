// Validation of a spec document against the OCI runtime-spec JSON schema (config-schema.json and the files it
// $refs), as Debian's golang-github-opencontainers-specs-dev ships it: the runtime-spec podman 4.3.1 was built
// against. The schema files are embedded at build time.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace specconf::schema {

// One line naming the first violation: "<document pointer>: fails \"<keyword>\" [(schema <pointer>)]", e.g.
// "/linux/devices/0/fileMode: fails \"maximum\"".
// Nothing when the document is valid. A document that is not JSON is reported the same way.
std::optional<std::string> validate_spec_json(std::string_view json);

// The embedded schema files: base name without ".json" ("config-schema", "defs", ...) → contents.
const std::map<std::string, std::string_view>& oci_schema_files();

}  // namespace specconf::schema
