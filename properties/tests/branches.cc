#include "properties/tests/branches.h"

#include <algorithm>

#include "properties/catalog/facts.h"
#include "properties/catalog/spec_query.h"

namespace specconf::props::test {

namespace {

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

std::string sys_tag(const host::HostProfile& h, const NamespaceModes& ns, const oci::Spec& spec) {
  const oci::Mount* sys = mount_at(spec, "/sys");
  if (sys && sys->type == "bind") {
    if (ns.net == "host" && h.identity.rootless) return "sys: bind, net host + rootless";
    if (ns.net == "host") return "sys: bind, net host + new userns";
    return "sys: bind, new userns + joined network";
  }
  if (!is_new_userns(ns)) return "sys: fresh sysfs";
  if (ns.net == "pasta") return "sys: fresh, pasta + new userns (aa47e05ae4)";
  return "sys: fresh, new userns + own network";
}

}  // namespace

const std::vector<std::string>& all_branch_tags() {
  static const std::vector<std::string> tags = {
      "outcome: spec",
      "outcome: rejected",
      "outcome: decode error",
      "sys: fresh sysfs",
      "sys: fresh, new userns + own network",
      "sys: fresh, pasta + new userns (aa47e05ae4)",
      "sys: bind, net host + rootless",
      "sys: bind, net host + new userns",
      "sys: bind, new userns + joined network",
      "sys: privileged sysfs rw",
      "sys: /sys/kernel masked",
      "cgroup: ro",
      "cgroup: rw",
      "cgroup: none",
      "gid5: kept",
      "gid5: dropped, rootless with < 5 gids",
      "gid5: dropped, GID map misses 5",
      "mqueue: bind",
      "proc: bind",
      "devices: deny-all rule",
      "devices: no deny-all rule",
      "devices: rootless bind",
      "devices: device node",
      "rlimits: none",
      "rlimits: defaults only",
      "rlimits: request's",
      "userns: host",
      "userns: private",
      "userns: path",
      "userns: container",
      "userns: pod",
      "userns: keep-id",
      "userns: no-map",
      "userns: auto",
      "seccomp: on",
      "seccomp: off",
      "masks: defaults",
      "masks: none (privileged or unmask all)",
  };
  return tags;
}

std::vector<std::string> branch_tags(const EngineRun& run) {
  std::vector<std::string> tags;
  if (!run.result.ok()) {
    tags.push_back(run.result.decode_error ? "outcome: decode error" : "outcome: rejected");
    return tags;
  }
  tags.push_back("outcome: spec");
  const host::HostProfile& h = *run.c->host.profile;
  const oci::Spec& spec = *run.result.spec;
  const auto ns = run.decoded ? effective_namespaces(h, *run.decoded) : std::nullopt;
  if (ns) {
    tags.push_back(sys_tag(h, *ns, spec));
    tags.push_back("userns: " + ns->user);
  }
  const oci::Mount* sys = mount_at(spec, "/sys");
  if (sys && sys->type == "sysfs" && has_option(*sys, "rw")) tags.push_back("sys: privileged sysfs rw");
  const auto& masked = masked_paths(spec);
  if (has(masked, "/sys/kernel")) tags.push_back("sys: /sys/kernel masked");
  tags.push_back(has(masked, "/proc/kcore") ? "masks: defaults" : "masks: none (privileged or unmask all)");

  const oci::Mount* cgroup = mount_at(spec, "/sys/fs/cgroup");
  if (!cgroup || cgroup->type != "cgroup") {
    tags.push_back("cgroup: none");
  } else {
    tags.push_back(has_option(*cgroup, "rw") ? "cgroup: rw" : "cgroup: ro");
  }

  if (const oci::Mount* pts = mount_at(spec, "/dev/pts")) {
    if (has_option(*pts, "gid=5")) {
      tags.push_back("gid5: kept");
    } else if (h.identity.rootless && h.identity.gid_map_total < 5) {
      tags.push_back("gid5: dropped, rootless with < 5 gids");
    } else {
      tags.push_back("gid5: dropped, GID map misses 5");
    }
  }
  const oci::Mount* mq = mount_at(spec, "/dev/mqueue");
  if (mq && mq->type == "bind") tags.push_back("mqueue: bind");
  const oci::Mount* proc = mount_at(spec, "/proc");
  if (proc && proc->type == "bind") tags.push_back("proc: bind");

  const auto& rules = device_rules(spec);
  tags.push_back(std::any_of(rules.begin(), rules.end(), is_deny_all) ? "devices: deny-all rule" : "devices: no deny-all rule");
  if (std::any_of(spec.mounts.begin(), spec.mounts.end(),
                  [](const oci::Mount& m) { return m.type == "bind" && has_option(m, "slave"); })) {
    tags.push_back("devices: rootless bind");
  }
  if (spec.linux_ && !spec.linux_->devices.empty()) tags.push_back("devices: device node");

  const bool requested = run.decoded && run.decoded->rlimits && !run.decoded->rlimits->empty();
  if (!spec.process || spec.process->rlimits.empty()) {
    tags.push_back("rlimits: none");
  } else {
    tags.push_back(requested ? "rlimits: request's" : "rlimits: defaults only");
  }
  tags.push_back(spec.linux_ && spec.linux_->seccomp ? "seccomp: on" : "seccomp: off");
  return tags;
}

}  // namespace specconf::props::test
