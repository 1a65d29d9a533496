#include "tools/engines/judge/cases.h"

#include <map>

namespace specconf::engine::judge {

const CaseSpace& space_for(const std::vector<CaseSpace>& spaces, std::uint64_t case_seed) {
  return spaces[case_seed % spaces.size()];
}

namespace {

// Building a generator copies its profile and tables: once per space kind, not once per draw.
const rc::Gen<props::gen::Case>& generator(const std::string& profile) {
  static std::map<std::string, rc::Gen<props::gen::Case>> cache;
  auto it = cache.find(profile);
  if (it == cache.end()) {
    it = cache.emplace(profile, profile.empty() ? props::gen::gen_case() : props::gen::gen_case_for(profile)).first;
  }
  return it->second;
}

}  // namespace

rc::Shrinkable<props::gen::Case> draw_case(const CaseSpace& space, std::uint64_t case_seed) {
  const rc::Random random(case_seed);
  auto drawn = generator(space.profile)(random, kDrawSize);
  if (!space.live_host) return drawn;
  if (!space.live_host) return drawn;
  const auto live = space.live_host;
  return rc::shrinkable::map(std::move(drawn), [live](props::gen::Case c) {
    c.host.profile = live;
    return c;
  });
}

namespace {

// Resolves symlinks through the profile (absolute targets, as the probe records them); "" when the
// path is not in the profile.
std::string resolved(const host::HostProfile& h, std::string path) {
  for (int hops = 0; hops < 40; ++hops) {
    const host::FileFact* f = h.file(path);
    if (!f) return "";
    if (f->type != "symlink") return path;
    path = f->target;
  }
  return "";
}

// The first directory at or below `dir` whose entries the profile does not record ("" if none).
std::string unrecorded_dir(const host::HostProfile& h, const std::string& dir, int depth = 0) {
  const host::FileFact* f = h.file(dir);
  if (!f || f->type != "dir") return "";
  if (!f->entries || depth > 64) return dir;
  for (const auto& name : *f->entries) {
    const std::string child = dir == "/" ? "/" + name : dir + "/" + name;
    if (std::string missing = unrecorded_dir(h, child, depth + 1); !missing.empty()) return missing;
  }
  return "";
}

}  // namespace

std::string unexpressible_on_live_host(const host::HostProfile& h, const specgen::SpecGenerator& s) {
  for (const auto& d : s.devices) {
    const std::string src = resolved(h, d.path.substr(0, d.path.find(':')));
    if (src.empty()) continue;
    if (std::string missing = unrecorded_dir(h, src); !missing.empty()) {
      return "device " + d.path + ": the profile does not record what " + missing + " holds";
    }
  }
  return "";
}

std::vector<CaseSpace> spaces_for(const std::vector<std::string>& profiles) {
  std::vector<CaseSpace> spaces;
  for (const auto& p : profiles) spaces.push_back({p, nullptr});
  if (spaces.empty()) spaces.push_back({});
  return spaces;
}

}  // namespace specconf::engine::judge
