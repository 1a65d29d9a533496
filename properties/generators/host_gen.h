// Generated hosts: a captured profile plus a list of edited facts. The facts vary within what a real
// host can look like (rootless or root, cgroup v1 or v2, 1 to 70000 mapped gids, subuid/subgid shapes,
// bounding sets, both engine versions, containers.conf defaults, ...), and every edit names itself, so a
// counterexample reads "root-cgroupv1 with {gid_map_total: 4}". Edits shrink away towards the profile
// as captured.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <rapidcheck.h>

#include "reference/model/host_profile.h"

namespace specconf::props::gen {

// One changed fact: `fact` names a row of the fact table (host_facts() lists them), `value` its new value.
struct HostEdit {
  std::string fact;
  nlohmann::json value;
};

struct GeneratedHost {
  std::string base;              // the captured profile it starts from
  std::vector<HostEdit> edits;   // in fact-table order; empty: the captured profile unchanged
  std::shared_ptr<const host::HostProfile> profile;  // base with the edits applied

  // {"base": ..., "edits": {fact: value, ...}}: what a counterexample shows.
  nlohmann::json summary() const;
};

// The names of the facts a generated host may change, in table order, each with one line on why.
struct HostFact {
  const char* name;
  const char* what;
};
std::vector<HostFact> host_facts();

// Applies edits to a copy of the base profile. Throws std::invalid_argument for an unknown fact.
GeneratedHost make_host(const std::string& base, std::vector<HostEdit> edits);

// Any captured profile with any facts changed.
rc::Gen<GeneratedHost> gen_host();

// The same hosts as bare profiles, for properties that need no counterexample summary.
rc::Gen<host::HostProfile> gen_host_profile();

// The captured profile, unchanged (restricted mode: what a live podman on that host can run).
GeneratedHost captured_host(const std::string& base);

}  // namespace specconf::props::gen
