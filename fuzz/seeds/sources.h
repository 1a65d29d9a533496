// What the seed corpora are derived from: the request bodies of corpus/specgen, the captured host
// profiles of golden/hosts and the golden records of golden/<profile>/, read from the paths given.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace specconf::fuzz::seeds {

struct Sources {
  std::map<std::string, std::string> bodies;  // case name → body bytes
  std::map<std::string, std::string> hosts;   // profile name → HostProfile JSON text (name order = fuzz index)
  // profile name → case name → the record (key order kept: an OCI spec's bytes are in Go's field order)
  std::map<std::string, std::map<std::string, nlohmann::ordered_json>> records;
};

// Sorts each path by where it sits: .../corpus/specgen/<case>.json, .../golden/hosts/<profile>.json,
// .../golden/<profile>/<case>.json; anything else is ignored. Exits with a message on unreadable files.
Sources read_sources(const std::vector<std::string>& paths);

}  // namespace specconf::fuzz::seeds
