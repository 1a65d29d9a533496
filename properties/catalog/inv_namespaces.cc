// linux.namespaces and the hostname: specConfigureNamespaces (namespaces_linux.go:15-160) and SetupUserNS
// (pkg/specgen/namespaces.go:510-580).
#include "properties/catalog/invariants.h"

namespace specconf::props {
namespace {

const std::set<std::string> kTypes = {"pid", "network", "mount", "ipc", "uts", "user", "cgroup", "time"};

struct Kind1 {
  const char* spec_type;
  std::string NamespaceModes::*mode;
  const specgen::Namespace specgen::SpecGenerator::*request;
  bool in_default_list;  // runtime-tools' default list: pid, network, ipc, uts, mount
};

const Kind1 kKinds[] = {
    {"pid", &NamespaceModes::pid, &specgen::SpecGenerator::pidns, true},
    {"ipc", &NamespaceModes::ipc, &specgen::SpecGenerator::ipcns, true},
    {"uts", &NamespaceModes::uts, &specgen::SpecGenerator::utsns, true},
    {"cgroup", &NamespaceModes::cgroup, &specgen::SpecGenerator::cgroupns, false},
    {"network", &NamespaceModes::net, &specgen::SpecGenerator::netns, true},
};

const oci::LinuxNamespace* find_ns(const oci::Spec& spec, const std::string& type) {
  if (!spec.linux_) return nullptr;
  for (const auto& n : spec.linux_->namespaces)
    if (n.type.str() == type) return &n;
  return nullptr;
}

Verdict types_unique(const Judged& j) {
  if (!j.spec || !j.spec->linux_) return {};
  std::set<std::string> seen;
  for (const auto& n : j.spec->linux_->namespaces) {
    if (!seen.insert(n.type).second) return "namespace " + n.type.str() + " appears twice";
  }
  return {};
}

Verdict types_valid(const Judged& j) {
  if (!j.spec || !j.spec->linux_) return {};
  for (const auto& n : j.spec->linux_->namespaces)
    if (!kTypes.count(n.type)) return "namespace type \"" + n.type.str() + "\" is not a Linux namespace";
  return {};
}

Verdict entries_follow_modes(const Judged& j) {
  const auto sub = subject(j);
  if (!sub) return {};
  for (const Kind1& k : kKinds) {
    const std::string& mode = sub->ns.*k.mode;
    const oci::LinuxNamespace* n = find_ns(sub->spec, k.spec_type);
    const std::string name = std::string(k.spec_type) + " (mode " + mode + ")";
    if (mode == "host") {
      if (n) return name + ": the host's namespace, yet the spec has an entry";
    } else if (mode == "private" || (mode == "none" && std::string(k.spec_type) == "network")) {
      if (!n || !n->path.empty()) return name + ": expected an entry without a path";
    } else if (mode == "path") {
      const std::string& want = (sub->s.*k.request).value;
      if (!n || n->path != want) return name + ": expected an entry with path " + want;
    } else if (k.in_default_list && !n) {
      return name + ": runtime-tools' default entry is gone";
    }
  }
  return {};
}

Verdict mount_namespace_present(const Judged& j) {
  if (j.spec && !has_namespace(*j.spec, "mount")) return "no mount namespace";
  return {};
}

Verdict user_entry_for_created_userns(const Judged& j) {
  const auto sub = subject(j);
  if (!sub) return {};
  const std::string& u = sub->ns.user;
  const bool want = u == "private" || u == "path" || u == "keep-id" || u == "no-map";
  const oci::LinuxNamespace* n = find_ns(sub->spec, "user");
  if (want != (n != nullptr)) {
    return "userns " + u + (want ? " needs a user namespace entry" : " must not have a user namespace entry at create");
  }
  if (n && u == "path" && n->path != sub->s.userns.value) return "userns path: the entry's path should be " + sub->s.userns.value;
  return {};
}

Verdict new_userns_has_both_maps(const Judged& j) {
  if (!j.spec || !j.spec->linux_) return {};
  const oci::LinuxNamespace* n = find_ns(*j.spec, "user");
  if (!n || !n->path.empty()) return {};
  if (j.spec->linux_->uid_mappings.empty() || j.spec->linux_->gid_mappings.empty()) {
    return "a new user namespace needs both uidMappings and gidMappings (uid " +
           std::to_string(j.spec->linux_->uid_mappings.size()) + ", gid " +
           std::to_string(j.spec->linux_->gid_mappings.size()) + " ranges)";
  }
  return {};
}

Verdict hostname_by_uts(const Judged& j) {
  const auto sub = subject(j);
  if (!sub) return {};
  std::string want;
  bool decided = true;
  if (!sub->s.hostname.empty()) {
    // MakeContainer clears a hostname LookupPod finds (name, ID or unique ID prefix) when utsns is not
    // private (:140-144).
    const bool names_pod = find_pod(sub->host, sub->s.hostname) != nullptr;
    if (!(names_pod && sub->ns.uts != "private")) want = sub->s.hostname;
    else decided = false;
  } else if (sub->ns.uts == "pod" || sub->ns.uts == "container") {
    decided = false;  // the pod's or the donor container's hostname
  } else if (sub->ns.uts == "host") {
    want = "";
  } else if (sub->ns.net == "host") {
    want = sub->host.hostname;
  }
  if (decided && sub->spec.hostname != want) return "hostname should be \"" + want + "\", got \"" + sub->spec.hostname + "\"";
  if (!sub->s.hostname.empty() && decided) {
    std::string env_want = sub->s.hostname;
    if (sub->s.env) {
      if (auto it = sub->s.env->find("HOSTNAME"); it != sub->s.env->end()) env_want = it->second;
    }
    const auto got = env_value(sub->spec, "HOSTNAME");
    if (!got || *got != env_want) return "env HOSTNAME should be \"" + env_want + "\"";
  }
  return {};
}

}  // namespace

std::vector<Invariant> namespace_invariants() {
  return {
      {"NS-001", "No namespace type appears twice", "namespaces_linux.go:15-148 (rt-tools AddOrReplaceLinuxNamespace replaces in place)",
       kAllVersions, "-", Kind::kConformance, types_unique},
      {"NS-002",
       "pid, ipc, uts, network and cgroup: no entry for the host's namespace; private (and network none) an "
       "entry without path; path an entry with the request's path; other modes keep runtime-tools' entry",
       "namespaces_linux.go:16-148 specConfigureNamespaces", kAllVersions, "H2 cgroup version, H20 namespace defaults, H21 pods",
       Kind::kConformance, entries_follow_modes},
      {"NS-003", "A user namespace entry exists at create exactly for userns private, path, keep-id and no-map",
       "pkg/specgen/namespaces.go:510-564 SetupUserNS", kAllVersions, "H20 userns", Kind::kConformance,
       user_entry_for_created_userns},
      {"NS-004", "Every namespace type is a Linux namespace (pid, network, mount, ipc, uts, user, cgroup, time)",
       "oci_linux.go:76 generate.New, namespaces_linux.go:15-148", kAllVersions, "-", Kind::kSoundness, types_valid},
      {"NS-005", "There is always a mount namespace", "oci_linux.go:76 generate.New default list", kAllVersions, "-",
       Kind::kSoundness, mount_namespace_present},
      {"NS-006", "A user namespace the runtime creates (an entry without a path) has both uid and gid mappings",
       "pkg/specgen/namespaces.go:566-579 privateUserNamespace needs only one of UIDMap/GIDMap", kAllVersions, "-",
       Kind::kSoundness, new_userns_has_both_maps},
      {"NS-007",
       "hostname: the request's (and HOSTNAME in env unless the request's env sets it); none with the host's "
       "UTS namespace; the service's hostname with the host network and a private UTS namespace",
       "namespaces_linux.go:73-105, container_create.go:140-144", kAllVersions, "H17 hostname, H21 pods",
       Kind::kConformance, hostname_by_uts},
  };
}

}  // namespace specconf::props
