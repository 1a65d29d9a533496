// Invariants podman itself breaks, each with the inputs where it does (an input predicate, so that an engine
// breaking the same invariant elsewhere is still caught) and a command that shows it. Most reproducers run
// `specconf check` on a golden record: real podman's stored output, judged by the catalog.
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "properties/catalog/invariants.h"
#include "properties/catalog/seccomp_profile_values.h"
#include "properties/schema/oci_schema.h"
#include "reference/goport/path.h"
#include "reference/goport/strings.h"
#include "reference/model/oci_spec_json.h"

namespace specconf::props {
namespace {

// --- inputs where each podman bug shows -------------------------------------------------------------

bool exactly_five_gids_kept(const Judged& j) {
  const auto sub = subject(j);
  return sub && sub->rootless() && j.host.identity.gid_map_total == 5 && podman_keeps_gid5(j.host, sub->s, sub->ns);
}

// keep-id and no-map build their maps in SetupUserNS, after the gid5 check looked at s.IDMappings.
bool keep_id_map_without_gid5(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->rootless() || (sub->ns.user != "keep-id" && sub->ns.user != "no-map")) return false;
  return gid5_mapped_for_kernel(j.host, sub->ns, sub->spec) == std::optional<bool>(false);
}

// The gid5 check reads the request's GIDMap as Go ints, container side only, while the spec carries it
// as uint32 (idtools.IDMap -> specs.LinuxIDMapping): container_id -1 or a size of 2^32 "covers" 5 as
// ints and nothing once truncated, and a range whose host side runs past uint32 gives gid 5 no host
// gid. With userns private podman writes the request's map into the spec; the kernel's view is judged
// on that map as podman writes it, not on the engine's spec (an engine that writes another map is not
// podman's bug).
bool gid5_check_blind_to_written_map(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->ns.user != "private" || !podman_keeps_gid5(sub->host, sub->s, sub->ns)) return false;
  oci::Spec as_podman_writes;
  auto& maps = as_podman_writes.linux_.emplace().gid_mappings;
  for (const auto& r : podman_gid_map(sub->s, sub->ns)) {
    maps.push_back({static_cast<std::uint32_t>(r.container_id), static_cast<std::uint32_t>(r.host_id),
                    static_cast<std::uint32_t>(r.size)});
  }
  return gid5_mapped_for_kernel(sub->host, sub->ns, as_podman_writes) == std::optional<bool>(false);
}

// The gid5 check reads container IDs only: a GIDMap range covering 5 whose host IDs lie beyond the
// service's own gid_map (rootless) or past uint32 (root, where the kernel refuses the map line) keeps
// gid=5 although gid 5 maps to no group. (Negative container IDs are the entry above.)
bool gid5_host_id_beyond_service(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !podman_keeps_gid5(sub->host, sub->s, sub->ns)) return false;
  const std::uint64_t outer_total = sub->rootless() ? sub->host.identity.gid_map_total : std::uint64_t{1} << 32;
  // Only userns private writes the request's GIDMap into the spec (keep-id and no-map build their own).
  if (sub->ns.user != "private") return false;
  for (const auto& r : podman_gid_map(sub->s, sub->ns)) {
    if (r.container_id < 0 || !podman_range_covers_gid5(r)) continue;
    // The spec holds the IDs as uint32 (idtools.IDMap -> specs.LinuxIDMapping).
    const std::uint64_t host = std::uint64_t{static_cast<std::uint32_t>(r.host_id)} + static_cast<std::uint64_t>(5 - r.container_id);
    return host >= outer_total;
  }
  return false;
}

// createContainerOptions and SpecGenToOCI copy work_dir (or the image's WorkingDir) into process.cwd
// without checking that it is absolute.
bool relative_work_dir(const Judged& j) {
  return j.specgen && !goport::path_is_abs(podman_work_dir(j.host, *j.specgen));
}

// Every device node podman adds as root carries st_mode with its type bits into linux.devices.
bool root_device_nodes(const Judged& j) {
  if (!j.specgen || j.specgen->privileged || j.host.identity.rootless) return false;
  return !podman_device_adds(j.host, *j.specgen).empty();
}

