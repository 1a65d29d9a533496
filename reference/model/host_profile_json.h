// Go-style JSON for the HostProfile model: field tables in host_profile_json.cc.
#pragma once

#include <string>
#include <string_view>

#include "reference/gojson/codec.h"
#include "reference/model/host_profile.h"
#include "reference/model/specgen_json.h"

namespace specconf::gojson {

SPECCONF_GO_STRUCT(host::IDRange, "host.IDRange");
SPECCONF_GO_STRUCT(host::Identity, "host.Identity");
SPECCONF_GO_STRUCT(host::CgroupV1Info, "host.CgroupV1Info");
SPECCONF_GO_STRUCT(host::Cgroups, "host.Cgroups");
SPECCONF_GO_STRUCT(host::Capabilities, "host.Capabilities");
SPECCONF_GO_STRUCT(host::Rlimit, "host.Rlimit");
SPECCONF_GO_STRUCT(host::Limits, "host.Limits");
SPECCONF_GO_STRUCT(host::AppArmor, "host.AppArmor");
SPECCONF_GO_STRUCT(host::Seccomp, "host.Seccomp");
SPECCONF_GO_STRUCT(host::ContainersConf, "host.ContainersConf");
SPECCONF_GO_STRUCT(host::FileFact, "host.FileFact");
SPECCONF_GO_STRUCT(host::ImageConfig, "host.ImageConfig");
SPECCONF_GO_STRUCT(host::Image, "host.Image");
SPECCONF_GO_STRUCT(host::InfraInherit, "libpod.InfraInherit");
SPECCONF_GO_STRUCT(host::Container, "host.Container");
SPECCONF_GO_STRUCT(host::Pod, "host.Pod");
SPECCONF_GO_STRUCT(host::Secret, "host.Secret");
SPECCONF_GO_STRUCT(host::HostProfile, "host.HostProfile");

}  // namespace specconf::gojson

namespace specconf::host {

std::string to_go_json(const HostProfile& h);

// Returns the decoding error (Go's wording), or "" on success.
std::string from_go_json(std::string_view input, HostProfile& h, std::string* error_path = nullptr);

}  // namespace specconf::host
