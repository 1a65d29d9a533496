// Generated request bodies (SpecGenerator JSON, the body of POST /libpod/containers/create).
// A request is a list of top-level fields drawn from a table (one row per SpecGenerator field podman's
// create path reads, valid and invalid values alike) plus, half of the time, a scenario: a few fields set
// together to reach a corner no independent draw reaches often (net host with a new user namespace, a
// gid map ending just before gid 5, ipc=host in a user namespace, ...). Fields shrink away one by one
// towards the empty request {} and each value towards its table's first (simplest) entry.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <rapidcheck.h>

#include "properties/generators/palette.h"
#include "reference/model/host_profile.h"

namespace specconf::props::gen {

struct Field {
  std::string key;
  nlohmann::json value;
};

struct Request {
  std::vector<Field> fields;  // distinct keys, table order, scenario fields last
  std::string scenario;       // the scenario drawn ("" for none): for RC_TAG and readers

  nlohmann::json to_json() const;  // the body as a JSON object
  std::string body() const;        // compact JSON, UTF-8
};

// Which request field rows and scenarios exist, for the README.
std::vector<std::string> request_field_keys();
std::vector<std::string> scenario_names();

// What the request generator knows of the host it aims at: scenarios that only make sense on some hosts
// (keep-id, no-map and pasta need rootless, pasta the seed engine, the cgroup-permission corners cgroup
// v2, the userns /dev/mqueue bind a host /dev/mqueue) weigh more there, so fewer draws are wasted on
// requests podman rejects for the host alone. Any request can still be drawn on any host.
struct HostTraits {
  bool rootless = false;
  bool seed = false;        // engine aa47e05ae4
  bool cgroup_v2 = false;
  bool dev_mqueue = false;  // the host has /dev/mqueue
  bool ambient = true;      // ambient capabilities supported

  bool operator<(const HostTraits& o) const;
};
HostTraits traits_of(const host::HostProfile& h);

// Requests that refer only to what the palette offers (plus its one missing path).
rc::Gen<Request> gen_request(const Palette& palette, const HostTraits& traits = {});

}  // namespace specconf::props::gen
