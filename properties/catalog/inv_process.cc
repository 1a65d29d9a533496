// process.* and the spec's frame: addRlimits (oci.go:17-76), makeCommand (oci.go:79-117), the copies in
// SpecGenToOCI (oci_linux.go:186-196, 309-311) and runtime-tools' defaults (generate.New).
#include "properties/catalog/invariants.h"

#include "reference/goport/path.h"
#include "reference/goport/strings.h"

namespace specconf::props {
namespace {

const std::vector<oci::POSIXRlimit>& rlimits(const oci::Spec& spec) {
  static const std::vector<oci::POSIXRlimit> none;
  return spec.process ? spec.process->rlimits : none;
}

Verdict rlimit_types_unique(const Judged& j) {
  if (!j.spec) return {};
  std::set<std::string> seen;
  for (const auto& r : rlimits(*j.spec))
    if (!seen.insert(r.type).second) return r.type + " appears twice";
  return {};
}

Verdict rootless_without_rlimits_gets_none(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->rootless() || sub->s.rlimits) return {};
  if (!rlimits(sub->spec).empty()) return "rootless without r_limits: " + std::to_string(rlimits(sub->spec).size()) + " rlimits";
  return {};
}

Verdict nofile_and_nproc_present(const Judged& j) {
  const auto sub = subject(j);
  if (!sub) return {};
  // Validate fills r_limits from default_ulimits as root (container_validate.go:138-169).
  const bool listed = sub->s.rlimits || (!sub->rootless() && !sub->host.containers_conf.default_ulimits.empty());
  if (!listed) return {};
  for (const char* t : {"RLIMIT_NOFILE", "RLIMIT_NPROC"}) {
    const auto& rl = rlimits(sub->spec);
    if (std::none_of(rl.begin(), rl.end(), [&](const oci::POSIXRlimit& r) { return r.type == t; })) {
      return std::string(t) + " is missing although r_limits are given";
    }
  }
  return {};
}

Verdict rlimit_types_known(const Judged& j) {
  if (!j.spec) return {};
  for (const auto& r : rlimits(*j.spec))
    if (!is_linux_rlimit(r.type)) return "\"" + r.type + "\" is not a Linux resource limit";
  return {};
}

Verdict rlimit_soft_within_hard(const Judged& j) {
  if (!j.spec) return {};
  for (const auto& r : rlimits(*j.spec)) {
    if (r.soft > r.hard) return r.type + " soft " + std::to_string(r.soft) + " > hard " + std::to_string(r.hard) + ": setrlimit fails with EINVAL";
  }
  return {};
}

Verdict oci_version(const Judged& j) {
  if (j.spec && j.spec->version != "1.0.2-dev") return "ociVersion is \"" + j.spec->version + "\"";
  return {};
}

Verdict root_path(const Judged& j) {
  if (j.spec && (!j.spec->root || j.spec->root->path != "rootfs")) return "root.path should be \"rootfs\"";
  return {};
}

Verdict cwd_absolute(const Judged& j) {
  if (j.spec && (!j.spec->process || !goport::path_is_abs(j.spec->process->cwd))) return "process.cwd is not absolute";
  return {};
}

Verdict args_present(const Judged& j) {
  if (j.spec && (!j.spec->process || j.spec->process->args.empty())) return "process.args is empty";
  return {};
}

Verdict init_prefix(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->spec.process) return {};
  const auto& a = sub->spec.process->args;
  const bool prefixed = a.size() >= 2 && a[0] == "/run/podman-init" && a[1] == "--";
  if (sub->s.init != prefixed) return std::string(sub->s.init ? "init requested but" : "no init but") + " args are " + list(a);
  return {};
}

Verdict terminal_mirrors(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->spec.process) return {};
  if (sub->spec.process->terminal != sub->s.terminal) return "process.terminal differs from the request";
  return {};
}

Verdict cwd_from_work_dir(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->spec.process) return {};
  std::string want = sub->s.work_dir;
  if (want.empty()) {
    if (const host::Image* img = find_image(sub->host, sub->s.image)) want = img->config.working_dir;
  }
  if (want.empty()) want = "/";
  if (sub->spec.process->cwd != want) return "process.cwd should be \"" + want + "\", got \"" + sub->spec.process->cwd + "\"";
  return {};
}

