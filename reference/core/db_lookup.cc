#include "reference/core/db_lookup.h"

#include <algorithm>
#include <vector>

#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"

namespace specconf::ref::db {
namespace {

constexpr const char* kEmptyID = "name or ID cannot be empty";  // define.ErrEmptyID
constexpr const char* kCtrExists = "container already exists";  // define.ErrCtrExists
constexpr const char* kPodExists = "pod already exists";        // define.ErrPodExists

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// The names bucket: does the name belong to a container (or a pod)?
bool is_container_name(const host::HostProfile& h, const std::string& name) {
  for (const auto& c : h.containers)
    if (c.name == name) return true;
  return false;
}

bool is_pod_name(const host::HostProfile& h, const std::string& name) {
  for (const auto& p : h.pods)
    if (p.name == name) return true;
  return false;
}

// bolt's ForEach visits keys in byte order; the second prefix match is an error.
template <class T>
const T* unique_prefix_match(const std::vector<T>& all, const std::string& prefix, const std::string& dup_error) {
  std::vector<const T*> sorted;
  for (const auto& x : all) sorted.push_back(&x);
  std::sort(sorted.begin(), sorted.end(), [](const T* a, const T* b) { return a->id < b->id; });
  const T* found = nullptr;
  for (const T* x : sorted) {
    if (!goport::has_prefix(x->id, prefix)) continue;
    if (found) fail(dup_error);
    found = x;
  }
  return found;
}

}  // namespace

// libpod/boltdb_state.go:LookupContainer, boltdb_state_internal.go:lookupContainerID (podman v4.3.1)
const host::Container& lookup_container(const host::HostProfile& h, const std::string& id_or_name) {
  if (id_or_name.empty()) fail(kEmptyID);
  for (const auto& c : h.containers)
    if (c.id == id_or_name) return c;
  for (const auto& c : h.containers)
    if (c.name == id_or_name) return c;
  const bool is_pod = is_pod_name(h, id_or_name);
  const host::Container* c = unique_prefix_match(
      h.containers, id_or_name,
      "more than one result for container ID " + id_or_name + ": " + kCtrExists);
  if (c) return *c;
  if (is_pod) fail(goport::quote(id_or_name) + " is a pod, not a container: " + errors::kNoSuchCtr);
  fail("no container with name or ID " + goport::quote(id_or_name) + " found: " + errors::kNoSuchCtr);
}

// libpod/boltdb_state.go:LookupPod (podman v4.3.1)
const host::Pod& lookup_pod(const host::HostProfile& h, const std::string& id_or_name) {
  if (id_or_name.empty()) fail(kEmptyID);
  for (const auto& p : h.pods)
    if (p.id == id_or_name) return p;
  for (const auto& p : h.pods)
    if (p.name == id_or_name) return p;
  const bool is_ctr = is_container_name(h, id_or_name);
  const host::Pod* p = unique_prefix_match(
      h.pods, id_or_name, "more than one result for ID or name " + id_or_name + ": " + kPodExists);
  if (p) return *p;
  if (is_ctr) fail(id_or_name + " is a container, not a pod: " + errors::kNoSuchPod);
  fail("no pod with name or ID " + id_or_name + " found: " + errors::kNoSuchPod);
}

// libpod/boltdb_state.go:Container + getContainerConfigFromDB (podman v4.3.1)
const host::Container& get_container(const host::HostProfile& h, const std::string& id) {
  if (id.empty()) fail(kEmptyID);
  for (const auto& c : h.containers)
    if (c.id == id) return c;
  fail("container " + id + " not found in DB: " + errors::kNoSuchCtr);
}

// lookup_pod's success condition, without its exceptions: MakeContainer asks this of nearly every request
// (usually for an empty or unknown hostname), and a throw per create was a tenth of the reference's cost.
bool pod_exists(const host::HostProfile& h, const std::string& id_or_name) {
  if (id_or_name.empty()) return false;
  std::size_t prefix_matches = 0;
  for (const auto& p : h.pods) {
    if (p.id == id_or_name || p.name == id_or_name) return true;
    if (goport::has_prefix(p.id, id_or_name)) ++prefix_matches;
  }
  return prefix_matches == 1;
}

// libpod/container.go:(*Container).Hostname (podman v4.3.1)
std::string container_hostname(const host::Container& c) {
  if (!c.hostname.empty()) return c.hostname;
  return c.id.size() < 11 ? c.id : c.id.substr(0, 12);
}

// libpod/pod.go:(*Pod).SharesPID, SharesIPC, SharesUTS, SharesUser, SharesNet, SharesCgroup (podman v4.3.1)
bool pod_shares(const host::Pod& p, const std::string& kind) { return contains(p.shared, kind); }

// libpod/pod.go:(*Pod).NamespaceMode / NetworkMode (podman v4.3.1)
bool pod_namespace_is_host(const host::Pod& p, const std::string& kind) { return contains(p.host_namespaces, kind); }

bool container_in_pod(const host::Container& c, const host::Pod& p) {
  return !c.pod.empty() && (c.pod == p.id || c.pod == p.name);
}

bool pod_has_running_container(const host::HostProfile& h, const host::Pod& pod) {
  for (const host::Container& c : h.containers) {
    if (c.running && container_in_pod(c, pod)) return true;
  }
  return false;
}

}  // namespace specconf::ref::db
