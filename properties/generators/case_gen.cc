#include "properties/generators/case_gen.h"

#include <map>
#include <memory>
#include <mutex>
#include <ostream>

#include "properties/generators/palette.h"
#include "properties/generators/profiles.h"

namespace specconf::props::gen {

namespace {

// Palettes depend only on the captured profile's files and donors, which host edits never remove
// (dev_mqueue only adds /dev/mqueue, which requests do not name): one per profile, built once.
const Palette& palette_for(const std::string& profile) {
  static const std::map<std::string, Palette> palettes = [] {
    std::map<std::string, Palette> m;
    for (const auto& h : captured_profiles()) m.emplace(h.name, palette_of(h));
    return m;
  }();
  return palettes.at(profile);
}

// Building a request generator builds every table row's generator: once per profile and host traits.
const rc::Gen<Request>& request_gen_for(const std::string& profile, const HostTraits& traits) {
  static std::mutex mu;
  static std::map<std::pair<std::string, HostTraits>, rc::Gen<Request>> gens;
  std::lock_guard<std::mutex> lock(mu);
  auto key = std::make_pair(profile, traits);
  auto it = gens.find(key);
  if (it == gens.end()) it = gens.emplace(key, gen_request(palette_for(profile), traits)).first;
  return it->second;
}

}  // namespace

nlohmann::json Case::summary() const {
  return {{"host", host.summary()}, {"scenario", request.scenario}, {"request", request.to_json()}};
}

rc::Gen<Case> gen_case() {
  // The request is drawn for the host's traits, but shrinking keeps it fixed while it shrinks the host
  // (unlike gen::mapcat, which would draw a new request for every smaller host): a counterexample keeps
  // its request and loses every host edit it does not need.
  const rc::Gen<GeneratedHost> hosts = gen_host();
  return [hosts](const rc::Random& random, int size) {
    rc::Random r(random);
    rc::Shrinkable<GeneratedHost> host = hosts(r.split(), size);
    const GeneratedHost& h = host.value();
    rc::Shrinkable<Request> request = request_gen_for(h.base, traits_of(*h.profile))(r.split(), size);
    return rc::shrinkable::map(rc::shrinkable::pair(std::move(host), std::move(request)),
                               [](const std::pair<GeneratedHost, Request>& p) { return Case{p.first, p.second}; });
  };
}

rc::Gen<Case> gen_case_for(const std::string& profile) {
  const GeneratedHost h = captured_host(profile);  // throws for an unknown profile, before any generation
  return rc::gen::map(request_gen_for(profile, traits_of(*h.profile)), [h](Request r) { return Case{h, std::move(r)}; });
}

rc::Gen<Case> gen_case_on(std::shared_ptr<const host::HostProfile> profile) {
  GeneratedHost h;
  h.base = profile->name;
  h.profile = profile;
  return rc::gen::map(gen_request(palette_of(*profile), traits_of(*profile)), [h](Request r) { return Case{h, std::move(r)}; });
}

void showValue(const Case& c, std::ostream& os) { os << c.summary().dump(1); }

}  // namespace specconf::props::gen
