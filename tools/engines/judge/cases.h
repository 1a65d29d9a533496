// Generated inputs for judging engines, drawn so that any one of them can be drawn again alone: input i
// of a run with seed S comes from its own case seed S+i, so `--seed S+i --cases 1` reproduces exactly it
// (and its shrinking) without the i-1 inputs before it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <rapidcheck.h>

#include "properties/generators/case_gen.h"
#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::engine::judge {

// One kind of generated input: any captured profile with varied facts (profile ""), or restricted to
// what a live podman on one captured profile can run (properties/generators gen_case_for).
struct CaseSpace {
  std::string profile;
  // Restricted mode on a live machine: the requests run on this host (podman:PROFILE's probed one)
  // instead of the captured profile; it must describe the same machine.
  std::shared_ptr<const host::HostProfile> live_host;

  std::string label() const { return profile.empty() ? "varied hosts" : profile; }
};

// Every draw uses this RapidCheck size. The generators ignore size except for list lengths, which they
// cap at props::gen::kMaxListSize themselves.
inline constexpr int kDrawSize = 50;

// The space case seed `case_seed` draws from: spaces[case_seed % spaces.size()].
const CaseSpace& space_for(const std::vector<CaseSpace>& spaces, std::uint64_t case_seed);

// The generated case of this seed, with its shrinks. Throws what the generators throw (an unknown
// profile is std::invalid_argument).
rc::Shrinkable<props::gen::Case> draw_case(const CaseSpace& space, std::uint64_t case_seed);

// Why a request cannot be judged on a live machine described by `h` ("" when it can): podman walks a
// device directory of the real machine (DevicesFromPath), so a request naming one whose contents the
// profile does not record completely (a directory without `entries`, at any depth: /srv, /tmp) would
// compare podman's walk of the real tree with the reference's walk of an empty one.
std::string unexpressible_on_live_host(const host::HostProfile& h, const specgen::SpecGenerator& s);

// The spaces for `profiles` (none: one space of varied hosts).
std::vector<CaseSpace> spaces_for(const std::vector<std::string>& profiles);

}  // namespace specconf::engine::judge
