// The devices podman adds, written out from config_linux.go (DevicesFromPath, ParseDevice) and
// oci_linux.go:228-247 over the host profile's file table: which node lands at which destination with
// which permissions, after symlinks are resolved and directories walked. Invariants need this order to
// tell podman's own binds from a buggy engine's; it is never taken from the reference.
#include <algorithm>
#include <functional>

#include "properties/catalog/facts.h"
#include "reference/goport/path.h"
#include "reference/goport/strings.h"

namespace specconf::props {
namespace {

// The profile's entry for an absolute path (the table is keyed by clean paths); nullptr when the path is
// relative, missing, or failed to stat for the service.
const host::FileFact* lookup(const host::HostProfile& h, const std::string& path) {
  if (!goport::has_prefix(path, "/")) return nullptr;
  const host::FileFact* f = h.file(goport::path_clean(path));
  return f && f->error.empty() ? f : nullptr;
}

bool is_device_node(const host::FileFact* f) { return f && (f->type == "char" || f->type == "block"); }

// config_linux.go IsValidDeviceMode: one or more of r, w, m, each at most once.
bool valid_device_mode(const std::string& m) {
  if (m.empty()) return false;
  std::set<char> seen;
  for (char c : m) {
    if ((c != 'r' && c != 'w' && c != 'm') || !seen.insert(c).second) return false;
  }
  return true;
}

// addDevice (config_linux.go:126-163): ParseDevice, then DeviceFromPath needs a block, char or fifo node.
std::optional<DeviceAdd> add_device(const host::HostProfile& h, const std::string& device) {
  auto d = parse_device(device);
  if (!d) return std::nullopt;
  const host::FileFact* f = lookup(h, d->src);
  if (!is_device_node(f) && !(f && f->type == "fifo")) return std::nullopt;
  return d;
}

// filepath.WalkDir in lexical order without following symlinks: fn for every entry below `dir`.
void walk(const host::HostProfile& h, const std::string& dir, const std::function<void(const std::string&)>& fn,
          int depth = 0) {
  const host::FileFact* f = lookup(h, dir);
  if (!f || f->type != "dir" || !f->entries || depth > 64) return;  // a ReadDir error is ignored
  std::vector<std::string> names = *f->entries;
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  for (const auto& name : names) {
    if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos) continue;
    const std::string path = goport::path_join(dir, name);
    fn(path);
    walk(h, path, fn, depth + 1);
  }
}

}  // namespace

std::optional<DeviceAdd> parse_device(const std::string& device) {
  const auto arr = goport::split(device, ":");
  if (arr.empty() || arr.size() > 3) return std::nullopt;
  DeviceAdd d{arr[0], "", "rwm"};
  if (arr.size() == 3) {
    if (!valid_device_mode(arr[2])) return std::nullopt;
    d.permissions = arr[2];
  }
  if (arr.size() >= 2) {
    if (valid_device_mode(arr[1])) {
      d.permissions = arr[1];
    } else {
      if (arr[1].empty() || arr[1][0] != '/') return std::nullopt;  // "" makes Go panic on arr[1][0]
      d.dst = arr[1];
    }
  }
  if (d.dst.empty()) d.dst = d.src;
  return d;
}

std::optional<std::string> device_destination(const std::string& device) {
  const auto d = parse_device(device);
  return d ? std::optional<std::string>(d->dst) : std::nullopt;
}

std::optional<std::vector<DeviceAdd>> device_adds(const host::HostProfile& h, const std::string& device) {
  const auto devs = goport::split(device, ":");
  std::string resolved = devs[0];
  // An EvalSymlinks failure keeps the link's own path, which stat then fails on.
  if (const host::FileFact* l = lookup(h, resolved); l && l->type == "symlink" && !l->target.empty()) {
    resolved = l->target;
  }
  const host::FileFact* st = lookup(h, resolved);
  if (!st || st->type == "symlink") return std::nullopt;
  if (st->type != "dir") {
    std::vector<std::string> parts = devs;
    parts[0] = resolved;
    const auto d = add_device(h, goport::join(parts, ":"));
    if (!d) return std::nullopt;
    return std::vector<DeviceAdd>{*d};
  }
  // A directory: every block or char node below it, at dest + its path below src (config_linux.go:34-72).
  const std::string& src = resolved;
  std::string dest = src, devmode;
  if (devs.size() > 1) {
    if (!devs[1].empty() && devs[1][0] == '/') dest = devs[1];
    else devmode = devs[1];
  }
  if (devs.size() > 2) {
    if (!devmode.empty()) return std::nullopt;
    devmode = devs[2];
  }
  std::vector<DeviceAdd> out;
  bool failed = false;
  walk(h, src, [&](const std::string& dpath) {
    if (failed || !is_device_node(lookup(h, dpath))) return;
    const std::string rel = goport::has_prefix(dpath, src) ? dpath.substr(src.size()) : dpath;
    std::string one = dpath + ":" + goport::path_join(dest, rel);
    if (!devmode.empty()) one += ":" + devmode;
    const auto d = add_device(h, one);
    if (!d) failed = true;
    else out.push_back(*d);
  });
  if (failed || out.empty()) return std::nullopt;  // "no devices found in ..." when the walk found none
  return out;
}

std::vector<std::string> podman_device_strings(const host::HostProfile& h, const specgen::SpecGenerator& s) {
  std::vector<std::string> all = h.containers_conf.devices;
  // Inherit hands a pod's infra device list over; SpecGenToOCI uses it when the request has none.
  std::vector<std::string> inherited;
  if (!s.pod.empty()) {
    for (const auto& p : h.pods) {
      if ((p.id != s.pod && p.name != s.pod) || p.infra_id.empty()) continue;
      const host::Container* infra = find_container(h, p.infra_id);
      if (!infra) break;
      if (infra->infra_inherit)
        for (const auto& d : infra->infra_inherit->host_device_list) inherited.push_back(d.path);
      for (const auto& d : s.host_device_list) inherited.push_back(d.path);
      break;
    }
  }
  if (!inherited.empty() && s.devices.empty()) {
    all.insert(all.end(), inherited.begin(), inherited.end());
  } else {
    for (const auto& d : s.devices) all.push_back(d.path);
  }
  return all;
}

std::vector<DeviceAdd> podman_device_adds(const host::HostProfile& h, const specgen::SpecGenerator& s) {
  std::vector<DeviceAdd> out;
  if (s.privileged) return out;
  for (const auto& device : podman_device_strings(h, s)) {
    if (const auto adds = device_adds(h, device)) out.insert(out.end(), adds->begin(), adds->end());
  }
  return out;
}

}  // namespace specconf::props
