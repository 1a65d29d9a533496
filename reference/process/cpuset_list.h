// cpuset lists ("0-3,7"): docker/docker pkg/parsers.ParseUintList and containers/common sysinfo's
// isCpusetListAvailable, kept as ranges so a huge range costs nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace specconf::ref {

struct UintRange {
  std::int64_t lo;
  std::int64_t hi;
};

// docker/docker pkg/parsers/parsers.go:parseUintList (docker 20.10.24, Debian's; the same as podman's
// vendored 20.10.18) with maximum 0: comma-separated strconv.Atoi values or "a-b" ranges (b >= a).
// nullopt where Go returns "invalid format". "" is the empty set. The ranges are as written (unsorted,
// possibly overlapping). Deliberate difference: Go fills a map with every member, so podman never
// returns for a range like 0-9223372036854775807; this answers at once.
std::optional<std::vector<UintRange>> parse_uint_list(const std::string& val);

// common/pkg/sysinfo/sysinfo.go:isCpusetListAvailable (containers/common v0.50.1): nullopt on a parse
// error of either list, else whether every provided member is available.
std::optional<bool> is_cpuset_list_available(const std::string& provided, const std::string& available);

}  // namespace specconf::ref
