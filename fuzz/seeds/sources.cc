#include "fuzz/seeds/sources.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace specconf::fuzz::seeds {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "make_seeds: cannot read %s\n", path.c_str());
    std::exit(2);
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// "a/b/c.json" → {"b", "c"}.
std::pair<std::string, std::string> dir_and_stem(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  const std::string file = path.substr(slash + 1);
  const std::string stem = file.size() > 5 ? file.substr(0, file.size() - 5) : file;
  if (slash == std::string::npos || slash == 0) return {"", stem};
  const std::size_t prev = path.rfind('/', slash - 1);
  return {path.substr(prev == std::string::npos ? 0 : prev + 1, slash - (prev == std::string::npos ? 0 : prev + 1)), stem};
}

bool has(const std::string& path, const char* part) { return path.find(part) != std::string::npos; }

}  // namespace

Sources read_sources(const std::vector<std::string>& paths) {
  Sources s;
  for (const std::string& p : paths) {
    if (p.size() < 5 || p.compare(p.size() - 5, 5, ".json") != 0) continue;
    const auto [dir, stem] = dir_and_stem(p);
    if (has(p, "corpus/specgen/")) {
      s.bodies[stem] = read_file(p);
    } else if (has(p, "golden/hosts/")) {
      s.hosts[stem] = read_file(p);
    } else if (has(p, "golden/")) {
      auto doc = nlohmann::ordered_json::parse(read_file(p), nullptr, false);
      if (doc.is_discarded()) {
        std::fprintf(stderr, "make_seeds: %s is not JSON\n", p.c_str());
        std::exit(2);
      }
      s.records[dir][stem] = std::move(doc);
    }
  }
  return s;
}

}  // namespace specconf::fuzz::seeds
