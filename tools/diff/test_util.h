// Helpers shared by the diff tests: the real podman specs in testdata/ and ways to permute them.
#pragma once

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace specconf::diff::testing {

using nlohmann::json;

inline json load_example(const std::string& name) {
  std::ifstream f("tools/diff/testdata/" + name, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return json::parse(ss.str());
}

inline const std::vector<std::string>& example_names() {
  static const std::vector<std::string> names = {
      "t1.json",       "out_mounts.json",   "out_misc.json", "out_usernshost.json",
      "out_priv.json", "out_imgtmpfs.json", "out_init.json",
  };
  return names;
}

// Fixed seeds: a failure names the same permutation on every run.
inline void shuffle_range(json& array, std::size_t begin, std::size_t end, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<json> items(array.begin() + begin, array.begin() + end);
  std::shuffle(items.begin(), items.end(), rng);
  for (std::size_t i = begin; i < end; ++i) array[i] = items[i - begin];
}

// Moves array[from] so that it ends up at index `to`.
inline void move_item(json& array, std::size_t from, std::size_t to) {
  json item = array[from];
  array.erase(array.begin() + from);
  array.insert(array.begin() + to, item);
}

// "dest type source" -> a mount as Go writes it (empty type or source omitted).
inline json mount(const std::string& dest_type_source) {
  std::istringstream in(dest_type_source);
  std::string dest, type, source;
  in >> dest >> type >> source;
  json m = {{"destination", dest}};
  if (!type.empty()) m["type"] = type;
  if (!source.empty()) m["source"] = source;
  m["options"] = json::array({"rprivate"});
  return m;
}

inline json mounts(const std::vector<std::string>& specs) {
  json out = json::array();
  for (const auto& s : specs) out.push_back(mount(s));
  return out;
}

}  // namespace specconf::diff::testing
