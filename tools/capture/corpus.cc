#include "tools/capture/corpus.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tools/capture/atomic_file.h"
#include "tools/capture/profiles.h"

namespace specconf::capture {
namespace {

using nlohmann::json;

bool exists(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0;
}

std::string list_dir(const std::string& dir, const std::string& suffix, std::vector<std::string>& names) {
  names.clear();
  DIR* d = opendir(dir.c_str());
  if (!d) return "";  // a missing directory is an empty one
  while (dirent* e = readdir(d)) {
    const std::string n = e->d_name;
    if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0)
      names.push_back(n.substr(0, n.size() - suffix.size()));
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  return "";
}

std::string parse_json_file(const std::string& path, json& out) {
  std::string text;
  if (std::string err = read_file(path, text); !err.empty()) return err;
  try {
    out = json::parse(text);
  } catch (const std::exception& e) {
    return path + ": " + e.what();
  }
  return "";
}

// Everything hostfs.json creates must stay inside /srv/specconf: the tool removes that tree afterwards.
bool inside_hostfs_root(const std::string& path) {
  const std::string root = std::string(kHostFsRoot) + "/";
  if (path.compare(0, root.size(), root) != 0 || path.size() == root.size()) return false;
  std::stringstream ss(path.substr(root.size()));
  std::string part;
  while (std::getline(ss, part, '/')) {
    if (part.empty() || part == "." || part == "..") return false;
  }
  return true;
}

std::string load_cases(const std::string& dir, Corpus& c) {
  std::vector<std::string> names;
  list_dir(dir + "/specgen", ".json", names);
  json index = json::object();
  const std::string index_path = dir + "/cases.json";
  if (exists(index_path)) {
    if (std::string err = parse_json_file(index_path, index); !err.empty()) return err;
    if (!index.is_object()) return index_path + ": not a JSON object";
  } else if (!names.empty()) {
    c.warnings.push_back(index_path + " is missing: every case runs on every profile");
  }
  for (const auto& name : names) {
    CorpusCase cc;
    cc.name = name;
    if (std::string err = read_file(dir + "/specgen/" + name + ".json", cc.body); !err.empty()) return err;
    if (index.contains(name)) {
      const json& entry = index[name];
      if (entry.contains("profiles")) {
        if (!entry["profiles"].is_array()) return index_path + ": " + name + ".profiles is not a list";
        std::string csv;
        for (const auto& p : entry["profiles"]) {
          if (!p.is_string()) return index_path + ": " + name + ".profiles holds a non-string";
          csv += p.get<std::string>() + ",";
        }
        if (std::string err = parse_profile_list(csv, cc.profiles); !err.empty())
          return index_path + ": " + name + ": " + err;
      }
    } else if (!index.empty()) {
      c.warnings.push_back("specgen/" + name + ".json has no entry in cases.json");
    }
    c.cases.push_back(std::move(cc));
  }
  for (const auto& item : index.items()) {
    if (!std::binary_search(names.begin(), names.end(), item.key()))
      c.warnings.push_back("cases.json names \"" + item.key() + "\" but specgen/" + item.key() + ".json is missing");
  }
  return "";
}

std::string load_images(const std::string& dir, Corpus& c) {
  std::vector<std::string> names;
  list_dir(dir + "/images", ".json", names);
  for (const auto& name : names) {
    const std::string path = dir + "/images/" + name + ".json";
    json j;
    if (std::string err = parse_json_file(path, j); !err.empty()) return err;
    CorpusImage img;
    img.name = name;
    if (j.contains("changes")) {
      if (!j["changes"].is_array()) return path + ": \"changes\" is not a list";
      for (const auto& ch : j["changes"]) {
        if (!ch.is_string()) return path + ": \"changes\" holds a non-string";
        img.changes.push_back(ch.get<std::string>());
      }
    }
    c.images.push_back(std::move(img));
  }
  if (!c.images.empty() && !exists(c.rootfs_dir())) return c.rootfs_dir() + " is missing (the images' rootfs)";
  return "";
}

std::string load_hostfs(const std::string& dir, Corpus& c) {
  const std::string path = dir + "/hostfs.json";
  if (!exists(path)) return "";
  json j;
  if (std::string err = parse_json_file(path, j); !err.empty()) return err;
  if (!j.is_array()) return path + ": not a list";
  static const std::set<std::string> kTypes = {"dir", "file", "char", "block", "symlink", "fifo"};
  for (const auto& e : j) {
    HostFsEntry h;
    try {
      h.path = e.at("path").get<std::string>();
      h.type = e.at("type").get<std::string>();
      h.from = e.value("from", "");
      h.major = e.value("major", 0L);
      h.minor = e.value("minor", 0L);
      h.target = e.value("target", "");
      if (e.contains("mode")) h.mode = static_cast<unsigned>(std::stoul(e["mode"].get<std::string>(), nullptr, 8));
    } catch (const std::exception& ex) {
      return path + ": bad entry " + e.dump() + ": " + ex.what();
    }
    if (!inside_hostfs_root(h.path)) return path + ": " + h.path + " is not a plain path under /srv/specconf/";
    if (!kTypes.count(h.type)) return path + ": " + h.path + ": unknown type \"" + h.type + "\"";
    if (h.type == "symlink" && h.target.empty()) return path + ": " + h.path + ": symlink without target";
    if (h.type == "file" && !h.from.empty()) {
      std::string rel = h.from.rfind("corpus/", 0) == 0 ? h.from.substr(7) : h.from;
      h.from = dir + "/" + rel;
      if (!exists(h.from)) return path + ": " + h.path + ": content file " + h.from + " is missing";
    }
    c.hostfs.push_back(std::move(h));
  }
  return "";
}

std::string load_donors(const std::string& dir, Corpus& c) {
  const std::string path = dir + "/donors.json";
  if (!exists(path)) return "";
  json j;
  if (std::string err = parse_json_file(path, j); !err.empty()) return err;
  if (!j.is_array()) return path + ": not a list";
  std::set<std::string> seen;
  for (const auto& e : j) {
    Donor d;
    if (!e.is_object() || !e.contains("kind") || !e.contains("name") || !e["kind"].is_string() ||
        !e["name"].is_string())
      return path + ": entry without kind or name: " + e.dump();
    d.kind = e["kind"];
    d.name = e["name"];
    if (d.kind != "container" && d.kind != "pod") return path + ": " + d.name + ": unknown kind \"" + d.kind + "\"";
    if (!seen.insert(d.name).second) return path + ": donor name \"" + d.name + "\" used twice";
    json spec = e.value("specgen", json::object());
    if (!spec.is_object()) return path + ": " + d.name + ": specgen is not an object";
    if (!spec.contains("name")) spec["name"] = d.name;
    if (spec["name"] != d.name) return path + ": " + d.name + ": specgen names \"" + spec["name"].dump() + "\"";
    d.specgen = spec.dump();
    c.donors.push_back(std::move(d));
  }
  return "";
}

std::string load_host_paths(const std::string& dir, Corpus& c) {
  const std::string path = dir + "/host_paths.txt";
  if (!exists(path)) return "";
  std::string text;
  if (std::string err = read_file(path, text); !err.empty()) return err;
  std::stringstream ss(text);
  std::string line;
  while (std::getline(ss, line)) {
    const auto hash = line.find('#');
    if (hash != std::string::npos) line.erase(hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.pop_back();
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    line = line.substr(start);
    if (line[0] != '/') return path + ": \"" + line + "\" is not an absolute path";
    c.host_paths.push_back(line);
  }
  return "";
}

}  // namespace

bool CorpusCase::runs_on(const std::string& profile) const {
  return profiles.empty() || std::find(profiles.begin(), profiles.end(), profile) != profiles.end();
}

std::string load_corpus(const std::string& dir, Corpus& out) {
  out = Corpus{};
  out.dir = dir;
  struct stat st {};
  if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return "corpus directory " + dir + " not found";
  for (auto* step : {load_cases, load_images, load_hostfs, load_donors, load_host_paths}) {
    if (std::string err = step(dir, out); !err.empty()) return err;
  }
  return "";
}

std::string select_cases(const std::vector<std::string>& names, Corpus& corpus) {
  std::vector<CorpusCase> kept;
  for (const auto& n : names) {
    auto it = std::find_if(corpus.cases.begin(), corpus.cases.end(), [&](const CorpusCase& c) { return c.name == n; });
    if (it == corpus.cases.end()) return "no case \"" + n + "\" in " + corpus.dir + "/specgen/";
    if (std::none_of(kept.begin(), kept.end(), [&](const CorpusCase& c) { return c.name == n; })) kept.push_back(*it);
  }
  std::sort(kept.begin(), kept.end(), [](const CorpusCase& a, const CorpusCase& b) { return a.name < b.name; });
  corpus.cases = std::move(kept);
  return "";
}

}  // namespace specconf::capture
