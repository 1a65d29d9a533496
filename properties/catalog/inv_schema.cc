// The runtime-spec's own rules, as its JSON schema states them.
#include "properties/catalog/invariants.h"

#include "properties/schema/oci_schema.h"
#include "reference/model/oci_spec_json.h"

namespace specconf::props {
namespace {

Verdict validates_against_schema(const Judged& j) {
  if (!j.spec) return {};
  // An engine that did not hand over its text is judged on the Go form of its spec.
  const std::string fallback = j.spec_json.empty() ? oci::to_go_json(*j.spec) : std::string();
  const auto v = schema::validate_spec_json(j.spec_json.empty() ? std::string_view(fallback) : j.spec_json);
  if (v) return "OCI runtime-spec schema: " + *v;
  return {};
}

}  // namespace

std::vector<Invariant> schema_invariants() {
  return {
      {"SCHEMA-001", "The spec validates against the OCI runtime-spec JSON schema (config-schema.json)",
       "libpod/runtime_ctr.go:207 stores the generated spec unchecked; rules: runtime-spec 1.0.2.118.g5cfc4c3 schema/config-schema.json", kAllVersions, "-",
       Kind::kSoundness, validates_against_schema},
  };
}

}  // namespace specconf::props
