#include "fuzz/common/hosts.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <utility>

#include "golden/builtin_hosts.h"
#include "properties/catalog/facts.h"
#include "reference/model/capability_names.h"
#include "reference/model/host_profile_json.h"

namespace specconf::fuzz {

const std::vector<NamedHost>& builtin_hosts() {
  static const auto* hosts = [] {
    auto* out = new std::vector<NamedHost>();
    for (const auto& [name, text] : golden::builtin_host_profiles()) {
      NamedHost h{name, {}};
      if (const std::string err = host::from_go_json(text, h.profile); !err.empty()) {
        std::fprintf(stderr, "built-in host profile %s does not decode: %s\n", name.c_str(), err.c_str());
        std::abort();
      }
      out->push_back(std::move(h));
    }
    if (out->empty()) {
      std::fprintf(stderr, "no built-in host profiles\n");
      std::abort();
    }
    return out;
  }();
  return *hosts;
}

const host::HostProfile& builtin_host(std::size_t index) {
  const auto& hosts = builtin_hosts();
  return hosts[index % hosts.size()].profile;
}

namespace {

// An overlay may describe a machine that cannot exist; it is made into the nearest one that can, as the
// property generators' edits do (properties/generators/host_gen.cc), so that findings are about podman's
// logic, not about impossible kernels:
//  - no bounding capability above cap_last_cap, none twice: the kernel has none, and podman's BoundingSet() only
//    asks for the ones up to it (containers/common capabilities.go);
//  - a process limit's soft value never above its hard one (setrlimit refuses that with EINVAL);
//  - a directory's entries are names: not empty, not "." or "..", no '/' (readdir gives nothing else);
//  - a file's type agrees with the type bits of its mode (stat reports one st_mode; the reference reads
//    the bits when present, host_syscalls.cc st_mode), and a mode has no type bits stat never reports;
//  - the service's working directory is an absolute path (getcwd never returns anything else).
void make_physically_consistent(host::HostProfile& h) {
  auto& b = h.capabilities.bounding;
  const int last = h.capabilities.last_cap;
  b.erase(std::remove_if(b.begin(), b.end(),
                         [last](const std::string& c) { return linux_caps::number_of(c) > last; }),
          b.end());
  std::sort(b.begin(), b.end());  // a bitmask: each capability once
  b.erase(std::unique(b.begin(), b.end()), b.end());
  for (host::Rlimit* r : {&h.limits.nofile, &h.limits.nproc}) r->soft = std::min(r->soft, r->hard);
  if (h.cwd.empty() || h.cwd[0] != '/') h.cwd = "/";
  for (auto& [path, fact] : h.files) {
    if (const std::uint32_t bits = fact.mode & host::kFileTypeMask) {
      const auto* kind = std::find_if(std::begin(host::kFileTypes), std::end(host::kFileTypes),
                                      [bits](const host::FileTypeBits& k) { return k.bits == bits; });
      if (kind == std::end(host::kFileTypes)) fact.mode &= ~host::kFileTypeMask;
      else fact.type = kind->type;
    }
    if (!fact.entries) continue;
    auto& e = *fact.entries;
    e.erase(std::remove_if(e.begin(), e.end(),
                           [](const std::string& n) {
                             return n.empty() || n == "." || n == ".." || n.find('/') != std::string::npos;
                           }),
            e.end());
  }
}

}  // namespace

std::shared_ptr<const host::HostProfile> overlaid_host(std::size_t base, std::string_view overlay) {
  struct Entry {
    std::size_t base = 0;
    std::string overlay;
    std::shared_ptr<const host::HostProfile> profile;  // nullptr: the overlay does not decode
    bool used = false;
  };
  static std::array<Entry, 8> cache;
  static std::size_t next = 0;
  base %= builtin_hosts().size();
  for (const Entry& e : cache) {
    if (e.used && e.base == base && e.overlay == overlay) return e.profile;
  }
  auto h = std::make_shared<host::HostProfile>(builtin_host(base));
  std::shared_ptr<const host::HostProfile> result;
  // podman refuses to start with a containers.conf whose default_ulimits go-units cannot parse, so such
  // an overlay describes no running service: skipped like one that does not decode.
  if (host::from_go_json(overlay, *h).empty() && props::podman_accepts_default_ulimits(*h)) {
    make_physically_consistent(*h);
    result = std::move(h);
  }
  cache[next] = {base, std::string(overlay), result, true};
  next = (next + 1) % cache.size();
  return result;
}

}  // namespace specconf::fuzz
