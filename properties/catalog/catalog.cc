#include "properties/catalog/catalog.h"

#include <algorithm>
#include <stdexcept>

#include "properties/catalog/invariants.h"

namespace specconf::props {

std::optional<Subject> subject(const Judged& j) {
  if (!j.specgen || !j.spec) return std::nullopt;
  auto ns = effective_namespaces(j.host, *j.specgen);
  if (!ns) return std::nullopt;
  return Subject{j.host, *j.specgen, *j.spec, std::move(*ns), user_mount_destinations(j.host, *j.specgen)};
}

const std::vector<Invariant>& catalog() {
  static const std::vector<Invariant> all = [] {
    std::vector<Invariant> v;
    for (auto part : {sysfs_invariants, devpts_invariants, userns_mount_invariants, device_invariants,
                      env_invariants, annotation_invariants, mount_invariants, mask_invariants,
                      capability_invariants, process_invariants, namespace_invariants, security_invariants,
                      error_invariants, schema_invariants}) {
      for (auto& inv : part()) v.push_back(inv);
    }
    std::sort(v.begin(), v.end(), [](const Invariant& a, const Invariant& b) { return std::string(a.id) < b.id; });
    for (std::size_t i = 1; i < v.size(); ++i) {
      if (std::string(v[i - 1].id) == v[i].id) throw std::logic_error(std::string("duplicate invariant ID ") + v[i].id);
    }
    return v;
  }();
  return all;
}

const Invariant* find_invariant(std::string_view id) {
  for (const auto& inv : catalog())
    if (id == inv.id) return &inv;
  return nullptr;
}

std::vector<Violation> check_all(const Judged& j) {
  std::vector<Violation> out;
  for (const auto& inv : catalog()) {
    std::optional<std::string> message = inv.check(j);
    if (!message) continue;
    bool known = false;
    for (const auto& kv : known_violations()) {
      if (inv.id == std::string_view(kv.invariant_id) && kv.applies(j)) {
        known = true;
        break;
      }
    }
    out.push_back({inv.id, std::move(*message), known});
  }
  return out;
}

}  // namespace specconf::props
