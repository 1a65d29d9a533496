// A generated case: a host and a request for it. This is what property tests draw.
//   gen_case():            any captured profile with varied facts, and any request its palette allows;
//   gen_case_for(profile): restricted mode — the captured profile unchanged and requests that name only
//                          its paths, images and donors, so a live podman on that host can run them as is.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>
#include <rapidcheck.h>

#include "properties/generators/host_gen.h"
#include "properties/generators/request_gen.h"

namespace specconf::props::gen {

struct Case {
  GeneratedHost host;
  Request request;

  // {"host": {"base", "edits"}, "scenario": ..., "request": {...}}: the readable counterexample.
  nlohmann::json summary() const;
};

rc::Gen<Case> gen_case();
rc::Gen<Case> gen_case_for(const std::string& profile);
// Restricted mode on any profile (e.g. one `specconf probe` just took of a live host): its paths,
// images and donors only, the profile unchanged.
rc::Gen<Case> gen_case_on(std::shared_ptr<const host::HostProfile> profile);

// RapidCheck prints counterexamples with this.
void showValue(const Case& c, std::ostream& os);

}  // namespace specconf::props::gen
