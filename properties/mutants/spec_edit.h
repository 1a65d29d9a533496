// Small edits mutants make to a stored spec, and the few facts about the request they test. Mutants
// read the reference's own decisions off its output (a /sys bind means it judged sysfs unmountable, a
// devpts without gid=5 means it judged gid 5 unavailable), so they need neither the reference's internals
// nor the invariant catalog's rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"

namespace specconf::props::mut {

// ---- mounts ----

// The index of the first mount at `dest` (exact destination), optionally of `type`; -1 when none.
int mount_index(const oci::Spec& spec, const std::string& dest, const std::string& type = "");
oci::Mount* find_mount(oci::Spec& spec, const std::string& dest, const std::string& type = "");

bool has_option(const oci::Mount& m, const std::string& option);
// Replaces every `from` option by `to`; returns whether one was there.
bool replace_option(oci::Mount& m, const std::string& from, const std::string& to);
void remove_option(oci::Mount& m, const std::string& option);

oci::Mount make_mount(const std::string& dest, const std::string& type, const std::string& source,
                      std::vector<std::string> options);

// Where podman's own mounts begin: the runtime-tools /dev tmpfs, else the first of its other defaults.
// The user mounts SupersedeUserMounts put in front end there.
int config_block_start(const oci::Spec& spec);

// The cgroup mount podman appends (oci_linux.go:176-184) with the given permission.
oci::Mount cgroup_mount(const std::string& perm);

// ---- linux section ----

oci::Linux& linux_of(oci::Spec& spec);
std::vector<oci::LinuxDeviceCgroup>& device_rules(oci::Spec& spec);
bool is_deny_all(const oci::LinuxDeviceCgroup& rule);
oci::LinuxDeviceCgroup deny_all();

// podman's default masked and read-only paths (config_linux.go:77-124), in podman's order.
const std::vector<std::string>& default_masked_paths();
const std::vector<std::string>& default_readonly_paths();

// ---- the request ----

// The request's namespace mode ("" when it left the default).
inline const std::string& mode(const specgen::Namespace& n) { return n.nsmode; }

// userns container, path or private: podman's isNewUserns (oci_linux.go:86).
bool explicit_new_userns(const specgen::SpecGenerator& s);

// The rlimit types the request gives (r_limits), as podman names them: "RLIMIT_" + upper(type).
std::vector<std::string> requested_rlimit_names(const specgen::SpecGenerator& s);

// A capability name as containers/common normalises it ("net_admin" -> "CAP_NET_ADMIN").
std::string normalize_cap(const std::string& cap);

std::string to_upper(std::string s);
std::string to_lower(std::string s);

}  // namespace specconf::props::mut
