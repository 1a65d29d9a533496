// The mount option processor (podman's util.ProcessOptions) and containers/common's ValidateVolumeOpts.
// Beyond "no crash": an accepted option list comes back with exactly one write mode, one propagation
// and (binds) one bind flag, nothing that was neither given nor a default, and no more than linear
// growth; a rejection carries podman's message.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/common/check.h"
#include "fuzz/common/hosts.h"
#include "fuzz/common/input_formats.h"
#include "reference/core/error.h"
#include "reference/storage/mount_options.h"

namespace {

namespace fz = specconf::fuzz;
using specconf::ref::PodmanError;

std::vector<std::string> split_lines(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t nl; (nl = s.find('\n', start)) != std::string_view::npos; start = nl + 1)
    out.emplace_back(s.substr(start, nl - start));
  out.emplace_back(s.substr(start));
  return out;
}

std::string_view name_of(std::string_view opt) { return opt.substr(0, opt.find('=')); }

bool mentions_overlay_dirs(std::string_view opt) {
  return opt.find("upperdir") != std::string_view::npos || opt.find("workdir") != std::string_view::npos;
}

// How many options (by name, before any '=') fall in `group`. After an "O", options naming upperdir or
// workdir pass unchecked, so they are left out of the count.
std::size_t count_in(const std::vector<std::string>& opts, const std::set<std::string_view>& group) {
  std::size_t n = 0;
  for (const std::string& o : opts) n += !mentions_overlay_dirs(o) && group.count(name_of(o));
  return n;
}

void check_processed(const std::vector<std::string>& in, const std::vector<std::string>& out, bool tmpfs) {
  static const std::set<std::string_view> kWrite = {"rw", "ro"};
  static const std::set<std::string_view> kProp = {"private", "rprivate", "shared", "rshared",
                                                    "slave",   "rslave",   "unbindable", "runbindable"};
  static const std::set<std::string_view> kBind = {"bind", "rbind"};
  static const std::set<std::string_view> kDefaults = {"rw", "rprivate", "noexec", "nosuid", "nodev", "tmpcopyup",
                                                       "rbind"};
  bool unchecked = false;
  for (const std::string& o : out) unchecked |= mentions_overlay_dirs(o);
  const auto exactly_one = [&](const std::set<std::string_view>& g, const char* what) {
    const std::size_t n = count_in(out, g);
    FUZZ_CHECK(n <= 1 && (unchecked || n == 1), std::string("processed options hold ") + std::to_string(n) + " " + what);
  };
  exactly_one(kWrite, "write modes");
  exactly_one(kProp, "propagation modes");
  if (tmpfs) {
    FUZZ_CHECK(count_in(out, kBind) == 0, "a tmpfs mount came back with a bind option");
  } else {
    exactly_one(kBind, "bind flags");
  }
  const std::multiset<std::string> given(in.begin(), in.end());
  for (const std::string& o : out) {
    FUZZ_CHECK(given.count(o) || kDefaults.count(o), "an option that was neither given nor a default: " + o);
  }
  // "volume-opt" is the one option podman appends twice.
  FUZZ_CHECK(out.size() <= 2 * in.size() + kDefaults.size(), "the option list grew more than linearly");
}

void check_validated(const std::vector<std::string>& in, const std::vector<std::string>& out) {
  FUZZ_CHECK(out.size() <= in.size(), "ValidateVolumeOpts added options");
  const std::multiset<std::string> given(in.begin(), in.end());
  for (const std::string& o : out) {
    FUZZ_CHECK(given.count(o), "ValidateVolumeOpts invented an option: " + o);
    FUZZ_CHECK(o != "cached" && o != "delegated", "ValidateVolumeOpts kept " + o);
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fz::builtin_hosts();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool tmpfs = data[0] & fz::kTmpfsFlag;
  const auto& h = fz::builtin_host(data[0] >> 1);
  std::vector<std::string> lines = split_lines({reinterpret_cast<const char*>(data) + 1, size - 1});
  const std::string source = lines.front();
  const std::vector<std::string> options(lines.begin() + 1, lines.end());

  try {
    check_processed(options, specconf::ref::process_options(options, tmpfs, source, h), tmpfs);
  } catch (const PodmanError& e) {
    FUZZ_CHECK(!e.message().empty(), "ProcessOptions failed without a message");
  }
  try {
    check_validated(options, specconf::ref::validate_volume_opts(options));
  } catch (const PodmanError& e) {
    FUZZ_CHECK(!e.message().empty(), "ValidateVolumeOpts failed without a message");
  }
  return 0;
}
