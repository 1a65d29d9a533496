// The custom mutator of specgen_create_fuzzer: mutates its [tag][overlay NUL][body] inputs part by part,
// the request body as a SpecGenerator, the host overlay as a HostProfile, now and then the tag.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/common/json_mutator.h"

namespace specconf::fuzz {

std::string mutate_create_input(std::string_view data, std::size_t max_size, std::uint32_t seed, ByteMutator bytes);

// Both inputs' bodies crossed over (and their overlays, when both have one); the tag of the first.
std::string cross_over_create_inputs(std::string_view a, std::string_view b, std::size_t max_size,
                                     std::uint32_t seed, ByteMutator bytes);

}  // namespace specconf::fuzz
