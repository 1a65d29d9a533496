// One capture of one request on one running profile: POST the body, read back what podman stored,
// delete the container. And the rule for trusting it: the same body captured twice must agree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tools/capture/session.h"
#include "tools/golden/record.h"

namespace specconf::capture {

struct Capture {
  long status = 0;
  std::vector<std::string> warnings;
  std::string spec;                               // on 201: the stored spec's bytes as Go wrote them
  std::optional<golden::PodmanErrorBody> error;   // otherwise: podman's reply body
};

// POST, read bolt_state.db, DELETE (and remove anything else the create left). Returns "" or an error
// of the machinery (transport, database, cleanup); podman refusing the request is a Capture, not an error.
std::string capture_once(ProfileSession& session, const std::string& body, Capture& out);

// Why two captures of one body disagree, beyond podman's own map-order randomness (process.env, the
// leading user mounts, the blockIO device lists: compared by //tools/diff:semantic_diff). "" = agree.
std::string disagreement(const Capture& a, const Capture& b);

struct RecordMeta {
  std::string case_name, profile, podman, captured, specgen_sha256;
};

// The golden record of a capture. The spec goes through the model, which must give back podman's exact
// bytes: a record that would lose or reorder anything is an error, not a golden.
std::string make_record(const RecordMeta& meta, const Capture& c, golden::Record& out);

}  // namespace specconf::capture
