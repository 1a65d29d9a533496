#include "properties/generators/palette.h"

#include <algorithm>

namespace specconf::props::gen {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

bool is_device(const host::FileFact* f) { return f && (f->type == "char" || f->type == "block"); }

// A directory podman's DevicesFromPath walk would find device nodes in (directly or below).
bool holds_devices(const host::HostProfile& h, const std::string& dir) {
  for (const auto& [path, fact] : h.files) {
    if (starts_with(path, dir + "/") && is_device(&fact)) return true;
  }
  return false;
}

}  // namespace

Palette palette_of(const host::HostProfile& h) {
  Palette p;
  for (const auto& [path, f] : h.files) {  // std::map: already sorted
    if (!f.error.empty()) continue;
    if (starts_with(path, "/proc/self/ns/")) {
      p.ns_paths.push_back(path);
    } else if (f.type == "char") {
      p.char_devices.push_back(path);
    } else if (f.type == "block") {
      p.block_devices.push_back(path);
    } else if (f.type == "dir") {
      // "/dev" itself holds devices but is the container's /dev as well; keep it among plain dirs.
      (path != "/dev" && holds_devices(h, path) ? p.device_dirs : p.plain_dirs).push_back(path);
    } else if (f.type == "file") {
      (ends_with(path, ".json") ? p.seccomp_files : p.plain_files).push_back(path);
    } else if (f.type == "symlink") {
      p.symlinks.push_back(path);
    } else {
      p.others.push_back(path);
    }
  }
  for (const auto& img : h.images) {
    if (!img.names.empty()) p.images.push_back(img.names.front());
  }
  std::sort(p.images.begin(), p.images.end());
  for (const auto& c : h.containers) p.containers.push_back(c.name);
  std::sort(p.containers.begin(), p.containers.end());
  for (const auto& pod : h.pods) p.pods.push_back(pod.name);
  std::sort(p.pods.begin(), p.pods.end());
  p.missing = "/srv/specconf/missing";
  while (h.file(p.missing)) p.missing += "-x";
  return p;
}

}  // namespace specconf::props::gen
