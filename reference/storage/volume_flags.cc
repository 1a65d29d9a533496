#include "reference/storage/volume_flags.h"

#include <optional>

#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/goport/filepath.h"
#include "reference/goport/path.h"
#include "reference/goport/strings.h"
#include "reference/storage/host_syscalls.h"
#include "reference/storage/mount_options.h"

namespace specconf::ref {

std::vector<std::string> split_volume_string(const std::string& vol) { return goport::split(vol, ":"); }

namespace {

// The path filepath.EvalSymlinks names when it fails: the first component-wise prefix lstat cannot find.
std::string first_missing_prefix(const host::HostProfile& h, const std::string& path) {
  const std::string c = goport::path_clean(path);
  for (std::size_t from = c.empty() || c[0] != '/' ? 0 : 1;;) {
    const std::size_t slash = c.find('/', from);
    const std::string prefix = c.substr(0, slash);
    if (slash == std::string::npos || !sys_lstat(h, prefix).ok()) return prefix;
    from = slash + 1;
  }
}

bool string_slices_equal(const std::vector<std::string>& a, const std::vector<std::string>& b) { return a == b; }

// The `O` checks of GenVolumeMounts: true when the options make an overlay volume.
bool overlay_requested(const std::vector<std::string>& options) {
  bool overlay = false;
  for (const std::string& o : options) {
    if (o != "O") continue;
    overlay = true;
    const std::string joined = goport::join(options, "");
    const bool chown = goport::contains(joined, "U");
    const bool upperdir = goport::contains(joined, "upperdir");
    const bool workdir = goport::contains(joined, "workdir");
    if (workdir != upperdir) fail("must set both `upperdir` and `workdir`");
    const std::size_t n = options.size();
    if ((n > 2 && !(n == 3 && upperdir && workdir)) || (n == 2 && !chown))
      fail("can't use 'O' with other options");
  }
  return overlay;
}

}  // namespace

// pkg/specgen/volumes.go:GenVolumeMounts (podman aa47e05ae4, same in v4.3.1).
VolumeFlags gen_volume_mounts(const std::vector<std::string>& volume_flag, const host::HostProfile& h) {
  VolumeFlags out;
  for (const std::string& vol : volume_flag) {
    std::vector<std::string> split = split_volume_string(vol);
    if (split.size() > 3) fail(vol + ": incorrect volume format, should be [host-dir:]ctr-dir[:option]");

    std::string src = split[0];
    if (goport::has_prefix(src, "./")) {  // relative paths beginning with ./
      std::string errno_text;
      const std::string resolved = sys_eval_symlinks(h, src, errno_text);
      if (resolved.empty()) {
        const std::string missing = first_missing_prefix(h, src);
        fail(path_error("lstat", missing, sys_lstat(h, missing).errno_text));
      }
      src = goport::filepath_abs(resolved, h.cwd);
      split[0] = src;
    }

    std::string dest;
    if (split.size() == 1) {  // an anonymous named volume: only the destination is given
      src.clear();
      dest = split[0];
    } else {
      dest = split[1];
    }
    std::optional<std::vector<std::string>> options;
    if (split.size() > 2) options = validate_volume_opts(goport::split(split[2], ","));
    const std::vector<std::string> opts = options.value_or(std::vector<std::string>{});

    if (split.size() > 1 && src.empty()) fail("host directory cannot be empty");

    if (goport::has_prefix(src, "/") || goport::has_prefix(src, ".")) {
      if (overlay_requested(opts)) {
        specgen::OverlayVolume ov;
        ov.destination = dest;
        ov.source = goport::filepath_abs(src, h.cwd);
        ov.options = opts;
        if (const auto* old = out.overlays.find(ov.destination)) {
          if (old->source == ov.source && string_slices_equal(old->options, ov.options)) continue;
          fail(ov.destination + ": " + errors::kDuplicateDest);
        }
        out.overlays.set(ov.destination, ov);
      } else {
        oci::Mount m;
        m.destination = dest;
        m.type = "bind";
        m.source = src;
        m.options = opts;
        if (const auto* old = out.mounts.find(m.destination)) {
          if (old->source == m.source && string_slices_equal(old->options, m.options)) continue;
          fail(m.destination + ": " + errors::kDuplicateDest);
        }
        out.mounts.set(m.destination, m);
      }
    } else {
      specgen::NamedVolume nv;
      nv.name = src;
      nv.dest = dest;
      nv.options = options;
      if (const auto* old = out.volumes.find(nv.dest)) {
        if (old->name == nv.name) continue;
        fail(nv.dest + ": " + errors::kDuplicateDest);
      }
      out.volumes.set(nv.dest, nv);
    }
  }
  return out;
}

}  // namespace specconf::ref
