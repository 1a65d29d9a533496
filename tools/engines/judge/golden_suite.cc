#include "tools/engines/judge/golden_suite.h"

#include <dirent.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "reference/model/host_profile_json.h"
#include "tools/diff/semantic_diff.h"
#include "reference/gojson/path_text.h"

namespace specconf::engine::judge {
namespace {

using nlohmann::json;

// An iterator type of its own, so that json::parse over it is instantiated here only and built with
// this library's -O2 (BUILD); over std::string it would share, and the linker may pick, -O0 copies
// from other libraries.
struct Byte {
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;
  const char* p;
  const char& operator*() const { return *p; }
  Byte& operator++() {
    ++p;
    return *this;
  }
  Byte operator++(int) { return Byte{p++}; }
  bool operator==(const Byte& o) const { return p == o.p; }
  bool operator!=(const Byte& o) const { return p != o.p; }
};

json parse_fast(const std::string& text) { return json::parse(Byte{text.data()}, Byte{text.data() + text.size()}); }

std::string read_file(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return path + ": cannot be read";
  std::stringstream ss;
  ss << f.rdbuf();
  out = ss.str();
  return "";
}

std::string list_records(const std::string& dir, std::vector<std::string>& cases) {
  DIR* d = opendir(dir.c_str());
  if (!d) return dir + ": no such directory (is the checkout complete? run from it or set SPECCONF_ROOT)";
  while (dirent* e = readdir(d)) {
    const std::string n = e->d_name;
    if (n.size() > 5 && n.compare(n.size() - 5, 5, ".json") == 0) cases.push_back(n.substr(0, n.size() - 5));
  }
  closedir(d);
  std::sort(cases.begin(), cases.end());
  return "";
}

// Donor ids of the profile the records were captured with -> the same donors' ids on the live host.
std::map<std::string, std::string> donor_renames(const host::HostProfile& recorded, const host::HostProfile& live) {
  std::map<std::string, std::string> ids_now;
  for (const auto& c : live.containers) ids_now["c:" + c.name] = c.id;
  for (const auto& p : live.pods) {
    ids_now["p:" + p.name] = p.id;
    ids_now["i:" + p.name] = p.infra_id;
  }
  std::map<std::string, std::string> renames;
  auto add = [&](const std::string& key, const std::string& old_id) {
    auto it = ids_now.find(key);
    if (it == ids_now.end() || old_id.empty() || it->second == old_id) return;
    renames[old_id] = it->second;
    if (old_id.size() > 12 && it->second.size() > 12) renames[old_id.substr(0, 12)] = it->second.substr(0, 12);
  };
  for (const auto& c : recorded.containers) add("c:" + c.name, c.id);
  for (const auto& p : recorded.pods) {
    add("p:" + p.name, p.id);
    add("i:" + p.name, p.infra_id);
  }
  return renames;
}

void apply_renames(const std::map<std::string, std::string>& renames, std::string& text) {
  // Longest first, so that a full id is never half-rewritten by its own 12-character prefix.
  std::vector<std::pair<std::string, std::string>> order(renames.begin(), renames.end());
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const auto& [from, to] : order) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  }
}

std::map<std::string, std::string> case_descriptions(const std::string& root) {
  std::map<std::string, std::string> out;
  std::string text;
  if (!read_file(root + "/corpus/cases.json", text).empty()) return out;
  try {
    // Named: a range-for over parse(text).items() would iterate a document already destroyed.
    const json cases = json::parse(text);
    for (const auto& [name, c] : cases.items()) out[name] = c.value("what", "");
  } catch (const json::exception&) {
  }
  return out;
}

}  // namespace

std::string run_golden(Engine& engine, const GoldenOptions& o, Group& out, Progress& progress) {
  out.name = "golden";
  out.title = "golden records";
  struct Item {
    std::string profile, case_name;
  };
  std::vector<Item> items;
  for (const auto& p : o.profiles) {
    if (!o.only.may_match_under("golden/" + p)) continue;
    std::vector<std::string> cases;
    if (std::string err = list_records(o.root + "/golden/" + p, cases); !err.empty()) return err;
    for (auto& c : cases) {
      if (o.only.matches("golden/" + p + "/" + c)) items.push_back({p, std::move(c)});
    }
  }
  const auto what = case_descriptions(o.root);
  std::map<std::string, host::HostProfile> hosts;
  std::map<std::string, std::map<std::string, std::string>> renames;
  for (const auto& p : o.profiles) {
    std::string text;
    if (std::string err = read_file(o.root + "/golden/hosts/" + p + ".json", text); !err.empty()) return err;
    std::string path;
    if (std::string err = host::from_go_json(text, hosts[p], &path); !err.empty()) {
      return o.root + "/golden/hosts/" + p + ".json: " + gojson::shown_path(path) + ": " + err;
    }
    if (const host::HostProfile* live = engine.fixed_host()) renames[p] = donor_renames(hosts[p], *live);
  }
  long done = 0;
  std::size_t profiles_seen = 0;
  std::string last_profile;
  for (const auto& it : items) {
    if (it.profile != last_profile) ++profiles_seen, last_profile = it.profile;
    progress.update("golden records", done++, static_cast<long>(items.size()));
    TestCase tc;
    tc.id = "golden/" + it.profile + "/" + it.case_name;
    if (auto w = what.find(it.case_name); w != what.end()) tc.title = w->second;
    tc.reproduce = o.reproduce + " --only " + tc.id;
    tc.checked = 1;
    const auto started = std::chrono::steady_clock::now();
    std::string record_text, body;
    const std::string record_path = o.root + "/golden/" + it.profile + "/" + it.case_name + ".json";
    if (std::string err = read_file(record_path, record_text); !err.empty()) return err;
    if (std::string err = read_file(o.root + "/corpus/specgen/" + it.case_name + ".json", body); !err.empty()) return err;
    if (auto r = renames.find(it.profile); r != renames.end()) apply_renames(r->second, record_text);
    json record;
    try {
      record = parse_fast(record_text);
    } catch (const json::exception& e) {
      return record_path + ": not JSON: " + e.what();
    }
    const host::HostProfile* h = engine.fixed_host() ? engine.fixed_host() : &hosts[it.profile];
    const Result result = engine.run({h, body});
    if (result.kind == Result::Kind::kFault) {
      tc.failed = true;
      tc.failures = 1;
      tc.message = "engine fault: " + result.fault;
    } else {
      // Parsed here rather than by Result::to_json, so that this library's optimisation (BUILD) applies.
      const json actual = result.kind == Result::Kind::kSpec ? json{{"spec", parse_fast(result.spec_json)}}
                                                            : json{{"error", result.error}};
      const auto diffs = diff::compare_results(record, actual);
      if (!diffs.empty()) {
        tc.failed = true;
        tc.failures = 1;
        tc.message = std::to_string(diffs.size()) + " difference" + (diffs.size() == 1 ? "" : "s") +
                     " from what podman stored (expected = podman, actual = engine)";
        for (const auto& d : diffs) tc.details.push_back(diff::format_difference(d));
      }
    }
    tc.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    out.cases.push_back(std::move(tc));
  }
  progress.update("golden records", done, static_cast<long>(items.size()));
  out.note = std::to_string(profiles_seen) + " profile" + (profiles_seen == 1 ? "" : "s") + ", podman 4.3.1";
  return "";
}

}  // namespace specconf::engine::judge
