#include "reference/storage/mount_options.h"

#include <string_view>

#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/goport/path.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"
#include "reference/storage/host_syscalls.h"

namespace specconf::ref {
namespace {

enum Flag { kWrite, kSize, kProp, kMode, kExec, kSuid, kDev, kCopyUp, kBind, kZ, kU, kCopy, kNone, kFlagCount };
enum Only { kAny, kTmpfsOnly, kNotTmpfs };

// One case of ProcessOptions' switch on the option's name (the text before any '=').
struct OptionRule {
  std::string_view name;
  Flag flag;
  Only only;
  const char* only_error;  // wraps util.ErrBadMntOption
  const char* dup_error;   // wraps util.ErrDupeMntOption
  bool drop;               // `continue`: not passed on to the runtime
};

constexpr const char* kPropDup = "only one root propagation mode can be used";
constexpr const char* kCopyUpDup = "the 'tmpcopyup' or 'notmpcopyup' option can only be set once";
constexpr const char* kBindOnly = "the 'bind' and 'rbind' options are not allowed with tmpfs mounts";
constexpr const char* kZOnly = "the 'z' and 'Z' options are not allowed with tmpfs mounts";

constexpr OptionRule kRules[] = {
    {"copy", kCopy, kAny, nullptr, "only one of 'nocopy' and 'copy' can be used", false},
    {"nocopy", kCopy, kAny, nullptr, "only one of 'nocopy' and 'copy' can be used", false},
    {"exec", kExec, kAny, nullptr, "only one of 'noexec' and 'exec' can be used", false},
    {"noexec", kExec, kAny, nullptr, "only one of 'noexec' and 'exec' can be used", false},
    {"suid", kSuid, kAny, nullptr, "only one of 'nosuid' and 'suid' can be used", false},
    {"nosuid", kSuid, kAny, nullptr, "only one of 'nosuid' and 'suid' can be used", false},
    {"nodev", kDev, kAny, nullptr, "only one of 'nodev' and 'dev' can be used", false},
    {"dev", kDev, kAny, nullptr, "only one of 'nodev' and 'dev' can be used", false},
    {"rw", kWrite, kAny, nullptr, "only one of 'rw' and 'ro' can be used", false},
    {"ro", kWrite, kAny, nullptr, "only one of 'rw' and 'ro' can be used", false},
    {"private", kProp, kAny, nullptr, kPropDup, false},
    {"rprivate", kProp, kAny, nullptr, kPropDup, false},
    {"slave", kProp, kAny, nullptr, kPropDup, false},
    {"rslave", kProp, kAny, nullptr, kPropDup, false},
    {"shared", kProp, kAny, nullptr, kPropDup, false},
    {"rshared", kProp, kAny, nullptr, kPropDup, false},
    {"unbindable", kProp, kAny, nullptr, kPropDup, false},
    {"runbindable", kProp, kAny, nullptr, kPropDup, false},
    {"size", kSize, kTmpfsOnly, "the 'size' option is only allowed with tmpfs mounts",
     "only one tmpfs size can be specified", false},
    {"mode", kMode, kTmpfsOnly, "the 'mode' option is only allowed with tmpfs mounts",
     "only one tmpfs mode can be specified", false},
    {"tmpcopyup", kCopyUp, kTmpfsOnly, "the 'tmpcopyup' option is only allowed with tmpfs mounts", kCopyUpDup,
     false},
    {"notmpcopyup", kCopyUp, kTmpfsOnly, "the 'notmpcopyup' option is only allowed with tmpfs mounts", kCopyUpDup,
     true},
    {"consistency", kNone, kAny, nullptr, nullptr, true},  // Docker ignores it, so podman does too
    {"bind", kBind, kNotTmpfs, kBindOnly, "only one of 'rbind' and 'bind' can be used", false},
    {"rbind", kBind, kNotTmpfs, kBindOnly, "only one of 'rbind' and 'bind' can be used", false},
    {"z", kZ, kNotTmpfs, kZOnly, "only one of 'z' and 'Z' can be used", false},
    {"Z", kZ, kNotTmpfs, kZOnly, "only one of 'z' and 'Z' can be used", false},
    {"U", kU, kAny, nullptr, "the 'U' option can only be set once", false},
    {"O", kNone, kAny, nullptr, nullptr, false},           // sets foundOverlay
    {"volume-opt", kNone, kAny, nullptr, nullptr, false},  // appended twice, see below
};

const OptionRule* find_rule(std::string_view name) {
  for (const auto& r : kRules)
    if (r.name == name) return &r;
  return nullptr;
}

[[noreturn]] void dupe(const char* msg) { fail(std::string(msg) + ": " + errors::kDupeMntOption); }
[[noreturn]] void bad(const std::string& msg) { fail(msg + ": " + errors::kBadMntOption); }

struct DefaultMountOptions {
  bool noexec = false;
  bool nosuid = true;
  bool nodev = true;
};

// pkg/util/mountOpts_linux.go:getDefaultMountOptions (podman aa47e05ae4).
DefaultMountOptions get_default_mount_options(const std::string& path, const host::HostProfile& h) {
  DefaultMountOptions opts;
  if (path.empty()) return opts;
  const StatResult st = sys_statfs(h, path);
  if (!st.ok()) fail(path_error("statfs", path, st.errno_text));
  opts.nodev = st.fact->nodev;
  opts.noexec = st.fact->noexec;
  opts.nosuid = st.fact->nosuid;
  return opts;
}

// The `invalid options %q, ...` texts of ValidateVolumeOpts, one per counted option group.
struct VolumeOptGroup {
  std::vector<std::string_view> names;
  const char* limit;
};

const std::vector<VolumeOptGroup>& volume_opt_groups() {
  static const std::vector<VolumeOptGroup> groups = {
      {{"noexec", "exec"}, "can only specify 1 'noexec' or 'exec' option"},
      {{"nodev", "dev"}, "can only specify 1 'nodev' or 'dev' option"},
      {{"nosuid", "suid"}, "can only specify 1 'nosuid' or 'suid' option"},
      {{"rw", "ro"}, "can only specify 1 'rw' or 'ro' option"},
      {{"z", "Z", "O"}, "can only specify 1 'z', 'Z', or 'O' option"},
      {{"U"}, "can only specify 1 'U' option"},
      {{"private", "rprivate", "shared", "rshared", "slave", "rslave", "unbindable", "runbindable"},
       "can only specify 1 '[r]shared', '[r]private', '[r]slave' or '[r]unbindable' option"},
      {{"bind", "rbind"}, "can only specify 1 '[r]bind' option"},
      {{"copy", "nocopy"}, "can only specify 1 'copy' or 'nocopy' option"},
  };
  return groups;
}

}  // namespace

// pkg/util/mountOpts.go:ProcessOptions (podman aa47e05ae4, same in v4.3.1).
std::vector<std::string> process_options(const std::vector<std::string>& options, bool is_tmpfs,
                                         const std::string& source_path, const host::HostProfile& h) {
  bool found[kFlagCount] = {};
  bool found_overlay = false;
  bool found_idmap = false;
  std::vector<std::string> out;
  out.reserve(options.size() + 6);
  for (const std::string& opt : options) {
    const std::string_view name = std::string_view(opt).substr(0, opt.find('='));
    // After an "O", anything mentioning upperdir or workdir passes unchecked.
    if (found_overlay && (goport::contains(opt, "upperdir") || goport::contains(opt, "workdir"))) {
      out.push_back(opt);
      continue;
    }
    if (goport::has_prefix(name, "idmap")) {
      if (found_idmap) dupe("the 'idmap' option can only be set once");
      found_idmap = true;
      out.push_back(opt);
      continue;
    }
    const OptionRule* rule = find_rule(name);
    if (!rule) bad("unknown mount option " + goport::quote(opt));
    if (rule->only == kTmpfsOnly && !is_tmpfs) bad(rule->only_error);
    if (rule->only == kNotTmpfs && is_tmpfs) bad(rule->only_error);
    if (rule->flag != kNone) {
      if (found[rule->flag]) dupe(rule->dup_error);
      found[rule->flag] = true;
    }
    if (rule->name == "O") found_overlay = true;
    if (rule->name == "volume-opt") out.push_back(opt);  // its case appends, then the common append does
    if (rule->drop) continue;
    out.push_back(opt);
  }
  if (!found[kWrite]) out.push_back("rw");
  if (!found[kProp]) out.push_back("rprivate");
  const DefaultMountOptions defaults = get_default_mount_options(source_path, h);
  if (!found[kExec] && defaults.noexec) out.push_back("noexec");
  if (!found[kSuid] && defaults.nosuid) out.push_back("nosuid");
  if (!found[kDev] && defaults.nodev) out.push_back("nodev");
  if (is_tmpfs && !found[kCopyUp]) out.push_back("tmpcopyup");
  if (!is_tmpfs && !found[kBind]) out.push_back("rbind");
  return out;
}

// common/pkg/parse/parse.go:ValidateVolumeOpts (containers/common 0.50.1).
std::vector<std::string> validate_volume_opts(const std::vector<std::string>& options) {
  const auto& groups = volume_opt_groups();
  std::vector<int> counts(groups.size(), 0);
  int upperdir = 0;
  int workdir = 0;
  const auto invalid = [&](const std::string& limit) {
    fail("invalid options " + goport::quote(goport::join(options, ", ")) + ", " + limit);
  };
  std::vector<std::string> out;
  out.reserve(options.size());
  for (const std::string& opt : options) {
    if (goport::contains(opt, "upperdir")) {
      if (++upperdir > 1) invalid("can only specify 1 upperdir per overlay");
      out.push_back(opt);
      continue;
    }
    if (goport::contains(opt, "workdir")) {
      if (++workdir > 1) invalid("can only specify 1 workdir per overlay");
      out.push_back(opt);
      continue;
    }
    if (goport::has_prefix(opt, "idmap")) {
      out.push_back(opt);
      continue;
    }
    if (opt == "cached" || opt == "delegated") continue;  // OS X options, meaningless on Linux
    bool known = false;
    for (std::size_t g = 0; g < groups.size() && !known; ++g) {
      for (std::string_view n : groups[g].names) {
        if (opt != n) continue;
        known = true;
        if (++counts[g] > 1) invalid(groups[g].limit);
        break;
      }
    }
    if (!known) fail("invalid option type " + goport::quote(opt));
    out.push_back(opt);
  }
  return out;
}

// common/pkg/parse/parse.go:ValidateVolumeCtrDir (containers/common 0.50.1).
void validate_volume_ctr_dir(const std::string& ctr_dir) {
  if (ctr_dir.empty()) fail("container directory cannot be empty");
  if (!goport::path_is_abs(ctr_dir)) fail("invalid container path " + goport::quote(ctr_dir) + ", must be an absolute path");
}

}  // namespace specconf::ref
