#include "reference/libpod/runtime_ctr.h"

#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/goport/path.h"
#include "reference/libpod/container_storage.h"
#include "reference/libpod/container_validate.h"

namespace specconf::ref::libpod {
namespace {

bool has_suffix(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Cgroup parent sanity, only when libpod creates cgroups for the container.
void check_cgroup_parent(const ContainerConfig& c, const host::HostProfile& h) {
  if (c.no_cgroups) return;
  const std::string& manager = h.cgroups.manager;
  if (manager == "cgroupfs") {
    if (!c.cgroup_parent.empty() && has_suffix(goport::path_base(c.cgroup_parent), ".slice")) {
      fail(std::string("systemd slice received as cgroup parent when using cgroupfs: ") + errors::kInvalidArg);
    }
  } else if (manager == "systemd") {
    if (!c.cgroup_parent.empty() &&
        (c.cgroup_parent.size() < 6 || !has_suffix(goport::path_base(c.cgroup_parent), ".slice"))) {
      fail(std::string("did not receive systemd slice as cgroup parent when using systemd to manage cgroups: ") +
           errors::kInvalidArg);
    }
  } else {
    fail("unsupported Cgroup manager: " + manager + " - cannot validate cgroup parent: " + errors::kInvalidArg);
  }
}

}  // namespace

// libpod/runtime_ctr.go:(*Runtime).newContainer (podman v4.3.1)
void new_container(oci::Spec& spec, const std::vector<CtrCreateOption>& options, const host::HostProfile& h) {
  ContainerConfig config;
  config.spec = &spec;  // initContainerVariables: ctr.config.Spec = rSpec
  for (const CtrCreateOption& option : options) {
    wrap_errors("running container create option", [&] { option(config); });
  }
  setup_container(config, h);
}

// libpod/runtime_ctr.go:(*Runtime).setupContainer (podman v4.3.1)
void setup_container(const ContainerConfig& c, const host::HostProfile& h) {
  validate(c);
  check_cgroup_parent(c, h);
  setup_storage_mappings(c, h);  // ctr.setupStorage
}

}  // namespace specconf::ref::libpod
