#include "reference/process/rlimits.h"

#include <algorithm>
#include <string>

#include "reference/goport/strings.h"

namespace specconf::ref {
namespace {

// The default for one limit: RLimitDefaultValue, lowered to the service's own getrlimit when rootless
// (amd64: rlimT is uint64, so RLIM_INFINITY never lowers it).
void add_default(Generator& g, const char* name, const host::Rlimit& own, bool rootless) {
  std::uint64_t max = kRLimitDefaultValue;
  std::uint64_t current = kRLimitDefaultValue;
  if (rootless) {
    current = std::min(current, own.soft);
    max = std::min(max, own.hard);
  }
  g.add_process_rlimits(name, max, current);
}

}  // namespace

void add_rlimits(const specgen::SpecGenerator& s, Generator& g, const host::HostProfile& h) {
  if (!s.rlimits) {
    g.process().rlimits.clear();
    return;
  }
  bool nofile_set = false;
  bool nproc_set = false;
  for (const oci::POSIXRlimit& u : *s.rlimits) {
    const std::string name = "RLIMIT_" + goport::to_upper(u.type);
    if (name == "RLIMIT_NOFILE") {
      nofile_set = true;
    } else if (name == "RLIMIT_NPROC") {
      nproc_set = true;
    }
    g.add_process_rlimits(name, u.hard, u.soft);
  }
  const bool rootless = h.identity.rootless;
  if (!nofile_set) add_default(g, "RLIMIT_NOFILE", h.limits.nofile, rootless);
  if (!nproc_set) add_default(g, "RLIMIT_NPROC", h.limits.nproc, rootless);
}

}  // namespace specconf::ref
