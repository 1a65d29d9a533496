#include "fuzz/common/seccomp_section.h"

#include <functional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "fuzz/common/check.h"
#include "properties/schema/oci_schema.h"
#include "reference/model/oci_spec_json.h"

namespace specconf::fuzz {
namespace {

// Sections verified so far, by a hash of their value: encoding one just to look it up would cost as
// much as the check it saves. Distinct sections are few, but a fuzzer can make many (caps, arch,
// profile files in host overlays): past this many the memory starts over.
constexpr std::size_t kMaxRemembered = 256;

struct Verified {
  oci::LinuxSeccomp section;
  std::string oci_version;
  SeccompVerdict verdict;
};

std::unordered_multimap<std::size_t, Verified>& remembered() {
  static auto* m = new std::unordered_multimap<std::size_t, Verified>();
  return *m;
}

void mix(std::size_t& h, std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2); }
void mix(std::size_t& h, std::string_view s) { mix(h, std::hash<std::string_view>()(s)); }
template <class T>
void mix(std::size_t& h, const std::optional<T>& o) {
  mix(h, std::size_t{o.has_value()});
  if (o) mix(h, static_cast<std::size_t>(*o));
}

std::size_t hash_of(const oci::LinuxSeccomp& s, const std::string& oci_version) {
  std::size_t h = 0;
  mix(h, oci_version);
  mix(h, s.default_action);
  mix(h, s.default_errno_ret);
  for (const auto& a : s.architectures) mix(h, a);
  for (const auto& f : s.flags) mix(h, f);
  mix(h, s.listener_path);
  mix(h, s.listener_metadata);
  mix(h, s.syscalls.size());
  for (const auto& c : s.syscalls) {
    mix(h, std::size_t{c.names.has_value()});
    if (c.names)
      for (const auto& n : *c.names) mix(h, n);
    mix(h, c.action);
    mix(h, c.errno_ret);
    for (const auto& a : c.args) {
      mix(h, static_cast<std::size_t>(a.index));
      mix(h, static_cast<std::size_t>(a.value));
      mix(h, static_cast<std::size_t>(a.value_two));
      mix(h, a.op);
    }
  }
  return h;
}

bool same_args(const std::vector<oci::LinuxSeccompArg>& a, const std::vector<oci::LinuxSeccompArg>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].index != b[i].index || a[i].value != b[i].value || a[i].value_two != b[i].value_two || a[i].op != b[i].op)
      return false;
  }
  return true;
}

bool same(const oci::LinuxSeccomp& a, const oci::LinuxSeccomp& b) {
  if (a.default_action != b.default_action || a.default_errno_ret != b.default_errno_ret ||
      a.architectures != b.architectures || a.flags != b.flags || a.listener_path != b.listener_path ||
      a.listener_metadata != b.listener_metadata || a.syscalls.size() != b.syscalls.size())
    return false;
  for (std::size_t i = 0; i < a.syscalls.size(); ++i) {
    const auto &x = a.syscalls[i], &y = b.syscalls[i];
    if (x.names != y.names || x.action != y.action || x.errno_ret != y.errno_ret || !same_args(x.args, y.args))
      return false;
  }
  return true;
}

SeccompVerdict verify(const oci::LinuxSeccomp& section, const std::string& oci_version) {
  const std::string encoded = gojson::go_marshal(section);
  oci::LinuxSeccomp back;
  const std::string err = gojson::go_unmarshal(encoded, back);
  FUZZ_CHECK(err.empty(), "linux.seccomp does not parse back: " + err);
  FUZZ_CHECK(gojson::go_marshal(back) == encoded, "linux.seccomp does not re-serialize to the same bytes");
  // The smallest spec the schema accepts around the section: only ociVersion is required.
  const std::string doc =
      "{\"ociVersion\":" + gojson::go_marshal(oci_version) + ",\"linux\":{\"seccomp\":" + encoded + "}}";
  return {!schema::validate_spec_json(doc).has_value()};
}

}  // namespace

SeccompVerdict check_seccomp_section(const oci::LinuxSeccomp& section, const std::string& oci_version) {
  auto& m = remembered();
  const std::size_t h = hash_of(section, oci_version);
  const auto [first, last] = m.equal_range(h);
  for (auto it = first; it != last; ++it) {
    if (it->second.oci_version == oci_version && same(it->second.section, section)) return it->second.verdict;
  }
  const SeccompVerdict v = verify(section, oci_version);
  if (m.size() >= kMaxRemembered) m.clear();
  m.emplace(h, Verified{section, oci_version, v});
  return v;
}

}  // namespace specconf::fuzz
