#include <functional>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <rapidcheck.h>

#include "properties/generators/case_gen.h"
#include "properties/generators/choice.h"
#include "properties/generators/profiles.h"
#include "reference/model/host_profile_json.h"

namespace specconf::props::gen {
namespace {

using nlohmann::json;

// Draws `n` values from a fixed seed: the same values on every run.
template <class T>
std::vector<T> draw(const rc::Gen<T>& g, int n, std::uint64_t seed = 1) {
  std::vector<T> out;
  rc::Random r(seed);
  for (int i = 0; i < n; ++i) out.push_back(g(r.split(), 50).value());
  return out;
}

// RapidCheck's shrink search done by hand: take the first shrink that still fails, until none does.
template <class T>
T minimal(const rc::Gen<T>& g, const std::function<bool(const T&)>& fails, std::uint64_t seed) {
  rc::Random r(seed);
  for (int attempt = 0; attempt < 10000; ++attempt) {
    rc::Shrinkable<T> s = g(r.split(), 50);
    if (!fails(s.value())) continue;
    for (bool progressed = true; progressed;) {
      progressed = false;
      for (auto shrinks = s.shrinks(); auto next = shrinks.next();) {
        if (fails(next->value())) {
          s = *next;
          progressed = true;
          break;
        }
      }
    }
    return s.value();
  }
  ADD_FAILURE() << "no failing value drawn";
  return g(r, 50).value();
}

TEST(Choice, WeightedIndexDrawsEveryOptionAndShrinksToTheFirst) {
  const auto g = weighted_index({1, 1, 8});
  std::set<std::size_t> seen;
  for (std::size_t i : draw(g, 300)) seen.insert(i);
  EXPECT_EQ(seen, (std::set<std::size_t>{0, 1, 2}));
  const auto smallest = minimal<std::size_t>(g, [](const std::size_t&) { return true; }, 7);
  EXPECT_EQ(smallest, 0u);
}

TEST(Choice, ChoicesIgnoreTheSizeRapidCheckStartsWith) {
  // At size 0 RapidCheck's own sized generators return their minimum; these must not.
  const auto g = pick_of<int>({1, 2, 3});
  std::set<int> seen;
  rc::Random r(3);
  for (int i = 0; i < 100; ++i) seen.insert(g(r.split(), 0).value());
  EXPECT_EQ(seen.size(), 3u);
}

TEST(Choice, ListLengthsStayWithinTheirBound) {
  for (const auto& v : draw(list_of(3, pick_of<int>({1, 2})), 200)) EXPECT_LE(v.size(), 3u);
  for (const auto& v : draw(nonempty_list_of(3, pick_of<int>({1, 2})), 200)) {
    EXPECT_GE(v.size(), 1u);
    EXPECT_LE(v.size(), 3u);
  }
}

TEST(Choice, GeneratorsAreSafeAtSizesBeyondRapidChecksBitStreamLimit) {
  // Debian's librapidcheck shifts a 64-bit value by 65 bits once a sized generator sees size > 100
  // (BitStream::nextWithSize, fixed upstream in PR #290). Under --config=ubsan this aborts if any
  // generator here lets RapidCheck's size reach a sized integer generator.
  rc::Random r(9);
  for (int size : {0, 64, 100, 101, 200, 1000}) {
    for (int i = 0; i < 20; ++i) {
      const Case c = gen_case()(r.split(), size).value();
      EXPECT_TRUE(json::parse(c.request.body()).is_object());
    }
  }
}

TEST(HostGen, GeneratedHostsRoundTripThroughTheProfileFormat) {
  // `specconf generate --host FILE` must read back exactly the host a counterexample ran on.
  for (const auto& h : draw(gen_host(), 200)) {
    const std::string text = host::to_go_json(*h.profile);
    host::HostProfile back;
    ASSERT_EQ(host::from_go_json(text, back), "") << h.summary().dump();
    EXPECT_EQ(host::to_go_json(back), text);
  }
}

TEST(HostGen, EveryFactGetsEditedAndEveryProfileUsed) {
  std::set<std::string> facts, bases;
  for (const auto& h : draw(gen_host(), 2000)) {
    bases.insert(h.base);
    for (const auto& e : h.edits) facts.insert(e.fact);
  }
  EXPECT_EQ(bases.size(), captured_profiles().size());
  for (const auto& f : host_facts()) EXPECT_TRUE(facts.count(f.name)) << f.name;
}

TEST(HostGen, GidCountsSpanOneToSeventyThousand) {
  std::uint64_t lo = ~0ULL, hi = 0;
  for (const auto& h : draw(gen_host(), 3000)) {
    for (const auto& e : h.edits) {
      if (e.fact != "gid_map_total") continue;
      lo = std::min(lo, e.value.get<std::uint64_t>());
      hi = std::max(hi, e.value.get<std::uint64_t>());
    }
  }
  EXPECT_EQ(lo, 1u);
  EXPECT_GE(hi, 65537u);
  EXPECT_LE(hi, 70000u);
}

TEST(HostGen, EditsApplyTheirFact) {
  const GeneratedHost h = make_host("root-cgroupv1", {{"rootless", true}, {"gid_map_total", 4}, {"cgroup_version", 2},
                                                      {"engine", "aa47e05ae4"}, {"dev_mqueue", true}, {"ambient", false}});
  EXPECT_TRUE(h.profile->identity.rootless);
  EXPECT_EQ(h.profile->identity.gid_map_total, 4u);
  EXPECT_EQ(h.profile->cgroups.version, 2);
  EXPECT_EQ(h.profile->engine, "aa47e05ae4");
  EXPECT_NE(h.profile->file("/dev/mqueue"), nullptr);
  EXPECT_FALSE(h.profile->capabilities.ambient);
  EXPECT_EQ(h.profile->apparmor.default_profile, "containers-default-0.50.2-dev");
  EXPECT_THROW(make_host("root-cgroupv1", {{"no-such-fact", 1}}), std::invalid_argument);
}

TEST(RequestGen, BodiesAreJsonObjectsInValidUtf8) {
  for (const auto& c : draw(gen_case(), 500)) {
    const std::string body = c.request.body();
    json parsed;
    ASSERT_NO_THROW(parsed = json::parse(body)) << body;  // nlohmann rejects invalid UTF-8
    EXPECT_TRUE(parsed.is_object());
  }
}

TEST(RequestGen, EveryScenarioAndMostFieldsAppear) {
  std::set<std::string> scenarios, keys;
  for (const auto& c : draw(gen_case(), 3000)) {
    scenarios.insert(c.request.scenario);
    for (const auto& f : c.request.fields) keys.insert(f.key);
  }
  for (const auto& s : scenario_names()) EXPECT_TRUE(scenarios.count(s)) << s;
  for (const auto& k : request_field_keys()) EXPECT_TRUE(keys.count(k)) << k;
}

// Every string in a JSON value that looks like a host path.
void host_paths(const json& j, std::vector<std::string>& out) {
  if (j.is_string()) {
    const std::string s = j.get<std::string>();
    if (s.rfind("/srv/", 0) == 0 || s.rfind("/dev/", 0) == 0 || s.rfind("/proc/self", 0) == 0) {
      out.push_back(s.substr(0, s.find(':')));
    }
  } else if (j.is_structured()) {
    for (const auto& v : j) host_paths(v, out);
  }
}

// The host-side paths a body names: bind sources, devices, seccomp files, init binaries, block devices.
std::vector<std::string> host_side_paths(const json& body) {
  std::vector<std::string> out;
  for (const char* key : {"rootfs", "seccomp_profile_path", "init_path", "devices", "mounts"}) {
    if (body.contains(key)) host_paths(body[key], out);
  }
  for (const char* key : {"weightDevice", "throttleReadBpsDevice", "throttleWriteIOPSDevice"}) {
    if (!body.contains(key) || !body[key].is_object()) continue;
    for (const auto& [path, value] : body[key].items()) host_paths(json(path), out);
  }
  return out;
}

TEST(RequestGen, RestrictedModeNamesOnlyWhatTheProfileHas) {
  for (const auto& profile : captured_profiles()) {
    const Palette palette = palette_of(profile);
    for (const auto& c : draw(gen_case_for(profile.name), 300)) {
      EXPECT_TRUE(c.host.edits.empty());
      EXPECT_EQ(c.host.base, profile.name);
      const json body = c.request.to_json();
      for (const auto& p : host_side_paths(body)) {
        if (p == palette.missing || (p.rfind("/dev/", 0) == 0 && body.contains("mounts"))) continue;
        EXPECT_NE(profile.file(p), nullptr) << p << " in " << body.dump();
      }
      if (body.contains("image")) {
        const std::string img = body["image"];
        EXPECT_TRUE(img == "no-such-image:1" ||
                    std::find(palette.images.begin(), palette.images.end(), img) != palette.images.end())
            << img;
      }
    }
  }
}

TEST(RequestGen, RestrictedModeWorksOnAnyProfile) {
  auto probed = std::make_shared<host::HostProfile>(captured_profiles().back());
  probed->name = "probed-elsewhere";
  probed->images.clear();  // a host without local images: requests name no image but the missing one
  for (const auto& c : draw(gen_case_on(probed), 200)) {
    EXPECT_EQ(c.host.profile, probed);
    const json body = c.request.to_json();
    // Without images the only names left are ones the host does not know (podman's "image not known").
    if (body.contains("image")) {
      EXPECT_TRUE(body["image"] == "localhost/specconf-bare:1" || body["image"] == "no-such-image:1");
    }
  }
}

TEST(Shrinking, ACounterexampleShrinksToTheFieldsThatMatterOnTheCapturedProfile) {
  // A property that fails whenever the request is privileged on a rootless host.
  const auto fails = [](const Case& c) {
    const json b = c.request.to_json();
    return b.contains("privileged") && b["privileged"] == true && c.host.profile->identity.rootless;
  };
  const Case m = minimal<Case>(gen_case(), fails, 11);
  EXPECT_EQ(m.request.to_json(), (json{{"privileged", true}})) << m.summary().dump();
  // Only what makes the host rootless survives: either a rootless profile unchanged or the one edit.
  if (m.host.profile->name.rfind("rootless", 0) == 0 && m.host.base.rfind("rootless", 0) == 0) {
    EXPECT_TRUE(m.host.edits.empty()) << m.summary().dump();
  } else {
    ASSERT_EQ(m.host.edits.size(), 1u) << m.summary().dump();
    EXPECT_EQ(m.host.edits[0].fact, "rootless");
  }
}

TEST(Shrinking, ValuesShrinkTowardsTheirSimplestEntry) {
  // Any gid map fails: the minimal one is the first shape, a single range covering gid 5.
  const auto fails = [](const Case& c) { return c.request.to_json().contains("idmappings"); };
  const Case m = minimal<Case>(gen_case(), fails, 5);
  EXPECT_EQ(m.request.fields.size(), 1u) << m.summary().dump();
  EXPECT_TRUE(m.host.edits.empty()) << m.summary().dump();
  EXPECT_EQ(m.host.base, captured_profiles().front().name) << m.summary().dump();
}

}  // namespace
}  // namespace specconf::props::gen
