// The benchmarks' workload: every golden record with its request body, its host profile and what real
// podman answered, loaded once before anything is timed; and the two units of work that are compared.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "reference/model/host_profile.h"

namespace specconf::bench {

struct GoldenCase {
  std::string profile;          // golden/<profile>/
  std::string name;             // corpus/specgen/<name>.json
  const host::HostProfile* host;
  std::string body;             // the request body
  nlohmann::json expected;      // the record's "spec", or its "error" body when podman rejected the request
  bool accepted = false;        // podman stored a spec (status 201)
};

struct GoldenSet {
  std::map<std::string, std::unique_ptr<host::HostProfile>> hosts;  // golden/hosts/*.json, decoded
  std::vector<GoldenCase> records;                                  // by profile, then case name
};

// Reads golden/hosts/*.json, golden/<profile>/*.json and corpus/specgen/*.json below `root` (the
// checkout, a snapshot of it, or the runfiles directory under `bazel run`). Returns "" or a one-line error.
std::string load_golden_set(const std::string& root, GoldenSet& out);

// One record as an engine serves it (tools/engines/reference_engine.cc): decode the body and generate
// (ref::create_container), then serialize the spec as podman stores it (oci::to_go_json). Returns the
// size of the answer, so that the work cannot be optimised away.
std::size_t generate(const GoldenCase& c);

// The floor any engine pays for the same record: parse the request body (nlohmann) and print the
// expected answer (nlohmann dump of the record's spec or error body).
std::size_t floor(const GoldenCase& c);

// Whether the reference's outcome kind (spec or error) is the record's. The golden test judges the
// content; this only guards the benchmark against timing a different path than podman took.
bool same_outcome_kind(const GoldenCase& c);

}  // namespace specconf::bench
