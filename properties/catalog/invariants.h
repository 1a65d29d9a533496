// What the invariant files share: the per-concern tables that catalog.cc joins, and the starting point of
// most checks. Each inv_<concern>.cc holds one table; an invariant's check returns a one-line message when
// it is violated and nothing when it holds or does not apply.
#pragma once

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "properties/catalog/catalog.h"
#include "properties/catalog/facts.h"
#include "properties/catalog/spec_query.h"

namespace specconf::props {

using Verdict = std::optional<std::string>;

// The versions nearly every invariant applies to: podman's create path is line-for-line the same there
// (docs/podman-semantics.md §7).
inline constexpr const char* kAllVersions = "podman 4.3.1, aa47e05ae4";

// An accepted request that decoded, on a host whose namespace defaults are known: what most conformance
// checks need. Nothing otherwise, and the check does not apply.
struct Subject {
  const host::HostProfile& host;
  const specgen::SpecGenerator& s;
  const oci::Spec& spec;
  NamespaceModes ns;
  std::set<std::string> user_dests;  // user_mount_destinations()

  bool rootless() const { return host.identity.rootless; }
  bool privileged() const { return s.privileged; }
  bool in_userns() const { return props::in_userns(host, ns); }
  bool can_mount_sys() const { return props::can_mount_sys(host, ns); }
  // podman's own mount at `dest` is still there after SupersedeUserMounts.
  bool config_mount_kept(const std::string& dest) const { return config_mount_survives(user_dests, dest); }
};

std::optional<Subject> subject(const Judged& j);

std::vector<Invariant> sysfs_invariants();        // SYS, CGROUP
std::vector<Invariant> devpts_invariants();       // GID5
std::vector<Invariant> userns_mount_invariants(); // MQUEUE, PROC
std::vector<Invariant> device_invariants();       // DEV
std::vector<Invariant> env_invariants();          // ENV
std::vector<Invariant> annotation_invariants();   // ANN
std::vector<Invariant> mount_invariants();        // MOUNT
std::vector<Invariant> mask_invariants();         // MASK
std::vector<Invariant> capability_invariants();   // CAPS
std::vector<Invariant> process_invariants();      // RLIMIT, PROC-level fields (SHAPE)
std::vector<Invariant> namespace_invariants();    // NS
std::vector<Invariant> security_invariants();     // SEC, SECCOMP, SYSCTL
std::vector<Invariant> error_invariants();        // ERR
std::vector<Invariant> schema_invariants();       // SCHEMA

}  // namespace specconf::props
