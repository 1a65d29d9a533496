// containers/common pkg/seccomp/default_linux.go:DefaultProfile (v0.50.1), the profile podman uses when
// no seccomp profile path is known, kept as the JSON text it is generated into (seccomp.json).
#pragma once

#include <cstddef>
#include <string>

namespace specconf::ref::seccomp {

extern const char* const kDefaultProfileJsonParts[];
extern const std::size_t kDefaultProfileJsonPartCount;

// DefaultProfile() as compact JSON; decoding it gives the Go value.
inline const std::string& default_profile_json() {
  static const std::string text = [] {
    std::string s;
    for (std::size_t i = 0; i < kDefaultProfileJsonPartCount; ++i) s += kDefaultProfileJsonParts[i];
    return s;
  }();
  return text;
}

}  // namespace specconf::ref::seccomp
