// The seccomp profile converter: a Docker-format profile, bounding capabilities and the native arch
// become linux.seccomp (containers/common seccomp.LoadProfile). Beyond "no crash": podman's error or a
// section that re-encodes stably, and the reference's per-text cache answers exactly what an uncached
// conversion answers (a stale or cross-keyed cache entry would silently give one host another's filter).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/common/check.h"
#include "fuzz/common/input_formats.h"
#include "reference/core/error.h"
#include "reference/model/oci_spec_json.h"
#include "reference/security/seccomp_convert.h"
#include "reference/security/security.h"

namespace {

using specconf::ref::PodmanError;
namespace fz = specconf::fuzz;
namespace gj = specconf::gojson;

struct Outcome {
  bool failed = false;
  std::string text;  // podman's error, or the section's JSON ("null" for no seccomp)
};

std::string encode(const std::optional<specconf::oci::LinuxSeccomp>& s) {
  return s ? gj::go_marshal(*s) : "null";
}

Outcome cached(std::string_view profile, const std::vector<std::string>& caps, const std::string& arch) {
  try {
    return {false, encode(specconf::ref::convert_seccomp_profile(profile, caps, arch))};
  } catch (const PodmanError& e) {
    return {true, e.message()};
  }
}

Outcome uncached(std::string_view profile, const std::vector<std::string>& caps, const std::string& arch) {
  specconf::ref::seccomp::Seccomp decoded;
  if (std::string err = gj::go_unmarshal(profile, decoded); !err.empty()) {
    return {true, "decoding seccomp profile failed: " + err};
  }
  try {
    return {false, encode(specconf::ref::seccomp::setup_seccomp(decoded, caps, arch))};
  } catch (const PodmanError& e) {
    return {true, e.message()};
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < fz::kSeccompHeader) return 0;
  const std::string arch(fz::kNativeArches[data[0] % fz::kNativeArches.size()]);
  std::uint64_t mask = 0;
  for (int i = 0; i < 8; ++i) mask |= std::uint64_t{data[1 + i]} << (8 * i);
  std::vector<std::string> caps;
  for (std::size_t i = 0; i < fz::kCapabilityNames.size(); ++i) {
    if (mask >> i & 1) caps.emplace_back(fz::kCapabilityNames[i]);
  }
  const std::string_view profile(reinterpret_cast<const char*>(data) + fz::kSeccompHeader,
                                 size - fz::kSeccompHeader);

  const Outcome first = cached(profile, caps, arch);
  const Outcome again = cached(profile, caps, arch);
  const Outcome direct = uncached(profile, caps, arch);
  FUZZ_CHECK(first.failed == again.failed && first.text == again.text, "a cached conversion changed");
  FUZZ_CHECK(first.failed == direct.failed && first.text == direct.text,
             "the cache disagrees with an uncached conversion:\n  cached:   " + first.text +
                 "\n  uncached: " + direct.text);
  if (first.failed) {
    FUZZ_CHECK(!first.text.empty(), "a rejected profile without an error message");
    return 0;
  }
  if (first.text != "null") {
    specconf::oci::LinuxSeccomp back;
    const std::string err = gj::go_unmarshal(first.text, back);
    FUZZ_CHECK(err.empty(), "the converted section does not decode: " + err);
    FUZZ_CHECK(gj::go_marshal(back) == first.text, "the converted section does not re-encode to itself");
  }
  return 0;
}