bool unprefixed_rlimit_type_missing(const Judged& j) {
  if (!j.specgen || !j.specgen->rlimits) return false;
  for (const auto& r : *j.specgen->rlimits)
    if (!is_linux_rlimit("RLIMIT_" + goport::to_upper(r.type))) return true;
  return false;
}

// The final rlimits podman builds (facts.h podman_rlimits) hold one with soft > hard.
bool final_soft_above_hard(const Judged& j) {
  if (!j.specgen) return false;
  const auto limits = podman_rlimits(j.host, *j.specgen);
  return limits && std::any_of(limits->begin(), limits->end(), [](const Rlimit& r) { return r.soft > r.hard; });
}

bool request_soft_above_hard(const Judged& j) {
  return j.specgen && j.specgen->rlimits && !j.specgen->rlimits->empty() && final_soft_above_hard(j);
}

// containers.conf writes default_ulimits as type=soft:hard; Validate reads hard:soft. It fills them in as
// root when r_limits is nil or empty, and only on a host whose containers.conf podman loads at all.
bool default_ulimits_swapped(const Judged& j) {
  if (!j.specgen || (j.specgen->rlimits && !j.specgen->rlimits->empty()) || j.host.identity.rootless) return false;
  return podman_accepts_default_ulimits(j.host) && final_soft_above_hard(j);
}

