// containers/common pkg/seccomp/seccomp_linux.go (v0.50.1): a Docker-format profile, filtered for the
// native architecture and the container's bounding capabilities, becomes the OCI linux.seccomp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reference/model/oci_spec.h"
#include "reference/security/seccomp_types.h"

namespace specconf::ref::seccomp {

// common/pkg/seccomp/seccomp_linux.go:nativeToSeccomp (containers/common v0.50.1), the libseccomp native arch names
// that select an archMap entry.
std::optional<std::string> native_to_seccomp(std::string_view native_arch);

// common/pkg/seccomp/seccomp_linux.go:getErrno (containers/common v0.50.1): the errno name wins over the number;
// decimal names are parsed.
std::optional<GoUint> get_errno(const std::string& name, std::optional<GoUint> def, const std::string& native_arch);

// common/pkg/seccomp/seccomp_linux.go:setupSeccomp (containers/common v0.50.1). `bounding` is
// spec.process.capabilities.bounding; `native_arch` is libseccomp's GetNativeArch().String() ("" when that failed).
// nullopt is Go's nil (no seccomp).
std::optional<oci::LinuxSeccomp> setup_seccomp(const Seccomp& config, const std::vector<std::string>& bounding,
                                               const std::string& native_arch);

// common/pkg/seccomp/seccomp_linux.go:LoadProfile (containers/common v0.50.1): json.Unmarshal into Seccomp
// ("decoding seccomp profile failed: <err>"), then setupSeccomp. Each distinct profile text is decoded once, and
// each conversion is kept per (text, arch, bounding), so repeated calls cost a lookup and a copy; safe to call from
// many threads.
std::optional<oci::LinuxSeccomp> load_profile(std::string_view body, const std::vector<std::string>& bounding,
                                              const std::string& native_arch);

// For bench/ only: with false, load_profile decodes and converts on every call, as podman does, so that the
// cache's saving can be measured end to end. The result is the same either way; the default is true.
void set_cache_enabled(bool enabled);

}  // namespace specconf::ref::seccomp
