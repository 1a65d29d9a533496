#include "reference/storage/devices.h"

#include <set>
#include <vector>

#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/goport/panics.h"
#include "reference/goport/path.h"
#include "reference/goport/strings.h"
#include "reference/storage/host_syscalls.h"

namespace specconf::ref {
namespace {

constexpr const char* kEINVAL = "invalid argument";         // unix.EINVAL
constexpr const char* kNotADevice = "not a device node";    // util.errNotADevice

// What a directory entry's Type() says (the kind Go's readdir/lstat reports, from st_mode & S_IFMT).
enum class Kind { kOther, kDir, kDevice, kSymlink };

Kind kind_of(const host::FileFact* f) {
  if (!f) return Kind::kOther;
  switch (st_mode(*f) & kS_IFMT) {
    case 0040000: return Kind::kDir;
    case kS_IFBLK:
    case kS_IFCHR: return Kind::kDevice;  // os.ModeDevice is set for both
    case 0120000: return Kind::kSymlink;
    default: return Kind::kOther;
  }
}

// The names ReadDir returns for dir, sorted and unique; names a real directory cannot hold are skipped.
std::vector<std::string> read_dir_names(const host::HostProfile& h, const std::string& dir) {
  const StatResult st = sys_lstat(h, dir);
  const host::FileFact* f = st.fact;
  if (!f || !f->entries) return {};  // a ReadDir error is ignored by the walk callback
  std::set<std::string> names;
  for (const std::string& n : *f->entries) {
    if (n.empty() || n == "." || n == ".." || n.find('/') != std::string::npos || n.find('\0') != std::string::npos)
      continue;
    names.insert(n);
  }
  return {names.begin(), names.end()};
}

// filepath.WalkDir(root, fn) in pre-order, without following symlinks; fn(path, kind) for every entry.
template <class F>
void walk_dir(const host::HostProfile& h, const std::string& root, F&& fn) {
  const StatResult root_st = sys_lstat(h, root);
  const Kind root_kind = root_st.ok() ? kind_of(root_st.fact) : Kind::kOther;
  fn(root, root_kind);
  if (root_kind != Kind::kDir) return;
  struct Frame {
    std::string path;
    std::vector<std::string> names;
    std::size_t next = 0;
  };
  std::vector<Frame> stack;  // explicit, so a deep profile cannot exhaust the C++ stack
  stack.push_back({root, read_dir_names(h, root), 0});
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next == top.names.size()) {
      stack.pop_back();
      continue;
    }
    const std::string path = goport::path_join(top.path, top.names[top.next++]);
    const StatResult entry = sys_lstat(h, path);
    const Kind kind = entry.ok() ? kind_of(entry.fact) : Kind::kOther;
    fn(path, kind);
    if (kind == Kind::kDir) stack.push_back({path, read_dir_names(h, path), 0});
  }
}

// pkg/specgen/generate/config_linux.go:addDevice (podman aa47e05ae4).
void add_device(Generator& g, const std::string& device, const host::HostProfile& h) {
  const DeviceSpec d = parse_device(device);
  oci::LinuxDevice dev;
  if (std::string err = device_from_path(h, d.src, dev); !err.empty())
    fail(d.src + " is not a valid device: " + err);
  if (h.identity.rootless) {
    const StatResult st = sys_stat(h, d.src);
    if (!st.ok()) fail(path_error("stat", d.src, st.errno_text));
    oci::Mount m;
    m.destination = d.dst;
    m.type = "bind";
    m.source = d.src;
    m.options = {"slave", "nosuid", "noexec", d.permissions.find('w') != std::string::npos ? "rw" : "ro", "rbind"};
    g.config.mounts.push_back(std::move(m));  // straight into the spec, after whatever is there already
    return;
  }
  // src == /dev/fuse: podman opens it to load the fuse module; no effect on the spec.
  dev.path = d.dst;
  g.add_device(dev);
  g.add_linux_resources_device(true, dev.type, dev.major, dev.minor, d.permissions);
}

}  // namespace

// pkg/specgen/generate/config_linux.go:IsValidDeviceMode (podman aa47e05ae4). A multi-byte rune is never
// legal, so checking bytes is the same as Go's range over runes.
bool is_valid_device_mode(const std::string& mode) {
  if (mode.empty()) return false;
  bool legal_r = true, legal_w = true, legal_m = true;
  for (const char c : mode) {
    bool* legal = c == 'r' ? &legal_r : c == 'w' ? &legal_w : c == 'm' ? &legal_m : nullptr;
    if (!legal || !*legal) return false;
    *legal = false;
  }
  return true;
}

