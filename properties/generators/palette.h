// What a host profile offers a request to refer to: its paths sorted by what podman does with them, its
// images and its donor containers and pods. The profile's files table is the reference's whole
// filesystem, so requests built from a palette name paths that exist (or, deliberately, one that does
// not) on that host — and, for a captured profile, on the real machine it was captured from.
#pragma once

#include <string>
#include <vector>

#include "reference/model/host_profile.h"

namespace specconf::props::gen {

struct Palette {
  std::vector<std::string> char_devices;   // device nodes (lstat: char), e.g. /dev/null
  std::vector<std::string> block_devices;  // e.g. /dev/vda: blkio weight and throttle targets
  std::vector<std::string> device_dirs;    // directories holding device nodes: podman walks them
  std::vector<std::string> plain_dirs;     // directories without device nodes: bind sources, empty walks
  std::vector<std::string> plain_files;    // regular files: "not a device node", init binaries
  std::vector<std::string> symlinks;       // resolved by EvalSymlinks
  std::vector<std::string> others;         // fifos and sockets
  std::vector<std::string> seccomp_files;  // *.json files podman may load as seccomp profiles
  std::vector<std::string> ns_paths;       // /proc/self/ns/*: namespace paths
  std::vector<std::string> images;         // image names, e.g. localhost/specconf-full:1
  std::vector<std::string> containers;     // donor container names
  std::vector<std::string> pods;           // pod names
  std::string missing;                     // a path under /srv/specconf that the host does not have
};

// Sorted, so that generation depends only on the profile's content.
Palette palette_of(const host::HostProfile& h);

}  // namespace specconf::props::gen
