// Reading an engine's outcome from text, in any of the forms specconf passes around: a bare spec, an engine
// result ({"spec": ...} or {"error": "..."}), or a golden record (tools/golden/record.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "reference/model/oci_spec.h"

namespace specconf::props {

struct Outcome {
  std::optional<oci::Spec> spec;  // the spec, decoded as Go decodes it
  std::string spec_json;          // the spec's own text (for schema validation)
  std::string error;              // the rejection's message when there is no spec
};

// Returns "" on success, else one line saying why the text is none of the forms.
std::string parse_outcome(std::string_view text, Outcome& out);

}  // namespace specconf::props
