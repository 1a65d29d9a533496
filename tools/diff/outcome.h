// What one side of a comparison holds: a spec or podman's error message, read from any of the three
// document forms specconf deals in.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace specconf::diff {

struct Outcome {
  const nlohmann::json* spec = nullptr;  // points into the document read; null for an error
  std::string error;                     // podman's error message when spec is null
};

// Reads `doc` as, in this order of checks:
//  - a golden record or engine result with "spec": the spec (an object); "error" must be absent;
//  - a golden record with "error": {"message": ...}, or an engine result with "error": "...";
//  - a bare OCI spec: an object with a string "ociVersion" (Go never omits it).
// Returns "" or a one-line reason the document is none of these (also when it nests deeper than
// kMaxDepth, which no spec does).
std::string read_outcome(const nlohmann::json& doc, Outcome& out);

}  // namespace specconf::diff
