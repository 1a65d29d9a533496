// Input facts about the process part of the spec: the working directory, the seccomp profile path and
// the rlimits podman derives, written out from podman's source (see facts.h for the branches).
#include <algorithm>
#include <map>

#include "properties/catalog/facts.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"
#include "reference/model/capability_names.h"

namespace specconf::props {
namespace {

// go-units ulimitNameMapping: the names containers.conf may use ("as" is left out on purpose there).
const std::set<std::string> kUlimitNames = {"core",  "cpu",    "data",   "fsize", "locks",  "memlock",    "msgqueue",
                                            "nice",  "nofile", "nproc",  "rss",   "rtprio", "rttime",     "sigpending",
                                            "stack"};

// strconv.ParseInt(s, 10, 64), which Atoi is on 64-bit Go.
std::optional<std::int64_t> parse_int(const std::string& s) {
  std::string error;
  return goport::atoi(s, error);
}

// go-units ParseUlimit + GetRlimit succeed: "name=soft[:hard]", soft <= hard unless hard is -1.
bool ulimit_parses(const std::string& u) {
  const auto parts = goport::split_n(u, "=", 2);
  if (parts.size() != 2 || !kUlimitNames.count(parts[0])) return false;
  const auto values = goport::split(parts[1], ":");
  if (values.size() > 2) return false;
  const auto soft = parse_int(values[0]);
  if (!soft) return false;
  std::int64_t hard = *soft;
  if (values.size() == 2) {
    const auto h = parse_int(values[1]);
    if (!h) return false;
    hard = *h;
  }
  return hard == -1 || (*soft != -1 && *soft <= hard);
}

const std::vector<std::string>& default_ulimits(const host::HostProfile& h) {
  return h.containers_conf.default_ulimits.empty() ? h.limits.default_process_limits : h.containers_conf.default_ulimits;
}

}  // namespace

std::string podman_work_dir(const host::HostProfile& h, const specgen::SpecGenerator& s) {
  std::string dir = s.work_dir;
  if (dir.empty()) {
    if (const host::Image* img = find_image(h, s.image)) dir = img->config.working_dir;
  }
  return dir.empty() ? "/" : dir;
}

std::string podman_seccomp_profile_path(const host::HostProfile& h, const specgen::SpecGenerator& s) {
  if (!s.seccomp_profile_path.empty()) return s.seccomp_profile_path;
  if (!h.containers_conf.seccomp_profile.empty()) return h.containers_conf.seccomp_profile;
  for (const char* path : {"/etc/containers/seccomp.json", "/usr/share/containers/seccomp.json"})
    if (h.file(path)) return path;  // os.Stat: a fact is there unless the path does not exist
  return "";
}

std::vector<std::string> podman_bounding_set(const host::HostProfile& h) {
  const int last = linux_caps::common_last_cap(h.capabilities.last_cap);
  std::vector<std::string> out;
  for (const auto& c : h.capabilities.bounding) {
    const int n = linux_caps::number_of(c);
    if (n >= 0 && n <= last) out.push_back(c);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::vector<Rlimit>> podman_rlimits(const host::HostProfile& h, const specgen::SpecGenerator& s) {
  std::vector<Rlimit> asked;
  if (s.rlimits && !s.rlimits->empty()) {
    for (const auto& r : *s.rlimits) asked.push_back({r.type, r.hard, r.soft});
  } else if (!h.identity.rootless) {
    for (const auto& limit : default_ulimits(h)) {
      const auto kv = goport::split_n(limit, "=", 2);
      if (kv.size() < 2) return std::nullopt;
      const auto values = goport::split_n(kv[1], ":", 2);
      if (values.size() < 2) return std::nullopt;
      const auto hard = parse_int(values[0]), soft = parse_int(values[1]);
      if (!hard || !soft) return std::nullopt;
      asked.push_back({kv[0], static_cast<std::uint64_t>(*hard), static_cast<std::uint64_t>(*soft)});
    }
  }
  // addRlimits: rt-tools AddProcessRlimits replaces an earlier limit of the same type in place.
  std::vector<Rlimit> out;
  for (const auto& r : asked) {
    Rlimit named{"RLIMIT_" + goport::to_upper(r.type), r.hard, r.soft};
    auto same = std::find_if(out.begin(), out.end(), [&](const Rlimit& x) { return x.type == named.type; });
    if (same != out.end()) *same = named;
    else out.push_back(named);
  }
  return out;
}

bool podman_accepts_default_ulimits(const host::HostProfile& h) {
  return std::all_of(h.containers_conf.default_ulimits.begin(), h.containers_conf.default_ulimits.end(), ulimit_parses);
}

}  // namespace specconf::props
