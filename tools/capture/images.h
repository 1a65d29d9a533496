// The corpus images (corpus/images/*.json): one deterministic tarball of corpus/images/rootfs/, imported
// into each profile's store as localhost/specconf-<name>:1 with the image's --change instructions.
#pragma once

#include <string>

#include "tools/capture/corpus.h"
#include "tools/capture/profiles.h"

namespace specconf::capture {

// Writes the rootfs tarball (sorted names, owner 0:0, mtime 0, normalised modes) to `out`.
std::string build_rootfs_tarball(const Corpus& corpus, const std::string& out);

// `podman import` of every image into the profile's store.
std::string import_images(const ProfileScript& script, const std::string& profile, const Corpus& corpus,
                          const std::string& tarball);

}  // namespace specconf::capture
