#include <algorithm>

#include "properties/mutants/mutant.h"
#include "properties/mutants/tables.h"
#include "reference/model/specgen_json.h"

namespace specconf::props::mut {

const std::vector<Mutant>& mutants() {
  static const std::vector<Mutant> all = [] {
    std::vector<Mutant> v;
    for (auto part : {sysfs_mutants(), security_mutants(), process_mutants()}) v.insert(v.end(), part.begin(), part.end());
    std::sort(v.begin(), v.end(), [](const Mutant& a, const Mutant& b) { return std::string(a.name) < b.name; });
    return v;
  }();
  return all;
}

const Mutant* find_mutant(std::string_view name) {
  for (const auto& m : mutants()) {
    if (name == m.name) return &m;
  }
  return nullptr;
}

ref::CreateResult mutate(const Mutant& m, const host::HostProfile& host, std::string_view body,
                         ref::CreateResult reference) {
  // Decoded as the handler decodes it, defaults pre-filled; a body that does not decode has no bug to show.
  specgen::SpecGenerator s;
  s.use_image_hosts = host.containers_conf.no_hosts;
  s.umask = host.containers_conf.umask;
  if (!specgen::from_go_json(body, s).empty()) return reference;
  m.apply(MutantInput{host, body, s}, reference);
  return reference;
}

ref::CreateResult run_mutant(const Mutant& m, const host::HostProfile& host, std::string_view body) {
  return mutate(m, host, body, ref::create_container(host, body));
}

std::string mutants_list() {
  std::string out;
  for (const auto& m : mutants()) out += std::string(m.name) + "\t" + m.bug + "\n";
  return out;
}

}  // namespace specconf::props::mut
