// `specconf probe [--profiles P,...] [--corpus DIR] [--golden DIR] [--repo DIR]`: golden/hosts/<profile>.json
// from each profile's live service, with the corpus images, donors and host paths in place.
#pragma once

#include <string>
#include <vector>

#include "tools/capture/corpus.h"
#include "tools/capture/golden_store.h"
#include "tools/capture/run_context.h"
#include "tools/capture/session.h"

namespace specconf::capture {

int run_probe(const std::vector<std::string>& args);

// Probes the prepared session's profile and writes golden/hosts/<profile>.json when its content
// changed. Donors get new ids in every session: `renames` maps each id of the previous file (donor
// container, pod, pod infra container) to the same donor's id now, for records that embed them.
// Returns "" or an error.
std::string probe_and_write(const ProfileSession& session, const Corpus& corpus, const CommonOptions& options,
                            const std::string& podman_package, IdRenames& renames, std::string& what_happened);

}  // namespace specconf::capture
