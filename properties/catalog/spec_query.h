// Small read-only questions about a spec that many invariants ask.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reference/model/oci_spec.h"

namespace specconf::props {

// Every mount whose destination path.Cleans to `dest`, in order.
std::vector<const oci::Mount*> mounts_at(const oci::Spec& spec, const std::string& dest);

// The only mount at `dest`, or nullptr when there is none or more than one.
const oci::Mount* mount_at(const oci::Spec& spec, const std::string& dest);

bool has_option(const oci::Mount& m, const std::string& option);

// "dest type source [opt,opt]", for messages.
std::string describe(const oci::Mount& m);

// "[a,b,c]", for messages.
std::string list(const std::vector<std::string>& items);

const std::vector<std::string>& masked_paths(const oci::Spec& spec);

// linux.resources.devices, or an empty list.
const std::vector<oci::LinuxDeviceCgroup>& device_rules(const oci::Spec& spec);

// {allow:false, access:"rwm"} with no type, major or minor: the rule that denies every device.
bool is_deny_all(const oci::LinuxDeviceCgroup& rule);

bool has_namespace(const oci::Spec& spec, const std::string& type);

const std::string* annotation(const oci::Spec& spec, const std::string& key);

// The value of NAME in process.env (the text after the first '=' of the first entry named NAME).
std::optional<std::string> env_value(const oci::Spec& spec, const std::string& name);

}  // namespace specconf::props
