// The whole create path: a request body (a SpecGenerator JSON) and a host profile, built-in or decoded
// from the input (fuzz/common/input_formats.h), through the reference engine. No crash, no sanitizer
// report, no uncaught exception; every outcome passes create_oracle.h. The custom mutator edits the
// body as JSON (fuzz/common/json_mutator.h).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "fuzz/common/create_mutator.h"
#include "fuzz/common/create_oracle.h"
#include "fuzz/common/hosts.h"
#include "fuzz/common/input_formats.h"
#include "fuzz/common/leak_free_init.h"
#include "reference/pipeline/create.h"

// Present when libFuzzer is linked; null in the replay driver, where the mutators never run.
extern "C" __attribute__((weak)) std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size,
                                                             std::size_t max_size);

namespace {

namespace fz = specconf::fuzz;

// Far above any real request (the corpus's largest is a few KB) and below what makes one input slow.
constexpr std::size_t kMaxInput = 1 << 20;

fz::ByteMutator byte_mutator() { return LLVMFuzzerMutate ? LLVMFuzzerMutate : fz::fallback_byte_mutator; }

std::size_t emit(const std::string& out, std::uint8_t* data, std::size_t max_size) {
  const std::size_t n = out.size() < max_size ? out.size() : max_size;
  std::memcpy(data, out.data(), n);
  return n;
}

}  // namespace

// One request per built-in host before the first input: the profiles decode, the seccomp conversions
// are cached, the schema is built, so none of that is charged to (or blamed on) an input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fz::leak_free_init([] {
    for (const auto& h : fz::builtin_hosts()) {
      const std::string_view body = R"({"rootfs":"/srv/specconf/rootfs","command":["/bin/true"]})";
      auto r = specconf::ref::create_container(h.profile, body);
      fz::check_create_outcome(h.profile, body, r);
    }
  });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  const fz::CreateInput in = fz::split_create_input({reinterpret_cast<const char*>(data), size});
  const std::size_t base = fz::base_profile_index(in.tag, fz::builtin_hosts().size());
  std::shared_ptr<const specconf::host::HostProfile> overlaid;
  if (in.has_overlay) {
    overlaid = fz::overlaid_host(base, in.overlay);
    if (!overlaid) return 0;  // host_profile_json_fuzzer covers the decoder
  }
  const specconf::host::HostProfile& h = overlaid ? *overlaid : fz::builtin_host(base);
  auto r = specconf::ref::create_container(h, in.body);
  fz::check_create_outcome(h, in.body, r);
  return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
  return emit(fz::mutate_create_input({reinterpret_cast<const char*>(data), size}, max_size, seed, byte_mutator()),
              data, max_size);
}

extern "C" std::size_t LLVMFuzzerCustomCrossOver(const std::uint8_t* data1, std::size_t size1,
                                                 const std::uint8_t* data2, std::size_t size2, std::uint8_t* out,
                                                 std::size_t max_out_size, unsigned int seed) {
  return emit(fz::cross_over_create_inputs({reinterpret_cast<const char*>(data1), size1},
                                           {reinterpret_cast<const char*>(data2), size2}, max_out_size, seed,
                                           byte_mutator()),
              out, max_out_size);
}
