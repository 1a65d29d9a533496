// The device specification parser (podman's ParseDevice) and what the create path does with the result
// (DevicesFromPath against a host profile). Beyond "no crash": a parsed specification has a valid mode
// and parses back to itself when printed; an added device shows up in the spec (a device cgroup rule
// as root, a bind mount rootless); a rejection carries podman's message.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fuzz/common/check.h"
#include "fuzz/common/hosts.h"
#include "reference/core/error.h"
#include "reference/core/generator.h"
#include "reference/storage/devices.h"

namespace {

namespace fz = specconf::fuzz;
using specconf::ref::PodmanError;

void check_parsed(const std::string& spec, const specconf::ref::DeviceSpec& d) {
  FUZZ_CHECK(specconf::ref::is_valid_device_mode(d.permissions), "parsed an invalid mode: " + d.permissions);
  FUZZ_CHECK(spec.compare(0, d.src.size(), d.src) == 0, "the source is not the specification's first field");
  if (d.dst.empty() || d.dst[0] != '/') return;  // only "src:/dst:mode" can be printed back unambiguously
  const std::string printed = d.src + ":" + d.dst + ":" + d.permissions;
  const specconf::ref::DeviceSpec again = specconf::ref::parse_device(printed);
  FUZZ_CHECK(again.src == d.src && again.dst == d.dst && again.permissions == d.permissions,
             "\"" + printed + "\" does not parse back to what it was printed from");
}

template <class T>
std::size_t count(const std::optional<std::vector<T>>& list) {
  return list ? list->size() : 0;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fz::builtin_hosts();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto& h = fz::builtin_host(data[0]);
  const std::string spec(reinterpret_cast<const char*>(data) + 1, size - 1);

  try {
    check_parsed(spec, specconf::ref::parse_device(spec));
  } catch (const PodmanError& e) {
    FUZZ_CHECK(!e.message().empty(), "ParseDevice failed without a message");
  }

  specconf::ref::Generator g;
  const std::size_t mounts = g.config.mounts.size();
  const std::size_t rules = count(g.resources().devices);
  try {
    specconf::ref::devices_from_path(g, spec, h);
  } catch (const PodmanError& e) {
    FUZZ_CHECK(!e.message().empty(), "DevicesFromPath failed without a message");
    return 0;
  }
  if (h.identity.rootless) {
    FUZZ_CHECK(g.config.mounts.size() > mounts, "a rootless device added no bind mount");
  } else {
    FUZZ_CHECK(count(g.resources().devices) > rules, "a device added no cgroup rule");
  }
  return 0;
}