Verdict oom_score_adj_mirrors(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->spec.process) return {};
  if (sub->spec.process->oom_score_adj != sub->s.oom_score_adj) return "process.oomScoreAdj differs from oom_score_adj";
  return {};
}

Verdict resources_present(const Judged& j) {
  if (j.spec && (!j.spec->linux_ || !j.spec->linux_->resources)) return "linux.resources is missing";
  return {};
}

Verdict personality_mirrors(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->spec.linux_) return {};
  const auto& got = sub->spec.linux_->personality;
  const auto& want = sub->s.personality;
  const bool same = got.has_value() == want.has_value() &&
                    (!got || (got->domain == want->domain && got->flags == want->flags));
  if (!same) return "linux.personality differs from the request's personality";
  return {};
}

}  // namespace

std::vector<Invariant> process_invariants() {
  return {
      {"RLIMIT-001", "No rlimit type appears twice", "oci.go:29-75 (rt-tools AddProcessRlimits replaces by type)", kAllVersions,
       "-", Kind::kConformance, rlimit_types_unique},
      {"RLIMIT-002", "Rootless without r_limits: no rlimits", "oci.go:24-27 s.Rlimits == nil (Validate fills them for root only)",
       kAllVersions, "H1 rootless", Kind::kConformance, rootless_without_rlimits_gets_none},
      {"RLIMIT-003", "With r_limits (or root's default_ulimits), RLIMIT_NOFILE and RLIMIT_NPROC are both present",
       "oci.go:42-75 !nofileSet / !nprocSet defaults", kAllVersions, "H1 rootless, H20 default_ulimits",
       Kind::kConformance, nofile_and_nproc_present},
      {"RLIMIT-004", "Every rlimit type is a Linux resource limit (RLIMIT_CORE, RLIMIT_NOFILE, ...)",
       "oci.go:30 name := \"RLIMIT_\" + strings.ToUpper(u.Type)", kAllVersions, "-", Kind::kSoundness,
       rlimit_types_known},
      {"RLIMIT-005", "Every rlimit's soft value is at most its hard value",
       "oci.go:36 AddProcessRlimits(name, u.Hard, u.Soft); container_validate.go:153-164 default_ulimits a:b as hard:soft",
       kAllVersions, "H20 default_ulimits", Kind::kSoundness, rlimit_soft_within_hard},
      {"SHAPE-001", "ociVersion is 1.0.2-dev", "oci_linux.go:76 generate.New (runtime-spec Version)", kAllVersions, "-",
       Kind::kConformance, oci_version},
      {"SHAPE-002", "root.path is \"rootfs\"", "oci_linux.go:76 generate.New", kAllVersions, "-", Kind::kConformance,
       root_path},
      {"SHAPE-003", "process.cwd is absolute", "container_create.go:434-440 WorkDir", kAllVersions, "-",
       Kind::kSoundness, cwd_absolute},
      {"SHAPE-004", "process.args is not empty", "oci.go:101-103 makeCommand", kAllVersions, "-", Kind::kSoundness,
       args_present},
      {"SHAPE-005", "process.args starts with /run/podman-init -- exactly when init is requested",
       "oci.go:105-114 makeCommand", kAllVersions, "-", Kind::kConformance, init_prefix},
      {"SHAPE-006", "process.terminal mirrors the request's terminal", "oci_linux.go:192", kAllVersions, "-",
       Kind::kConformance, terminal_mirrors},
      {"SHAPE-007", "process.cwd is the request's work_dir, else the image's WorkingDir, else /",
       "container_create.go:434-440 createContainerOptions, oci_linux.go:188", kAllVersions, "H22 image WorkingDir",
       Kind::kConformance, cwd_from_work_dir},
      {"SHAPE-008", "process.oomScoreAdj mirrors oom_score_adj (absent when unset, 0 kept)", "oci_linux.go:309-311",
       kAllVersions, "-", Kind::kConformance, oom_score_adj_mirrors},
      {"SHAPE-009", "linux.resources is always present (podman replaces runtime-tools' resources with a non-nil one)",
       "oci_linux.go:198-208, pkg/specgen/utils_linux.go:16-80 FinishThrottleDevices", kAllVersions, "-", Kind::kConformance,
       resources_present},
      {"SHAPE-010", "linux.personality mirrors the request's personality", "oci_linux.go:186", kAllVersions, "-",
       Kind::kConformance, personality_mirrors},
  };
}

}  // namespace specconf::props
