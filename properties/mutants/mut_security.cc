// Mutants of SpecGenToOCI's security decisions: masked and read-only paths (config_linux.go:77-124,
// 225-241), device rules and devices (oci_linux.go:198-254, config_linux.go:126-163), capabilities and
// seccomp (security_linux.go:84-265), sysctls.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "properties/mutants/spec_edit.h"
#include "properties/mutants/tables.h"
#include "reference/goport/filepath.h"

namespace specconf::props::mut {

namespace {

using ref::CreateResult;

bool any_all(const std::optional<std::vector<std::string>>& unmask) {
  return unmask && std::any_of(unmask->begin(), unmask->end(), [](const std::string& u) { return to_lower(u) == "all"; });
}

// config_linux.go:shouldMask, with the ':'-split of each entry or (split = false) without it.
bool should_mask(const std::string& path, const std::optional<std::vector<std::string>>& unmask, bool split) {
  if (!unmask) return true;
  if (any_all(unmask)) return false;
  for (const auto& entry : *unmask) {
    std::vector<std::string> globs;
    if (split) {
      std::size_t start = 0;
      for (std::size_t i = 0; i <= entry.size(); ++i) {
        if (i == entry.size() || entry[i] == ':') {
          globs.push_back(entry.substr(start, i - start));
          start = i + 1;
        }
      }
    } else {
      globs.push_back(entry);
    }
    for (const auto& g : globs) {
      if (goport::filepath_match(g, path).matched) return false;
    }
  }
  return true;
}

// Rebuilds the default part of maskedPaths and readonlyPaths with another shouldMask, keeping podman's
// /sys/kernel in front and the request's masks behind.
void remask(oci::Spec& spec, const specgen::SpecGenerator& s, bool (*mask)(const std::string&, const specgen::SpecGenerator&)) {
  auto& l = linux_of(spec);
  std::vector<std::string> masked;
  std::size_t pos = 0;
  if (!l.masked_paths.empty() && l.masked_paths.front() == "/sys/kernel") {
    masked.push_back("/sys/kernel");
    pos = 1;
  }
  for (const auto& p : default_masked_paths()) {
    if (should_mask(p, s.unmask, true)) ++pos;  // the reference's default entries
    if (mask(p, s)) masked.push_back(p);
  }
  masked.insert(masked.end(), l.masked_paths.begin() + static_cast<std::ptrdiff_t>(std::min(pos, l.masked_paths.size())),
                l.masked_paths.end());
  l.masked_paths = masked;
  l.readonly_paths.clear();
  for (const auto& p : default_readonly_paths()) {
    if (mask(p, s)) l.readonly_paths.push_back(p);
  }
}

// Where podman puts its own device rules: after the request's resource_limits.devices.
std::size_t request_rule_count(const specgen::SpecGenerator& s) {
  return s.resource_limits && s.resource_limits->devices ? s.resource_limits->devices->size() : 0;
}

void add_deny_all(oci::Spec& spec, const specgen::SpecGenerator& s) {
  auto& rules = device_rules(spec);
  if (std::any_of(rules.begin(), rules.end(), is_deny_all)) return;
  rules.insert(rules.begin() + static_cast<std::ptrdiff_t>(std::min(request_rule_count(s), rules.size())), deny_all());
}

void insert_sorted(std::vector<std::string>& set, const std::string& cap) {
  if (std::find(set.begin(), set.end(), cap) != set.end()) return;
  set.insert(std::upper_bound(set.begin(), set.end(), cap), cap);
}

bool root_user(const specgen::SpecGenerator& s) {
  const std::string user = s.user.substr(0, s.user.find(':'));
  return (user.empty() && s.userns.nsmode.rfind("keep-id", 0) != 0) || user == "root" || user == "0";
}

}  // namespace

std::vector<Mutant> security_mutants() {
  return {
      {"deny-rule-in-userns",
       "adds the deny-all device rule inside a user namespace too",
       "oci_linux.go:220-222 if !inUserNS && !s.Privileged",
       [](const MutantInput& in, CreateResult& r) {
         if (r.ok() && !in.s.privileged) add_deny_all(*r.spec, in.s);
       }},
      {"deny-rule-when-privileged",
       "adds the deny-all device rule to privileged containers",
       "oci_linux.go:220-222 if !inUserNS && !s.Privileged",
       [](const MutantInput& in, CreateResult& r) {
         if (r.ok() && in.s.privileged) add_deny_all(*r.spec, in.s);
       }},
      {"masks-when-privileged",
       "masks podman's default kernel paths for privileged containers too",
       "config_linux.go:91 BlockAccessToKernelFilesystems if !privileged",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || !in.s.privileged) return;
         auto& l = linux_of(*r.spec);
         std::vector<std::string> masked = default_masked_paths();
         masked.insert(masked.end(), l.masked_paths.begin(), l.masked_paths.end());
         l.masked_paths = masked;
         l.readonly_paths = default_readonly_paths();
       }},
      {"unmask-all-ignored",
       "treats unmask ALL/all as a glob, so podman's default masked and read-only paths stay",
       "config_linux.go:225-229 shouldMask: strings.ToLower(m) == \"all\"",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.s.privileged || !any_all(in.s.unmask)) return;
         remask(*r.spec, in.s, [](const std::string& p, const specgen::SpecGenerator& s) {
           std::optional<std::vector<std::string>> rest;
           for (const auto& u : *s.unmask) {
             if (to_lower(u) != "all") (rest ? *rest : rest.emplace()).push_back(u);
           }
           if (!rest) return true;
           return should_mask(p, rest, true);
         });
       }},
      {"unmask-colon-list-not-split",
       "matches each unmask entry as one glob instead of splitting it on ':'",
       "config_linux.go:231-238 shouldMask strings.Split(m, \":\")",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.s.privileged || !in.s.unmask) return;
         if (std::none_of(in.s.unmask->begin(), in.s.unmask->end(), [](const std::string& u) { return u.find(':') != std::string::npos; })) return;
         remask(*r.spec, in.s, [](const std::string& p, const specgen::SpecGenerator& s) { return should_mask(p, s.unmask, false); });
       }},
      {"mask-empty-entry-dropped",
       "drops an empty mask entry, which podman appends verbatim",
       "config_linux.go:116-123 (\"\" is not skipped: only non-absolute non-empty entries are)",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || !r.spec->linux_) return;
         if (std::find(in.s.mask.begin(), in.s.mask.end(), "") == in.s.mask.end()) return;
         auto& masked = r.spec->linux_->masked_paths;
         masked.erase(std::remove(masked.begin(), masked.end(), ""), masked.end());
       }},
      {"user-masks-kept-rootless-pidhost",
       "applies the request's masks for a rootless container sharing the host's pid namespace",
       "config_linux.go:110-113 returns before the user masks when pidns host and rootless",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || !in.host.identity.rootless || in.s.privileged || in.s.pidns.nsmode != "host") return;
         auto& masked = linux_of(*r.spec).masked_paths;
         for (const auto& m : in.s.mask) {
           if (m.empty() || m[0] == '/') masked.push_back(m);
         }
       }},
      {"device-cgroup-rule-allow-kept",
       "keeps allow:false from a request's device_cgroup_rule instead of making every rule an allow rule",
       "oci_linux.go:249-253 AddLinuxResourcesDevice(true, ...)",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.s.device_cgroup_rule.empty() || !r.spec->linux_ || !r.spec->linux_->resources ||
             !r.spec->linux_->resources->devices) {
           return;
         }
         auto& rules = *r.spec->linux_->resources->devices;
         const auto& asked = in.s.device_cgroup_rule;
         if (rules.size() < asked.size()) return;
         const std::size_t base = rules.size() - asked.size();
         for (std::size_t i = 0; i < asked.size(); ++i) {
           auto& got = rules[base + i];
           if (!got.allow || got.type != asked[i].type || got.access != asked[i].access) return;  // not podman's tail
         }
         for (std::size_t i = 0; i < asked.size(); ++i) rules[base + i].allow = asked[i].allow;
       }},
      {"rootless-device-as-node",
       "rootless: adds requested devices as device nodes (mknod) instead of bind mounts",
       "config_linux.go:140-150 addDevice binds the device when rootless",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || !in.host.identity.rootless || in.s.privileged) return;
         auto& spec = *r.spec;
         for (std::size_t i = 0; i < spec.mounts.size();) {
           const auto& m = spec.mounts[i];
           const host::FileFact* f = in.host.file(m.source);
           if (m.type != "bind" || !has_option(m, "slave") || !f || (f->type != "char" && f->type != "block")) {
             ++i;
             continue;
           }
           oci::LinuxDevice d;
           d.path = m.destination;
           d.type = f->type == "char" ? "c" : "b";
           d.major = f->major;
           d.minor = f->minor;
           d.file_mode = oci::FileMode(f->mode);
           d.uid = f->uid;
           d.gid = f->gid;
           linux_of(spec).devices.push_back(d);
           spec.mounts.erase(spec.mounts.begin() + static_cast<std::ptrdiff_t>(i));
         }
       }},
      {"caps-beyond-bounding-set",
       "grants cap_add capabilities the service's bounding set does not hold",
       "security_linux.go:102-114 keep only caps in capabilities.BoundingSet()",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.s.privileged || !r.spec->process || !r.spec->process->capabilities) return;
         auto& caps = *r.spec->process->capabilities;
         const auto& bounding = in.host.capabilities.bounding;
         for (const auto& raw : in.s.cap_add) {
           const std::string cap = normalize_cap(raw);
           if (cap == "CAP_ALL" || std::find(bounding.begin(), bounding.end(), cap) != bounding.end()) continue;
           static const std::vector<std::string> known = {"CAP_BPF", "CAP_CHECKPOINT_RESTORE", "CAP_SYS_RESOURCE",
                                                          "CAP_NET_ADMIN", "CAP_SYS_ADMIN", "CAP_MKNOD", "CAP_NET_RAW",
                                                          "CAP_AUDIT_WRITE", "CAP_CHOWN", "CAP_SETUID", "CAP_KILL",
                                                          "CAP_SYS_CHROOT", "CAP_SETPCAP"};
           if (std::find(known.begin(), known.end(), cap) == known.end()) continue;
           insert_sorted(caps.bounding, cap);
           if (!caps.effective.empty()) insert_sorted(caps.effective, cap);
           if (!caps.permitted.empty()) insert_sorted(caps.permitted, cap);
         }
       }},
      {"ambient-without-kernel-support",
       "sets ambient and inheritable capabilities for a non-root user although the host has no ambient support",
       "security_linux.go:180-188 if ambient capabilities are supported (prctl PR_CAP_AMBIENT)",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.host.capabilities.ambient || in.s.privileged || root_user(in.s)) return;
         if (!r.spec->process || !r.spec->process->capabilities) return;
         auto& caps = *r.spec->process->capabilities;
         if (caps.effective.empty() || !caps.ambient.empty()) return;
         caps.ambient = caps.effective;
         caps.inheritable = caps.effective;
       }},
      {"seccomp-kept-privileged",
       "keeps the default seccomp filter for a privileged container",
       "security_linux.go:196-210 SetupPrivileged clears seccomp; nil again for the default profile paths",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || !in.s.privileged || !r.spec->linux_ || r.spec->linux_->seccomp) return;
         if (in.s.seccomp_profile_path == "unconfined") return;
         // Re-run the same request unprivileged to get the filter the mutant "forgot" to drop.
         nlohmann::json body = nlohmann::json::parse(in.body.begin(), in.body.end(), nullptr, false);
         if (!body.is_object()) return;
         for (auto it = body.begin(); it != body.end();) {
           it = to_lower(it.key()) == "privileged" ? body.erase(it) : std::next(it);
         }
         const ref::CreateResult plain = ref::create_container(in.host, body.dump());
         if (plain.ok() && plain.spec->linux_ && plain.spec->linux_->seccomp) {
           r.spec->linux_->seccomp = plain.spec->linux_->seccomp;
         }
       }},
      {"net-sysctls-with-host-network",
       "applies containers.conf's net.* default sysctls with the host's network namespace",
       "security_linux.go:229-237 skips net.* defaults when netns is host, container or pod",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.s.netns.nsmode != "host") return;
         for (const auto& kv : in.host.containers_conf.default_sysctls) {
           const auto eq = kv.find('=');
           if (eq == std::string::npos || kv.rfind("net.", 0) != 0) continue;
           linux_of(*r.spec).sysctl[kv.substr(0, eq)] = kv.substr(eq + 1);
         }
       }},
  };
}

}  // namespace specconf::props::mut
