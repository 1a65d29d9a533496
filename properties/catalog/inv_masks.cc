// Masked and read-only paths: BlockAccessToKernelFilesystems (config_linux.go:77-124), shouldMask (:225-241).
#include "properties/catalog/invariants.h"

#include "reference/goport/path.h"

namespace specconf::props {
namespace {

const std::vector<std::string> kDefaultMasked = {
    "/proc/acpi", "/proc/kcore",   "/proc/keys",    "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats",
    "/proc/sched_debug", "/proc/scsi", "/sys/firmware", "/sys/fs/selinux", "/sys/dev/block"};
const std::vector<std::string> kDefaultReadonly = {"/proc/asound", "/proc/bus", "/proc/fs",
                                                   "/proc/irq",    "/proc/sys", "/proc/sysrq-trigger"};

bool contains(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

const std::vector<std::string>& readonly_paths(const oci::Spec& spec) {
  static const std::vector<std::string> none;
  return spec.linux_ ? spec.linux_->readonly_paths : none;
}

// The request's masks podman appends: absolute ones and "" (config_linux.go:117-123), none at all for an
// unprivileged rootless container in the host's PID namespace (:111-113).
std::vector<std::string> appended_masks(const Subject& sub) {
  std::vector<std::string> out;
  if (!sub.privileged() && sub.rootless() && sub.ns.pid == "host") return out;
  for (const auto& m : sub.s.mask)
    if (m.empty() || goport::path_is_abs(m)) out.push_back(m);
  return out;
}

Verdict default_masks_follow_unmask(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->privileged()) return {};
  const auto& masked = masked_paths(sub->spec);
  for (const auto& p : kDefaultMasked) {
    const bool want = should_mask(p, sub->s.unmask);
    const bool got = contains(masked, p);
    if (want && !got) return p + " is not masked although no unmask entry matches it";
    if (!want && got && !contains(appended_masks(*sub), p)) return p + " is masked although unmask matches it";
  }
  return {};
}

Verdict default_readonly_follow_unmask(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->privileged()) return {};
  const auto& ro = readonly_paths(sub->spec);
  std::vector<std::string> want;
  for (const auto& p : kDefaultReadonly)
    if (should_mask(p, sub->s.unmask)) want.push_back(p);
  if (ro != want) return "readonlyPaths should be " + list(want) + ", got " + list(ro);
  return {};
}

Verdict privileged_masks_only_requested(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->privileged()) return {};
  if (!readonly_paths(sub->spec).empty()) return "privileged: readonlyPaths " + list(readonly_paths(sub->spec));
  if (masked_paths(sub->spec) != appended_masks(*sub)) {
    return "privileged: maskedPaths should be the request's " + list(appended_masks(*sub)) + ", got " +
           list(masked_paths(sub->spec));
  }
  return {};
}

Verdict request_masks_appended(const Judged& j) {
  const auto sub = subject(j);
  if (!sub) return {};
  const auto& masked = masked_paths(sub->spec);
  const auto want = appended_masks(*sub);
  if (masked.size() < want.size() || !std::equal(want.begin(), want.end(), masked.end() - want.size())) {
    return "maskedPaths should end with the request's masks " + list(want) + ", got " + list(masked);
  }
  if (want.empty() && !sub->s.mask.empty()) {
    for (const auto& m : masked) {
      if (!contains(kDefaultMasked, m) && m != "/sys/kernel") return "request mask " + m + " was appended where podman skips them";
    }
  }
  return {};
}

Verdict masked_paths_absolute(const Judged& j) {
  if (!j.spec) return {};
  for (const auto& m : masked_paths(*j.spec))
    if (!goport::path_is_abs(m)) return "masked path \"" + m + "\" is not absolute";
  return {};
}

Verdict unmasked_paths_stay_unmasked(const Judged& j) {
  if (!j.spec || !j.specgen || !j.specgen->unmask) return {};
  for (const auto& m : masked_paths(*j.spec)) {
    if (!should_mask(m, j.specgen->unmask) && !contains(j.specgen->mask, m)) {
      return "masked path " + m + " matches the request's unmask " + list(*j.specgen->unmask);
    }
  }
  return {};
}

}  // namespace

std::vector<Invariant> mask_invariants() {
  return {
      {"MASK-001",
       "Unprivileged: each default masked path is masked exactly when no unmask entry matches it (\"all\" in any "
       "case, or a ':'-separated glob), unless the request masks it itself",
       "config_linux.go:91-97 BlockAccessToKernelFilesystems, :225-241 shouldMask", kAllVersions, "-",
       Kind::kConformance, default_masks_follow_unmask},
      {"MASK-002", "Unprivileged: readonlyPaths are the default read-only paths no unmask entry matches, in order",
       "config_linux.go:98-109", kAllVersions, "-", Kind::kConformance, default_readonly_follow_unmask},
      {"MASK-003", "Privileged: no readonlyPaths, and maskedPaths are exactly the request's masks",
       "config_linux.go:91 if !privileged, :116-123", kAllVersions, "-", Kind::kConformance,
       privileged_masks_only_requested},
      {"MASK-004",
       "maskedPaths end with the request's absolute (and empty) masks in order, except unprivileged rootless "
       "containers in the host's PID namespace, which get none",
       "config_linux.go:111-123", kAllVersions, "H1 rootless", Kind::kConformance, request_masks_appended},
      {"MASK-005", "Every masked path is absolute", "config_linux.go:118 (\"\" passes the IsAbs check)", kAllVersions,
       "-", Kind::kSoundness, masked_paths_absolute},
      {"MASK-006", "A path the request unmasks is never masked, unless the request masks it itself",
       "config_linux.go:225-241 shouldMask; oci_linux.go:115-117 masks /sys/kernel without consulting it",
       kAllVersions, "H1 rootless", Kind::kSoundness, unmasked_paths_stay_unmasked},
  };
}

}  // namespace specconf::props