// The seccomp profile text podman loads: the request's path, the image's label with policy image, or
// containers.conf's seccomp_profile (security_linux.go:197-204, config_linux_cgo.go:20-67).
std::optional<std::string> seccomp_profile_text(const Judged& j) {
  const specgen::SpecGenerator& s = *j.specgen;
  if (s.seccomp_profile_path == "unconfined") return std::nullopt;
  if (s.seccomp_policy == "image") {
    const host::Image* img = find_image(j.host, s.image);
    if (!img) return std::nullopt;
    const auto it = img->config.labels.find("io.containers.seccomp.profile");
    return it == img->config.labels.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  const std::string path = podman_seccomp_profile_path(j.host, s);
  if (path.empty()) return std::nullopt;
  // os.ReadFile as the kernel resolves it: relative to the service's cwd, "//" and ".." cleaned,
  // symlinks followed (the host profile records each link's absolute target).
  std::string at = goport::path_clean(path[0] == '/' ? path : j.host.cwd + "/" + path);
  const host::FileFact* f = j.host.file(at);
  for (int hops = 0; f && f->type == "symlink" && hops < 40; ++hops) f = j.host.file(goport::path_clean(f->target));
  return f && f->content ? f->content : std::nullopt;
}

bool seccomp_profile_without_default_action(const Judged& j) {
  if (!j.specgen) return false;
  const auto text = seccomp_profile_text(j);
  if (!text) return false;
  const auto doc = nlohmann::json::parse(*text, nullptr, false);
  if (!doc.is_object()) return false;
  const auto it = doc.find("defaultAction");
  return it == doc.end() || (it->is_string() && it->get<std::string>().empty());
}

// setupSeccomp (containers/common pkg/seccomp/seccomp_linux.go:102-223) copies the loaded profile's actions,
// architectures, flags, operators and numbers into linux.seccomp unchecked. Each spec value the profile
// holds in the same field is replaced by one the schema allows; values the profile does not hold stay,
// so an engine that invents or mangles them still fails.
bool seccomp_profile_loaded(const Judged& j) { return j.specgen && seccomp_profile_text(j).has_value(); }

// The loaded profile, field by field; nullopt without one, or when Go could not read it.
std::optional<SeccompProfileValues> loaded_profile_values(const Judged& j) {
  if (!j.specgen) return std::nullopt;
  const auto text = seccomp_profile_text(j);
  return text ? SeccompProfileValues::read(*text) : std::nullopt;
}

// A value the profile holds in `field`, or the "" Go leaves in it for an element of `array_field` without it.
bool copied(const SeccompProfileValues& values, std::string_view array_field, std::string_view field,
            const std::string& value) {
  return values.has(field, value) || (value.empty() && values.has_element_without(array_field, field));
}

void replace_copied_seccomp_values(const SeccompProfileValues& values, oci::Spec& fixed) {
  if (!fixed.linux_ || !fixed.linux_->seccomp) return;
  const auto has = [&](std::string_view field, std::string_view v) { return values.has(field, v); };
  oci::LinuxSeccomp& sc = *fixed.linux_->seccomp;
  if (has("defaultAction", sc.default_action)) sc.default_action = oci::LinuxSeccompAction("SCMP_ACT_ERRNO");
  if (sc.default_errno_ret && has("defaultErrnoRet", std::to_string(*sc.default_errno_ret))) sc.default_errno_ret = 1;
  for (auto& a : sc.architectures)
    if (has("architectures", a) || has("architecture", a) || has("subArchitectures", a)) a = oci::Arch("SCMP_ARCH_X86_64");
  for (auto& f : sc.flags)
    if (has("flags", f)) f = oci::LinuxSeccompFlag("SECCOMP_FILTER_FLAG_LOG");
  for (auto& call : sc.syscalls) {
    if (copied(values, "syscalls", "action", call.action)) call.action = oci::LinuxSeccompAction("SCMP_ACT_ERRNO");
    if (call.errno_ret && has("errnoRet", std::to_string(*call.errno_ret))) call.errno_ret = 1;
    for (auto& arg : call.args) {
      if (copied(values, "args", "op", arg.op)) arg.op = oci::LinuxSeccompOperator("SCMP_CMP_EQ");
      if (has("index", std::to_string(arg.index))) arg.index = 0;
    }
  }
}

// The same copying for SECCOMP-001: every action that is no seccomp action is one the profile holds in
// that field, or the "" of a profile without defaultAction.
bool seccomp_actions_copied_from_profile(const Judged& j) {
  if (!j.spec || !j.spec->linux_ || !j.spec->linux_->seccomp) return false;
  const auto values = loaded_profile_values(j);
  if (!values) return false;
  const oci::LinuxSeccomp& sc = *j.spec->linux_->seccomp;
  const bool default_ok = is_seccomp_action(sc.default_action) || values->has("defaultAction", sc.default_action) ||
                          (sc.default_action.empty() && seccomp_profile_without_default_action(j));
  if (!default_ok) return false;
  for (const auto& call : sc.syscalls)
    if (!is_seccomp_action(call.action) && !copied(*values, "syscalls", "action", call.action)) return false;
  return true;
}

// SpecGenToOCI copies s.Personality as it came (oci_linux.go:186); nothing checks the domain against the
// two the runtime-spec knows, so {} is stored as {"domain":""}.
bool personality_domain_outside_schema(const Judged& j) {
  if (!j.specgen || !j.specgen->personality) return false;
  const std::string& d = j.specgen->personality->domain;
  return d != "LINUX" && d != "LINUX32";
}

// resource_limits reach linux.resources unchecked (SpecGenToOCI copies them): a hugepage limit whose
// pageSize is not "<n>KB|MB|GB" breaks the schema's pattern.
bool hugepage_size_outside_schema(const Judged& j) {
  if (!j.specgen || !j.specgen->resource_limits) return false;
  const std::regex size("^[1-9][0-9]*[KMG]B$");
  for (const auto& h : j.specgen->resource_limits->hugepage_limits)
    if (!std::regex_match(h.pagesize, size)) return true;
  return false;
}

// The spec validates once the schema violations podman is known to commit, where their inputs say so,
// are undone: only then is a schema failure one of them.
bool schema_failure_is_known(const Judged& j) {
  if (!j.spec) return false;
  oci::Spec fixed = *j.spec;
  if (root_device_nodes(j) && fixed.linux_) {
    for (auto& d : fixed.linux_->devices)
      if (d.file_mode) *d.file_mode = oci::FileMode(static_cast<std::uint32_t>(*d.file_mode) & 0777);
  }
  if (unprefixed_rlimit_type_missing(j) && fixed.process) {
    for (auto& r : fixed.process->rlimits)
      if (!is_linux_rlimit(r.type)) r.type = "RLIMIT_CORE";
  }
  if (seccomp_profile_without_default_action(j) && fixed.linux_ && fixed.linux_->seccomp &&
      fixed.linux_->seccomp->default_action.empty()) {
    fixed.linux_->seccomp->default_action = oci::LinuxSeccompAction("SCMP_ACT_ERRNO");
  }
  if (const auto values = loaded_profile_values(j)) replace_copied_seccomp_values(*values, fixed);
  if (hugepage_size_outside_schema(j) && fixed.linux_ && fixed.linux_->resources) {
    for (auto& h : fixed.linux_->resources->hugepage_limits) h.pagesize = "2MB";
  }
  if (personality_domain_outside_schema(j) && fixed.linux_ && fixed.linux_->personality) {
    fixed.linux_->personality->domain = oci::LinuxPersonalityDomain("LINUX");
  }
  return !schema::validate_spec_json(oci::to_go_json(fixed));
}

bool schema_quirk_inputs(const Judged& j) {
  return root_device_nodes(j) || unprefixed_rlimit_type_missing(j) || seccomp_profile_without_default_action(j) ||
         seccomp_profile_loaded(j) || personality_domain_outside_schema(j) || hugepage_size_outside_schema(j);
}

bool schema_known(const Judged& j) { return schema_quirk_inputs(j) && schema_failure_is_known(j); }

bool empty_mask_entry(const Judged& j) {
  const auto sub = subject(j);
  if (!sub) return false;
  if (!sub->privileged() && sub->rootless() && sub->ns.pid == "host") return false;  // masks skipped there
  return std::find(sub->s.mask.begin(), sub->s.mask.end(), "") != sub->s.mask.end();
}

bool unmasked_sys_kernel_masked(const Judged& j) {
  const auto sub = subject(j);
  return sub && sub->rootless() && !sub->privileged() && !sub->can_mount_sys() &&
         !should_mask("/sys/kernel", sub->s.unmask);
}

bool malformed_sysctl_request(const Judged& j) {
  if (!j.specgen) return false;
  for (const auto& [k, v] : j.specgen->sysctl)
    if (!is_sysctl_name(k)) return true;
  return false;
}

// addDevice appends a rootless bind per device without looking for a mount at the same destination:
// another device's (the destination is the resolved one: a symlink's target, a walked node's path
// below the directory) or one of the spec's own, such as the default /dev tmpfs.
bool rootless_device_destinations_repeat(const Judged& j) {
  if (!j.specgen || j.specgen->privileged || !j.host.identity.rootless) return false;
  // runtime-tools' default mounts (generate.New) and the request's own: what podman mounts anyway.
  std::set<std::string> mounted = {"/proc", "/dev", "/dev/pts", "/dev/shm", "/dev/mqueue", "/sys", "/sys/fs/cgroup"};
  for (const auto& m : j.specgen->mounts) mounted.insert(goport::path_clean(m.destination));
  std::set<std::string> seen;
  for (const auto& d : podman_device_adds(j.host, *j.specgen)) {
    const std::string dst = goport::path_clean(d.dst);
    if (!seen.insert(dst).second || mounted.count(dst)) return true;
  }
  return false;
}

bool private_userns_one_map(const Judged& j) {
  if (!j.specgen || j.specgen->userns.nsmode != "private" || !j.specgen->idmappings) return false;
  const auto& m = *j.specgen->idmappings;
  const bool uid = m.uid_map && !m.uid_map->empty(), gid = m.gid_map && !m.gid_map->empty();
  return uid != gid;
}

bool env_name_with_equals(const Judged& j) {
  if (!j.specgen || !j.specgen->env) return false;
  for (const auto& [k, v] : *j.specgen->env)
    if (k.find('=') != std::string::npos) return true;
  return false;
}


}  // namespace

