// What the catalog's tests share: the captured host profiles, golden records with their requests, and a
// Judged built from them or from hand-written specs.
#pragma once

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "properties/catalog/catalog.h"
#include "properties/catalog/outcome.h"
#include "reference/model/host_profile_json.h"
#include "reference/model/oci_spec_json.h"
#include "reference/model/specgen_json.h"

namespace specconf::props::testing {

inline std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

inline std::vector<std::string> list_dir(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d))
      if (e->d_name[0] != '.') out.emplace_back(e->d_name);
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline const host::HostProfile& profile(const std::string& name) {
  static std::map<std::string, std::unique_ptr<host::HostProfile>> cache;
  auto& slot = cache[name];
  if (!slot) {
    slot = std::make_unique<host::HostProfile>();
    host::from_go_json(read_file("golden/hosts/" + name + ".json"), *slot);
  }
  return *slot;
}

// One request and one outcome on one host, owning everything a Judged points at.
struct Case {
  const host::HostProfile* host = nullptr;
  std::string body;
  std::optional<specgen::SpecGenerator> specgen;
  Outcome outcome;

  Judged judged() const {
    return Judged{*host, body, specgen ? &*specgen : nullptr, outcome.spec ? &*outcome.spec : nullptr,
                  outcome.spec_json, outcome.error};
  }
  // Re-serialises the (edited) spec so that the schema sees the edit too.
  void respec() { outcome.spec_json = oci::to_go_json(*outcome.spec); }
};

inline void decode_body(Case& c) {
  specgen::SpecGenerator s;
  if (specgen::from_go_json(c.body, s).empty()) c.specgen = std::move(s);
}

// golden/<profile>/<name>.json with corpus/specgen/<name>.json.
inline Case golden_case(const std::string& profile_name, const std::string& name) {
  Case c;
  c.host = &profile(profile_name);
  c.body = read_file("corpus/specgen/" + name + ".json");
  decode_body(c);
  parse_outcome(read_file("golden/" + profile_name + "/" + name + ".json"), c.outcome);
  return c;
}

// A request body and a spec, both hand-written JSON.
inline Case synthetic_case(const std::string& profile_name, const std::string& body, const std::string& spec_json) {
  Case c;
  c.host = &profile(profile_name);
  c.body = body;
  decode_body(c);
  parse_outcome(spec_json, c.outcome);
  return c;
}

inline std::vector<Violation> violations_of(const Case& c, const std::string& id) {
  std::vector<Violation> out;
  for (auto& v : check_all(c.judged()))
    if (v.id == id) out.push_back(v);
  return out;
}

// The check of one invariant: its message, or nothing when it holds.
inline std::optional<std::string> run(const std::string& id, const Case& c) {
  const Invariant* inv = find_invariant(id);
  if (!inv) return "no invariant " + id;
  return inv->check(c.judged());
}

}  // namespace specconf::props::testing
