// linux.seccomp is three quarters of a stored spec's bytes and, for a given host, nearly always one of a
// handful of sections (the converted default profile, per bounding set). Checking it once per distinct
// section instead of once per input is what keeps specgen_create_fuzzer above 2,000 exec/s: the Go
// codec and the JSON schema both treat the section independently of the rest of the spec, so "the rest
// passes, and this section passed before" is the same verdict as checking the whole.
#pragma once

#include <optional>
#include <string>

#include "reference/model/oci_spec.h"

namespace specconf::fuzz {

struct SeccompVerdict {
  bool schema_valid = true;  // false: the section alone fails the OCI schema; judge the whole spec instead
};

// Round-trips the section through the Go codec (aborting if it does not re-encode to itself) and
// validates it against the OCI schema, remembering the verdict per distinct encoding.
SeccompVerdict check_seccomp_section(const oci::LinuxSeccomp& section, const std::string& oci_version);

}  // namespace specconf::fuzz
