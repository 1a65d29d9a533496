// Where the leading block of user mounts ends in a stored spec's "mounts" list, found from the list
// alone. golden/README.md "## Comparison rules" gives the definition and why it is sound.
#pragma once

#include <cstddef>

#include <nlohmann/json.hpp>

namespace specconf::diff {

// Rank of a mount in podman's fixed order of config mounts (SpecGenToOCI: runtime-tools defaults,
// then the /sys, devpts, mqueue, proc and cgroup appends), or 0 when the mount's (destination, type,
// source) is none of them. Devpts has two ranks: in place (3) or moved to the end (7). Returns the
// largest rank below `below`, so that a backward scan can keep the ranks strictly increasing.
int config_mount_rank_below(const nlohmann::json& mount, int below);

// Number of leading mounts that are podman's user block: the list minus its config tail. The config
// tail is the longest run of config-shaped mounts with strictly increasing ranks that ends at the last
// config-shaped mount and is followed only by mounts that are not config-shaped (rootless device
// binds). With no config-shaped mount at all, the whole list is the user block.
// `mounts` must be an array.
std::size_t leading_user_mounts(const nlohmann::json& mounts);

}  // namespace specconf::diff
