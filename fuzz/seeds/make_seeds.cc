// Build tool: derives one fuzz target's seed corpus from corpus/ and golden/, so the goldens stay the
// only copy of that data. Bazel runs it per target (fuzz/fuzz_target.bzl), OSS-Fuzz's build.sh runs it
// before zipping the seeds.
//   make_seeds KIND OUTDIR FILE...
// KIND is a fuzz target name without "_fuzzer"; FILEs are corpus/specgen/*.json, golden/hosts/*.json
// and golden/<profile>/*.json (whichever the kind uses). Each seed is laid out as
// fuzz/common/input_formats.h says for that target.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz/common/input_formats.h"
#include "fuzz/seeds/sources.h"

namespace specconf::fuzz::seeds {
namespace {

using Json = nlohmann::ordered_json;

class Writer {
 public:
  explicit Writer(std::filesystem::path dir) : dir_(std::move(dir)) { std::filesystem::create_directories(dir_); }

  // Identical seeds are written once; names keep only characters that are safe in any file system.
  void add(const std::string& label, const std::string& bytes) {
    if (!seen_.insert(bytes).second) return;
    std::string name;
    for (char c : label) name += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') ? c : '_';
    if (name.size() > 120) name.resize(120);
    name += "-" + std::to_string(count_++);
    std::ofstream out(dir_ / name, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::fprintf(stderr, "make_seeds: cannot write %s\n", (dir_ / name).c_str());
      std::exit(2);
    }
  }
  std::size_t count() const { return count_; }