// pkg/specgen/generate/config_linux.go:ParseDevice (podman aa47e05ae4, same in v4.3.1).
DeviceSpec parse_device(const std::string& device) {
  DeviceSpec d;
  d.permissions = "rwm";
  const std::vector<std::string> arr = goport::split(device, ":");
  if (arr.size() > 3) fail("invalid device specification: " + device);
  if (arr.size() == 3) {
    if (!is_valid_device_mode(arr[2])) fail("invalid device mode: " + arr[2]);
    d.permissions = arr[2];
  }
  if (arr.size() >= 2) {  // case 3 falls through to case 2
    if (is_valid_device_mode(arr[1])) {
      d.permissions = arr[1];
    } else {
      if (arr[1].empty()) fail(goport::panics::index_out_of_range(0, 0));  // arr[1][0] on ""
      if (arr[1][0] != '/') fail("invalid device mode: " + arr[1]);
      d.dst = arr[1];
    }
  }
  d.src = arr[0];
  if (d.dst.empty()) d.dst = d.src;
  return d;
}

// pkg/util/utils_linux.go:DeviceFromPath (podman aa47e05ae4), copied there from runc.
std::string device_from_path(const host::HostProfile& h, const std::string& path, oci::LinuxDevice& out) {
  const StatResult st = sys_lstat(h, path);  // unix.Lstat: the bare errno, no PathError
  if (!st.ok()) return st.errno_text;
  const std::uint32_t mode = st_mode(*st.fact);
  // The same bit tests as Go, in Go's order (not a switch on S_IFMT).
  if ((mode & kS_IFBLK) == kS_IFBLK) out.type = "b";
  else if ((mode & kS_IFCHR) == kS_IFCHR) out.type = "c";
  else if ((mode & kS_IFIFO) == kS_IFIFO) out.type = "p";
  else return kNotADevice;
  out.path = path;
  out.file_mode = mode;
  out.uid = st.fact->uid;
  out.gid = st.fact->gid;
  out.major = st.fact->major;
  out.minor = st.fact->minor;
  return "";
}

// pkg/specgen/generate/config_linux.go:DevicesFromPath (podman aa47e05ae4, same in v4.3.1).
void devices_from_path(Generator& g, const std::string& device_path, const host::HostProfile& h) {
  const std::vector<std::string> devs = goport::split(device_path, ":");
  std::string resolved = devs[0];
  if (const StatResult l = sys_lstat(h, resolved); l.ok() && kind_of(l.fact) == Kind::kSymlink) {
    std::string errno_text;
    if (std::string linked = sys_eval_symlinks(h, resolved, errno_text); !linked.empty()) resolved = linked;
  }
  const StatResult st = sys_stat(h, resolved);
  if (!st.ok()) fail(path_error("stat", resolved, st.errno_text));
  if (kind_of(st.fact) != Kind::kDir) {
    std::vector<std::string> parts = devs;
    parts[0] = resolved;
    add_device(g, goport::join(parts, ":"), h);
    return;
  }

  const std::string& src = resolved;
  std::string dest = src;
  std::string devmode;
  if (devs.size() > 1) {
    if (!devs[1].empty() && devs[1][0] == '/') dest = devs[1];
    else devmode = devs[1];
  }
  if (devs.size() > 2) {
    if (!devmode.empty()) fail("invalid device specification " + device_path + ": " + kEINVAL);
    devmode = devs[2];
  }
  bool found = false;
  walk_dir(h, resolved, [&](const std::string& dpath, Kind kind) {
    if (kind != Kind::kDevice) return;
    found = true;
    const std::string rel = goport::has_prefix(dpath, src) ? dpath.substr(src.size()) : dpath;  // TrimPrefix
    std::string device = dpath + ":" + goport::path_join(dest, rel);
    if (!devmode.empty()) device += ":" + devmode;
    wrap_errors("failed to add " + dpath + " device", [&] { add_device(g, device, h); });
  });
  if (!found) fail("no devices found in " + device_path + ": " + kEINVAL);
}

}  // namespace specconf::ref
