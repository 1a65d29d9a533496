#include "fuzz/common/create_mutator.h"

#include <random>

#include "fuzz/common/input_formats.h"

namespace specconf::fuzz {
namespace {

// Enough headroom for the tag, a NUL and a small overlay when the body gets the rest of max_size.
std::size_t room_for_body(std::size_t max_size, const CreateInput& in) {
  const std::size_t used = 1 + (in.has_overlay ? in.overlay.size() + 1 : 0);
  return max_size > used ? max_size - used : 0;
}

}  // namespace

std::string mutate_create_input(std::string_view data, std::size_t max_size, std::uint32_t seed, ByteMutator bytes) {
  std::mt19937 rng(seed);
  const auto roll = [&](unsigned n) { return std::uniform_int_distribution<unsigned>(0, n - 1)(rng); };
  const CreateInput in = split_create_input(data);
  std::uint8_t tag = in.tag;
  std::string overlay(in.overlay), body(in.body);
  const JsonMutator specgen(specgen_vocabulary(), bytes), host(host_vocabulary(), bytes);
  switch (roll(16)) {
    case 0:  // another base profile
      tag = static_cast<std::uint8_t>((tag & kOverlayFlag) | roll(128));
      break;
    case 1:  // a host overlay appears or goes
      tag ^= kOverlayFlag;
      if (tag & kOverlayFlag) overlay = host.apply(JsonMutator::Op::kAddKey, "{}", 4096, rng());
      break;
    case 2:
    case 3:
    case 4:
      if (in.has_overlay) {
        overlay = host.mutate(overlay, 4096, rng());
        break;
      }
      [[fallthrough]];
    default:
      body = specgen.mutate(body.empty() ? std::string_view("{}") : std::string_view(body),
                            room_for_body(max_size, in), rng());
  }
  std::string out = join_create_input(tag, overlay, body);
  if (out.size() <= max_size) return out;
  std::string raw(data);
  raw.resize(std::max(max_size, data.size()));
  raw.resize(bytes(reinterpret_cast<std::uint8_t*>(raw.data()), data.size(), max_size));
  return raw;
}

std::string cross_over_create_inputs(std::string_view a, std::string_view b, std::size_t max_size,
                                     std::uint32_t seed, ByteMutator bytes) {
  std::mt19937 rng(seed);
  const CreateInput ia = split_create_input(a), ib = split_create_input(b);
  const JsonMutator specgen(specgen_vocabulary(), bytes), host(host_vocabulary(), bytes);
  std::string overlay(ia.overlay);
  if (ia.has_overlay && ib.has_overlay) overlay = host.cross_over(ia.overlay, ib.overlay, 4096, rng());
  const std::string body = specgen.cross_over(ia.body, ib.body, room_for_body(max_size, ia), rng());
  std::string out = join_create_input(ia.tag, overlay, body);
  if (out.size() > max_size) out = std::string(a.substr(0, max_size));
  return out;
}

}  // namespace specconf::fuzz
