// The corpus's host paths (corpus/hostfs.json), created under /srv/specconf before capturing and removed
// afterwards. Everything is owned by root and world-readable, so rootless services can use it.
#pragma once

#include <string>

#include "tools/capture/corpus.h"

namespace specconf::capture {

// Removes any previous /srv/specconf, then creates every entry in order (parents as 0755 dirs).
// Returns "" or an error naming the path.
std::string install_hostfs(const Corpus& corpus);

// Removes /srv/specconf and everything below it (never crossing into another filesystem).
std::string remove_hostfs();

}  // namespace specconf::capture