const std::vector<KnownViolation>& known_violations() {
  static const std::vector<KnownViolation> all = {
      {"GID5-003",
       "podman keeps gid=5 on /dev/pts when the rootless service has exactly 5 gids (0-4): `nGids >= 5` is one "
       "short, and the kernel refuses the devpts mount (EINVAL)",
       "tools/specconf.sh check --host rootless-4gids corpus/specgen/default-rootfs.json "
       "golden/rootless-4gids/default-rootfs.json",
       exactly_five_gids_kept},
      {"GID5-003",
       "with userns keep-id or no-map podman checks gid 5 against s.IDMappings, not the maps SetupUserNS builds "
       "later, so gid=5 stays where those maps skip gid 5",
       "tools/specconf.sh check --host rootless-4gids corpus/specgen/ns-user-no-map.json "
       "golden/rootless-4gids/ns-user-no-map.json",
       keep_id_map_without_gid5},
      {"GID5-003",
       "the gid5 check reads the GIDMap as Go ints: a negative container_id or a size of 2^32 or more covers 5 "
       "there, but the map is written as uint32, where it covers nothing near 5 (or gives gid 5 a host id past "
       "4294967295)",
       "tools/specconf.sh check --host root-cgroupv1 corpus/specgen/gid5-map-negative-container-id.json "
       "golden/root-cgroupv1/gid5-map-negative-container-id.json",
       gid5_check_blind_to_written_map},
      {"DEV-007",
       "linux.devices[].fileMode is the raw st_mode with the file-type bits (8630 for /dev/null), not the "
       "permission bits the runtime-spec defines (still so at podman's HEAD)",
       "tools/specconf.sh check --host root-cgroupv1 corpus/specgen/devices-null.json golden/root-cgroupv1/devices-null.json",
       root_device_nodes},
      {"SCHEMA-001",
       "specs with a device (fileMode above the schema's maximum 512), an r_limits type given with its RLIMIT_ "
       "prefix (RLIMIT_RLIMIT_NOFILE), a seccomp profile without defaultAction or with actions, architectures, "
       "flags, operators or numbers outside the schema, a personality whose domain is neither LINUX nor LINUX32, "
       "or a hugepage limit without a valid pageSize (the last three copied unchecked) fail the runtime-spec "
       "schema",
       "tools/specconf.sh check --host root-cgroupv1 corpus/specgen/devices-null.json golden/root-cgroupv1/devices-null.json",
       schema_known},
      {"RLIMIT-004",
       "r_limits types are prefixed with RLIMIT_ blindly: \"RLIMIT_NOFILE\" becomes RLIMIT_RLIMIT_NOFILE, which no "
       "runtime knows",
       "tools/specconf.sh check --host root-cgroupv1 corpus/specgen/rlimits-prefixed-type.json "
       "golden/root-cgroupv1/rlimits-prefixed-type.json",
       unprefixed_rlimit_type_missing},
      {"RLIMIT-005", "r_limits are copied without checking soft <= hard; setrlimit then fails with EINVAL",
       "echo '{\"rootfs\":\"/srv/specconf/rootfs\",\"command\":[\"/bin/true\"],\"r_limits\":[{\"type\":\"nofile\","
       "\"soft\":2048,\"hard\":1024}]}' | tools/specconf.sh generate --host root-cgroupv1 - | grep -A3 RLIMIT_NOFILE",
       request_soft_above_hard},
      {"RLIMIT-005",
       "Validate parses containers.conf default_ulimits \"type=soft:hard\" as hard:soft (for root, when r_limits is "
       "nil or empty), so nofile=1024:2048 gives soft 2048 > hard 1024",
       "python3 -c \"import json;h=json.load(open('golden/hosts/root-cgroupv1.json'));"
       "h['containers_conf']['default_ulimits']=['nofile=1024:2048'];json.dump(h,open('/tmp/ulimits.json','w'))\" && "
       "tools/specconf.sh generate --host /tmp/ulimits.json corpus/specgen/rlimits-empty.json | grep -A3 RLIMIT_NOFILE",
       default_ulimits_swapped},
      {"SECCOMP-001",
       "a seccomp profile's actions are copied unchecked: one with syscalls but no defaultAction is stored with "
       "defaultAction \"\", and an action that is no SCMP_ACT_* is stored as written; runtimes reject both",
       "tools/specconf.sh check --host root-cgroupv1 corpus/specgen/seccomp-profile-values-outside-schema.json "
       "golden/root-cgroupv1/seccomp-profile-values-outside-schema.json",
       seccomp_actions_copied_from_profile},
      {"MASK-005", "an empty mask entry passes podman's IsAbs filter (`!path.IsAbs(mp) && mp != \"\"`) and is masked",
       "tools/specconf.sh check --host root-cgroupv1 corpus/specgen/masks-mask.json golden/root-cgroupv1/masks-mask.json",
       empty_mask_entry},
      {"MASK-006",
       "rootless with a bound /sys, podman masks /sys/kernel without consulting unmask (even unmask ALL)",
       "echo '{\"rootfs\":\"/srv/specconf/rootfs\",\"command\":[\"/bin/true\"],\"netns\":{\"nsmode\":\"host\"},"
       "\"unmask\":[\"ALL\"]}' | tools/specconf.sh generate --host rootless-cgroupv2 - | grep -A2 maskedPaths",
       unmasked_sys_kernel_masked},
      {"SYSCTL-001",
       "the request's sysctls skip util.ValidateSysctls: keys with '=' or blanks are stored and the runtime "
       "cannot write them",
       "tools/specconf.sh check --host root-cgroupv1 corpus/specgen/sysctl-bad-forms.json "
       "golden/root-cgroupv1/sysctl-bad-forms.json",
       malformed_sysctl_request},
      {"MOUNT-001",
       "rootless, two devices with one destination become two bind mounts at it (as root AddDevice replaces by "
       "path); the destination is the resolved one, so a symlink to a node or a directory walk reaching one "
       "collides too (devices-same-dest-symlink, devices-same-dest-dir-walk); a device at a default mount's "
       "destination joins it (devices-dest-default-mount: /dev twice)",
       "tools/specconf.sh check --host rootless-cgroupv1 corpus/specgen/devices-same-dest-twice.json "
       "golden/rootless-cgroupv1/devices-same-dest-twice.json",
       rootless_device_destinations_repeat},
      {"NS-006",
       "userns private accepts idmappings with only a UIDMap or only a GIDMap; runc refuses a user namespace "
       "without both",
       "tools/specconf.sh check --host root-cgroupv1 corpus/specgen/gid5-uidmap-only.json "
       "golden/root-cgroupv1/gid5-uidmap-only.json",
       private_userns_one_map},
      {"ENV-004",
       "an env name holding '=' is stored as name=value, so \"a=b\": \"2\" sets a to \"b=2\" and collides with a "
       "request's own a",
       "echo '{\"rootfs\":\"/srv/specconf/rootfs\",\"command\":[\"/bin/true\"],\"env\":{\"a\":\"1\",\"a=b\":\"2\"}}' "
       "| tools/specconf.sh generate --host root-cgroupv1 - | grep -A6 '\"env\"'",
       env_name_with_equals},
      {"GID5-003",
       "the gid5 check looks at a GIDMap's container IDs only: a range covering 5 whose host IDs lie beyond the "
       "rootless service's own gid_map (e.g. the host's subgid IDs), or past 4294967295 as root, keeps gid=5, "
       "though gid 5 maps to no group",
       "tools/specconf.sh generate --host rootless-cgroupv1 corpus/specgen/gid5-map-host-ids-beyond-userns.json | "
       "grep -E -A3 'gid=5|gidMappings'",
       gid5_host_id_beyond_service},
      {"SHAPE-003",
       "a relative work_dir (or image WorkingDir) is stored as a relative process.cwd: neither CompleteSpec, "
       "Validate nor SpecGenToOCI checks that it is absolute, and runtimes refuse it",
       "tools/specconf.sh generate --host root-cgroupv1 corpus/specgen/misc-work-dir-relative.json | grep '\"cwd\"'",
       relative_work_dir},
  };
  return all;
}

}  // namespace specconf::props
