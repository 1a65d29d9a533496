#include "reference/security/capabilities.h"

#include <algorithm>

#include "reference/core/error.h"
#include "reference/core/generator.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"
#include "reference/model/capability_names.h"

namespace specconf::ref::caps {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// The sorted capabilityList for h's cap_last_cap, built once per value: it is consulted for every
// capability name of every request.
const std::vector<std::string>& known_names(const host::HostProfile& h) {
  static const auto* by_last_cap = [] {
    auto* lists = new std::vector<std::vector<std::string>>();
    const int count = static_cast<int>(all_capability_names().size());
    for (int last = 0; last <= count; ++last) {
      host::HostProfile p;
      p.capabilities.last_cap = last;
      std::vector<std::string> names = caps_list(p);
      std::sort(names.begin(), names.end());
      lists->push_back(std::move(names));
    }
    return lists;
  }();
  const int last = linux_caps::common_last_cap(h.capabilities.last_cap);
  if (last < 0) {
    static const std::vector<std::string> none;
    return none;
  }
  return (*by_last_cap)[std::min<std::size_t>(static_cast<std::size_t>(last), by_last_cap->size() - 1)];
}

}  // namespace

std::vector<std::string> caps_list(const host::HostProfile& h) {
  const int last = linux_caps::common_last_cap(h.capabilities.last_cap);  // init()'s "hack for RHEL6"
  std::vector<std::string> out;
  const std::vector<std::string>& names = all_capability_names();
  for (int c = 0; c < static_cast<int>(names.size()); ++c) {
    if (c > last) continue;
    out.push_back(names[c]);
  }
  return out;
}

std::vector<std::string> all_capabilities(const host::HostProfile& h) { return known_names(h); }

std::vector<std::string> bounding_set(const host::HostProfile& h) {
  std::vector<std::string> out;
  for (const std::string& c : known_names(h)) {  // capsList in sorted order: no sort.Strings needed
    if (contains(h.capabilities.bounding, c)) out.push_back(c);
  }
  return out;
}

std::vector<std::string> normalize_capabilities(const std::vector<std::string>& caps, const host::HostProfile& h) {
  const std::vector<std::string>& known = known_names(h);
  std::vector<std::string> normalized;
  normalized.reserve(caps.size());
  for (const std::string& raw : caps) {
    std::string c = goport::to_upper(raw);
    if (c == kAll) {
      normalized.push_back(c);
      continue;
    }
    if (c.rfind("CAP_", 0) != 0) c = "CAP_" + c;
    if (!std::binary_search(known.begin(), known.end(), c)) fail(goport::quote(c) + ": " + kUnknownCapability);
    normalized.push_back(c);
  }
  std::sort(normalized.begin(), normalized.end());
  return normalized;
}

std::vector<std::string> merge_capabilities(const std::vector<std::string>& base_in,
                                            const std::vector<std::string>& adds, const std::vector<std::string>& drops,
                                            const host::HostProfile& h) {
  std::vector<std::string> base = normalize_capabilities(base_in, h);
  if (adds.empty() && drops.empty()) return base;
  const std::vector<std::string> cap_drop = normalize_capabilities(drops, h);
  std::vector<std::string> cap_add = normalize_capabilities(adds, h);

  if (contains(cap_drop, kAll)) {
    if (contains(cap_add, kAll)) fail("adding all caps and removing all caps not allowed");
    return cap_add;  // already sorted by normalize
  }

  if (contains(cap_add, kAll)) {
    base = bounding_set(h);
    cap_add.clear();
  } else {
    for (const std::string& add : cap_add) {
      if (contains(cap_drop, add)) fail("capability " + goport::quote(add) + " cannot be dropped and added");
    }
  }
  for (const std::string& drop : cap_drop) {
    if (contains(cap_add, drop)) fail("capability " + goport::quote(drop) + " cannot be dropped and added");
  }

  std::vector<std::string> caps;
  caps.reserve(base.size() + cap_add.size());
  for (const std::string& c : base) {
    if (!contains(cap_drop, c)) caps.push_back(c);
  }
  for (const std::string& c : cap_add) {
    if (!contains(base, c)) caps.push_back(c);
  }
  std::sort(caps.begin(), caps.end());
  return caps;
}

}  // namespace specconf::ref::caps
