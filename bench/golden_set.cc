#include "bench/golden_set.h"

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "reference/model/host_profile_json.h"
#include "reference/model/oci_spec_json.h"
#include "reference/pipeline/create.h"

namespace specconf::bench {
namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::stringstream ss;
  ss << f.rdbuf();
  out = ss.str();
  return true;
}

std::vector<std::string> json_stems(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.size() > 5 && n.compare(n.size() - 5, 5, ".json") == 0) out.push_back(n.substr(0, n.size() - 5));
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string load_golden_set(const std::string& root, GoldenSet& out) {
  // The profiles are read next to the records rather than taken from golden/builtin_hosts.h, so that a
  // snapshot of golden/ and corpus/ (SPECCONF_ROOT) compares two builds on exactly the same inputs.
  for (const std::string& name : json_stems(root + "/golden/hosts")) {
    std::string text;
    if (!read_file(root + "/golden/hosts/" + name + ".json", text)) return "cannot read host profile " + name;
    auto h = std::make_unique<host::HostProfile>();
    if (std::string err = host::from_go_json(text, *h); !err.empty()) return "host profile " + name + ": " + err;
    const host::HostProfile* hp = h.get();
    out.hosts.emplace(name, std::move(h));
    const std::string dir = root + "/golden/" + name;
    for (const std::string& case_name : json_stems(dir)) {
      GoldenCase c{name, case_name, hp, "", nullptr, false};
      std::string record;
      if (!read_file(dir + "/" + case_name + ".json", record)) return "cannot read " + dir + "/" + case_name + ".json";
      const std::string body_path = root + "/corpus/specgen/" + case_name + ".json";
      if (!read_file(body_path, c.body)) return "cannot read " + body_path;
      nlohmann::json r = nlohmann::json::parse(record, nullptr, false);
      if (r.is_discarded()) return dir + "/" + case_name + ".json: not JSON";
      c.accepted = r.contains("spec");
      c.expected = std::move(c.accepted ? r["spec"] : r["error"]);
      out.records.push_back(std::move(c));
    }
  }
  if (out.records.empty()) return "no golden records below " + root + " (run from the checkout, or with bazel run)";
  return "";
}

std::size_t generate(const GoldenCase& c) {
  const ref::CreateResult r = ref::create_container(*c.host, c.body);
  if (r.ok()) return oci::to_go_json(*r.spec).size();
  return r.error.size();
}

std::size_t floor(const GoldenCase& c) {
  const nlohmann::json request = nlohmann::json::parse(c.body, nullptr, false);
  return c.expected.dump().size() + request.size();
}

bool same_outcome_kind(const GoldenCase& c) {
  return ref::create_container(*c.host, c.body).ok() == c.accepted;
}

}  // namespace specconf::bench
