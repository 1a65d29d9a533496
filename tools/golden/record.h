// One golden record: what real podman replied and stored for one corpus case on one host profile.
// Files live at golden/<profile>/<case>.json; the format is documented in golden/README.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reference/model/oci_spec.h"

namespace specconf::golden {

// podman's error reply body (pkg/api/handlers/utils/errors.go): {"cause","message","response"}.
struct PodmanErrorBody {
  std::string cause;
  std::string message;
  int response = 0;
};

struct Record {
  std::string case_name;       // "case": the corpus file corpus/<case>.json
  std::string profile;         // "profile": golden/hosts/<profile>.json
  std::string podman;          // "podman": the Debian package version that answered
  std::string captured;        // "captured": UTC date of the capture, YYYY-MM-DD
  std::string specgen_sha256;  // "specgen_sha256": of the request body bytes, to spot stale records
  int status = 0;              // "status": HTTP status of the create call (201 or 500)
  std::vector<std::string> warnings;     // "warnings": the 201 reply's Warnings
  std::optional<oci::Spec> spec;         // "spec": the stored spec, on success
  std::optional<PodmanErrorBody> error;  // "error": podman's reply body, on failure
};

// Parses a record file's bytes. Returns "" or a one-line error.
std::string parse_record(std::string_view json, Record& out);

// The record as written to disk: Go's json.MarshalIndent form with a one-space indent, so the compact
// form of "spec" is byte for byte what podman stored (Go field order, Go escaping), plus a newline.
std::string format_record(const Record& r);

}  // namespace specconf::golden