 private:
  std::filesystem::path dir_;
  std::set<std::string> seen_;
  std::size_t count_ = 0;
};

std::vector<std::string> host_names(const Sources& s) {
  std::vector<std::string> names;
  for (const auto& [name, text] : s.hosts) names.push_back(name);
  return names;
}

Json host_json(const Sources& s, const std::string& name) { return Json::parse(s.hosts.at(name)); }

// Every body on every built-in host; then host overlays: one section of another captured host over
// each base, with a spread of bodies.
void specgen_create(const Sources& s, Writer& w) {
  const auto names = host_names(s);
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (const auto& [c, body] : s.bodies) w.add(names[i] + "--" + c, join_create_input(static_cast<std::uint8_t>(i), "", body));
  }
  std::vector<const std::string*> spread;
  std::size_t k = 0;
  for (const auto& [c, body] : s.bodies)
    if (k++ % 50 == 0) spread.push_back(&body);
  for (std::size_t i = 0; i < names.size(); ++i) {
    const Json base = host_json(s, names[i]);
    for (std::size_t j = 0; j < names.size(); ++j) {
      const Json other = host_json(s, names[j]);
      for (const char* section : {"identity", "cgroups", "capabilities", "limits", "apparmor", "seccomp", "containers_conf"}) {
        if (!other.contains(section) || base.value(section, Json()) == other[section]) continue;
        const std::string overlay = Json{{section, other[section]}}.dump();
        for (const std::string* body : spread) {
          w.add(names[i] + "+" + section + "-of-" + names[j],
                join_create_input(static_cast<std::uint8_t>(kOverlayFlag | i), overlay, *body));
        }
      }
    }
  }
}

void specgen_json(const Sources& s, Writer& w) {
  for (const auto& [c, body] : s.bodies) w.add(c, body);
}

// Whole profiles, and each section alone (small seeds mutate faster).
void host_profile_json(const Sources& s, Writer& w) {
  for (const auto& [name, text] : s.hosts) {
    w.add(name, text);
    const Json doc = Json::parse(text);
    for (const auto& [key, value] : doc.items()) w.add(name + "." + key, Json{{key, value}}.dump());
  }
}

void oci_spec_json(const Sources& s, Writer& w) {
  for (const auto& [profile, cases] : s.records) {
    for (const auto& [c, record] : cases) {
      if (record.contains("spec")) w.add(profile + "--" + c, record["spec"].dump());
    }
  }
}

// Per case, the records of two profiles (specs, or whole records when one side is an error), so that
// both compare_specs and compare_results see real differences.
void semantic_diff(const Sources& s, Writer& w) {
  std::vector<std::string> profiles;
  for (const auto& [p, cases] : s.records) profiles.push_back(p);
  if (profiles.size() < 2) return;
  std::size_t k = 0;
  for (const auto& [c, first] : s.records.at(profiles[0])) {
    const std::string& other = profiles[1 + k++ % (profiles.size() - 1)];
    const auto it = s.records.at(other).find(c);
    if (it == s.records.at(other).end()) continue;
    const Json& second = it->second;
    const bool specs = first.contains("spec") && second.contains("spec");
    const std::string a = specs ? first["spec"].dump() : first.dump();
    const std::string b = specs ? second["spec"].dump() : second.dump();
    w.add(c + "--" + profiles[0] + "-vs-" + other, a + std::string(1, '\0') + b);
  }
}

std::uint64_t capability_mask(const Json& names) {
  std::uint64_t mask = 0;
  for (const auto& n : names) {
    for (std::size_t i = 0; i < kCapabilityNames.size(); ++i)
      if (n.is_string() && n.get<std::string>() == kCapabilityNames[i]) mask |= std::uint64_t{1} << i;
  }
  return mask;
}

// The seccomp profiles the captured hosts hold (the default one and the corpus's edge cases), each for
// a few arches and bounding sets.
void seccomp_profile(const Sources& s, Writer& w) {
  if (s.hosts.empty()) return;
  const Json host = host_json(s, s.hosts.begin()->first);
  const std::uint64_t masks[] = {capability_mask(host["containers_conf"]["default_capabilities"]),
                                 capability_mask(host["capabilities"]["bounding"]), 0};
  for (const auto& [path, fact] : host["files"].items()) {
    if (path.find("seccomp") == std::string::npos || !fact.contains("content")) continue;
    for (std::uint8_t arch = 0; arch < 3; ++arch) {
      for (std::size_t m = 0; m < std::size(masks); ++m) {
        std::string bytes(1, static_cast<char>(arch));
        for (int b = 0; b < 8; ++b) bytes.push_back(static_cast<char>(masks[m] >> (8 * b)));
        bytes += fact["content"].get<std::string>();
        w.add(path + "-" + std::string(kNativeArches[arch]) + "-caps" + std::to_string(m), bytes);
      }
    }
  }
}

// Mount sources and option lists from the requests and from what podman stored, on a root and a
// rootless host.
void process_options(const Sources& s, Writer& w) {
  const auto add_mount = [&](const std::string& label, const Json& m) {
    if (!m.is_object()) return;
    const bool tmpfs = m.value("type", "") == "tmpfs";
    std::string text = m.value("source", "");
    for (const auto& o : m.value("options", Json::array()))
      if (o.is_string()) text += "\n" + o.get<std::string>();
    for (std::uint8_t host : {0, 2}) w.add(label, std::string(1, static_cast<char>(host << 1 | tmpfs)) + text);
  };
  for (const auto& [c, body] : s.bodies) {
    const Json doc = Json::parse(body, nullptr, false);
    if (doc.is_object() && doc.contains("mounts") && doc["mounts"].is_array())
      for (const auto& m : doc["mounts"]) add_mount(c, m);
  }
  for (const auto& [profile, cases] : s.records) {
    for (const auto& [c, record] : cases) {
      if (record.contains("spec") && record["spec"].contains("mounts"))
        for (const auto& m : record["spec"]["mounts"]) add_mount(profile + "--" + c, m);
    }
  }
}

// Device specifications from the requests and from containers.conf, and the host's device nodes and
// directories with a destination and a mode, for a root and a rootless host.
void parse_device(const Sources& s, Writer& w) {
  std::set<std::string> specs;
  for (const auto& [c, body] : s.bodies) {
    const Json doc = Json::parse(body, nullptr, false);
    if (doc.is_object() && doc.contains("devices") && doc["devices"].is_array())
      for (const auto& d : doc["devices"])
        if (d.is_object() && d.contains("path") && d["path"].is_string()) specs.insert(d["path"].get<std::string>());
  }
  for (const auto& [name, text] : s.hosts) {
    const Json host = Json::parse(text);
    for (const auto& d : host["containers_conf"].value("devices", Json::array())) specs.insert(d.get<std::string>());
    for (const auto& [path, fact] : host["files"].items()) {
      const std::string type = fact.value("type", "");
      if (type != "char" && type != "block" && !(type == "dir" && fact.contains("entries"))) continue;
      specs.insert(path);
      specs.insert(path + ":/dev/specconf:rw");
      specs.insert(path + ":m");
    }
  }
  for (const std::string& spec : specs)
    for (std::uint8_t host : {0, 2}) w.add(spec, std::string(1, static_cast<char>(host)) + spec);
}

}  // namespace
}  // namespace specconf::fuzz::seeds

int main(int argc, char** argv) {
  using namespace specconf::fuzz::seeds;
  if (argc < 3) {
    std::fprintf(stderr, "usage: make_seeds KIND OUTDIR FILE...\n");
    return 2;
  }
  const std::map<std::string, std::function<void(const Sources&, Writer&)>> kinds = {
      {"specgen_create", specgen_create}, {"specgen_json", specgen_json},     {"host_profile_json", host_profile_json},
      {"oci_spec_json", oci_spec_json},   {"semantic_diff", semantic_diff},   {"seccomp_profile", seccomp_profile},
      {"process_options", process_options}, {"parse_device", parse_device},
  };
  const auto kind = kinds.find(argv[1]);
  if (kind == kinds.end()) {
    std::fprintf(stderr, "make_seeds: unknown kind %s\n", argv[1]);
    return 2;
  }
  const Sources sources = read_sources(std::vector<std::string>(argv + 3, argv + argc));
  Writer w(argv[2]);
  kind->second(sources, w);
  if (w.count() == 0) {
    std::fprintf(stderr, "make_seeds: no %s seeds from the files given\n", argv[1]);
    return 2;
  }
  return 0;
}
