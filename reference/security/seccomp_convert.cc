#include "reference/security/seccomp_convert.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "reference/core/error.h"
#include "reference/goport/panics.h"
#include "reference/goport/strconv.h"
#include "reference/security/errno_tables.h"

namespace specconf::ref::seccomp {
namespace {

bool in_slice(const std::vector<std::string>& slice, const std::string& s) {
  return std::find(slice.begin(), slice.end(), s) != slice.end();
}

// strconv.ParseUint(s, 10, 32)'s value; getErrno only asks whether it failed.
std::optional<std::uint64_t> parse_uint32(const std::string& s) {
  std::string error;
  return goport::parse_uint10(s, 32, error);
}

// seccomp_linux.go:getArchitectures.
void get_architectures(const Seccomp& config, oci::LinuxSeccomp& out) {
  if (!config.architectures.empty() && !config.arch_map.empty()) {
    fail(
        "'architectures' and 'archMap' were specified in the seccomp profile, use either 'architectures' or "
        "'archMap'");
  }
  for (const Arch& a : config.architectures) out.architectures.emplace_back(a.str());
}

// seccomp_linux.go:createSpecsSyscall.
oci::LinuxSyscall create_specs_syscall(std::vector<std::string> names, const Action& action,
                                       const std::optional<std::vector<std::optional<Arg>>>& args,
                                       std::optional<GoUint> errno_ret) {
  oci::LinuxSyscall call;
  call.names = std::move(names);
  call.action = action.str();
  call.errno_ret = errno_ret;
  if (args) {
    for (const std::optional<Arg>& arg : *args) {
      // Go dereferences a null entry of "args" unchecked; podman's panic handler returns the panic text.
      if (!arg) fail(goport::panics::kNilDereference);
      call.args.push_back(oci::LinuxSeccompArg{arg->index, arg->value, arg->value_two, arg->op.str()});
    }
  }
  return call;
}

// Whether setupSeccomp's `continue Loop` filters drop this entry.
bool filtered_out(const Syscall& call, const std::vector<std::string>& bounding, const std::string& arch) {
  if (in_slice(call.excludes.arches, arch)) return true;
  for (const std::string& c : call.excludes.caps) {
    if (in_slice(bounding, c)) return true;
  }
  if (!call.includes.arches.empty() && !in_slice(call.includes.arches, arch)) return true;
  for (const std::string& c : call.includes.caps) {
    if (!in_slice(bounding, c)) return true;
  }
  return false;
}

// ---- The conversion cache ----

// One conversion's outcome: the spec section, or podman's error text.
struct Conversion {
  std::optional<oci::LinuxSeccomp> seccomp;
  std::string error;
  bool failed = false;
};

// One distinct profile text: its decoded value (or decode error) and its conversions so far.
struct Decoded {
  std::string text;  // the cache's key points here
  Seccomp profile;
  std::string error;  // "" when decoding succeeded
  std::unordered_map<std::string, std::shared_ptr<const Conversion>> conversions;
};

// A fuzzer sends endless distinct texts: beyond these sizes the cache starts over rather than grow.
constexpr std::size_t kMaxTexts = 32;
constexpr std::size_t kMaxConversionsPerText = 64;

std::atomic<bool> cache_enabled{true};
std::mutex cache_mu;
std::unordered_map<std::string_view, std::shared_ptr<Decoded>>& cache() {
  static auto* texts = new std::unordered_map<std::string_view, std::shared_ptr<Decoded>>();
  return *texts;
}

// Length-prefixed, so that distinct (arch, bounding) pairs never share a key.
// Built in place: it is made on every create, from some forty capability names.
std::string conversion_key(const std::vector<std::string>& bounding, const std::string& arch) {
  std::string key;
  key.reserve(16 + arch.size() + bounding.size() * 24);
  const auto add = [&key](const std::string& s) {
    key += std::to_string(s.size());
    key += ':';
    key += s;
  };
  add(arch);
  for (const std::string& c : bounding) add(c);
  return key;
}

std::shared_ptr<Decoded> decode(std::string_view body) {
  auto d = std::make_shared<Decoded>();
  d->text = std::string(body);
  if (std::string err = gojson::go_unmarshal(body, d->profile); !err.empty()) {
    d->error = "decoding seccomp profile failed: " + err;
  }
  return d;
}

std::shared_ptr<const Conversion> convert(const Decoded& d, const std::vector<std::string>& bounding,
                                          const std::string& arch) {
  auto c = std::make_shared<Conversion>();
  try {
    c->seccomp = setup_seccomp(d.profile, bounding, arch);
  } catch (const PodmanError& e) {
    c->failed = true;
    c->error = e.message();
  }
  return c;
}

}  // namespace

std::optional<std::string> native_to_seccomp(std::string_view native_arch) {
  static const std::pair<std::string_view, const char*> kTable[] = {
      {"amd64", "SCMP_ARCH_X86_64"},      {"arm64", "SCMP_ARCH_AARCH64"},
      {"mips64", "SCMP_ARCH_MIPS64"},     {"mips64n32", "SCMP_ARCH_MIPS64N32"},
      {"mipsel64", "SCMP_ARCH_MIPSEL64"}, {"mipsel64n32", "SCMP_ARCH_MIPSEL64N32"},
      {"s390x", "SCMP_ARCH_S390X"},
  };
  for (const auto& [native, arch] : kTable) {
    if (native == native_arch) return std::string(arch);
  }
  return std::nullopt;
}

std::optional<GoUint> get_errno(const std::string& name, std::optional<GoUint> def, const std::string& native_arch) {
  if (name.empty()) return def;
  if (const auto v = parse_uint32(name)) return static_cast<GoUint>(*v);
  const auto v = errno_by_name(name, native_arch);
  if (!v) fail("unknown errno " + name);
  return static_cast<GoUint>(*v);
}

std::optional<oci::LinuxSeccomp> setup_seccomp(const Seccomp& config, const std::vector<std::string>& bounding,
                                               const std::string& native_arch) {
  const bool no_syscalls = !config.syscalls || config.syscalls->empty();
  if (config.default_action.empty() && no_syscalls) return std::nullopt;  // assume seccomp disabled

  oci::LinuxSeccomp out;
  const std::string& arch = native_arch;
  get_architectures(config, out);
  for (const std::string& flag : config.flags) out.flags.emplace_back(flag);
  out.listener_path = config.listener_path;
  out.listener_metadata = config.listener_metadata;

  if (const auto seccomp_arch = native_to_seccomp(arch)) {
    for (const Architecture& a : config.arch_map) {
      if (a.arch.str() != *seccomp_arch) continue;
      out.architectures.emplace_back(a.arch.str());
      if (a.sub_arches) {
        for (const Arch& sa : *a.sub_arches) out.architectures.emplace_back(sa.str());
      }
      break;
    }
  }

  out.default_action = config.default_action.str();
  out.default_errno_ret = get_errno(config.default_errno, config.default_errno_ret, arch);

  if (config.syscalls) {
    for (const std::optional<Syscall>& entry : *config.syscalls) {
      // Likewise for a null entry of "syscalls".
      if (!entry) fail(goport::panics::kNilDereference);
      const Syscall& call = *entry;
      if (filtered_out(call, bounding, arch)) continue;
      if (!call.name.empty() && !call.names.empty()) {
        fail("'name' and 'names' were specified in the seccomp profile, use either 'name' or 'names'");
      }
      const std::optional<GoUint> errno_ret = get_errno(call.errno_, call.errno_ret, arch);
      if (!call.name.empty()) {
        out.syscalls.push_back(create_specs_syscall({call.name}, call.action, call.args, errno_ret));
      }
      if (!call.names.empty()) {
        out.syscalls.push_back(create_specs_syscall(call.names, call.action, call.args, errno_ret));
      }
    }
  }
  return out;
}

std::optional<oci::LinuxSeccomp> load_profile(std::string_view body, const std::vector<std::string>& bounding,
                                              const std::string& native_arch) {
  if (!cache_enabled.load(std::memory_order_relaxed)) {
    const std::shared_ptr<const Decoded> decoded = decode(body);
    if (!decoded->error.empty()) fail(decoded->error);
    const std::shared_ptr<const Conversion> conversion = convert(*decoded, bounding, native_arch);
    if (conversion->failed) fail(conversion->error);
    return conversion->seccomp;
  }
  const std::string key = conversion_key(bounding, native_arch);
  std::shared_ptr<Decoded> decoded;
  std::shared_ptr<const Conversion> conversion;
  {
    std::lock_guard<std::mutex> lock(cache_mu);
    auto& texts = cache();
    if (auto it = texts.find(body); it != texts.end()) {
      decoded = it->second;
      if (auto c = decoded->conversions.find(key); c != decoded->conversions.end()) conversion = c->second;
    }
  }
  // Decoding and converting run unlocked; a racing thread may do the same work, with the same result.
  if (!decoded) {
    decoded = decode(body);
    std::lock_guard<std::mutex> lock(cache_mu);
    auto& texts = cache();
    if (texts.size() >= kMaxTexts) texts.clear();
    decoded = texts.emplace(decoded->text, decoded).first->second;
  }
  if (!decoded->error.empty()) fail(decoded->error);
  if (!conversion) {
    conversion = convert(*decoded, bounding, native_arch);
    std::lock_guard<std::mutex> lock(cache_mu);
    if (decoded->conversions.size() >= kMaxConversionsPerText) decoded->conversions.clear();
    conversion = decoded->conversions.emplace(key, conversion).first->second;
  }
  if (conversion->failed) fail(conversion->error);
  return conversion->seccomp;
}

void set_cache_enabled(bool enabled) { cache_enabled.store(enabled, std::memory_order_relaxed); }

}  // namespace specconf::ref::seccomp
