#include "reference/process/pod_lookup.h"

#include "reference/core/error.h"
#include "reference/core/error_texts.h"

namespace specconf::ref::process {

namespace {
// libpod/define/errors.go
constexpr const char* kEmptyID = "name or ID cannot be empty";  // define.ErrEmptyID
constexpr const char* kPodExists = "pod already exists";        // define.ErrPodExists
}  // namespace

const host::Pod& lookup_pod(const host::HostProfile& h, const std::string& id_or_name) {
  if (id_or_name.empty()) fail(kEmptyID);
  for (const host::Pod& p : h.pods) {
    if (p.id == id_or_name) return p;
  }
  bool is_ctr = false;
  for (const host::Pod& p : h.pods) {
    if (p.name == id_or_name) return p;
  }
  for (const host::Container& c : h.containers) {
    if (c.name == id_or_name) is_ctr = true;
  }
  const host::Pod* found = nullptr;
  for (const host::Pod& p : h.pods) {
    if (p.id.compare(0, id_or_name.size(), id_or_name) != 0) continue;
    if (found != nullptr) {
      fail("more than one result for ID or name " + id_or_name + ": " + kPodExists);
    }
    found = &p;
  }
  if (found != nullptr) return *found;
  if (is_ctr) fail(id_or_name + " is a container, not a pod: " + errors::kNoSuchPod);
  fail("no pod with name or ID " + id_or_name + " found: " + errors::kNoSuchPod);
}

bool pod_has_running_container(const host::HostProfile& h, const host::Pod& pod) {
  for (const host::Container& c : h.containers) {
    if (c.running && !c.pod.empty() && (c.pod == pod.id || c.pod == pod.name)) return true;
  }
  return false;
}

}  // namespace specconf::ref::process
