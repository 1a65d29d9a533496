// SHA-256 (FIPS 180-4), for the specgen_sha256 field of golden records: a record names the exact request
// bytes it was captured from, so a stale record is spotted when its corpus case changes.
#pragma once

#include <string>
#include <string_view>

namespace specconf::capture {

// Lower-case hex digest of `data`.
std::string sha256_hex(std::string_view data);

}  // namespace specconf::capture
