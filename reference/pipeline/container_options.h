// MakeContainer's option building: the libpod create options for the new container, and the errors
// raised while building them.
#pragma once

#include <vector>

#include "reference/libpod/options.h"
#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"
#include "reference/storage/finalize_mounts.h"

namespace specconf::ref {

// What MakeContainer knows about the pod being joined: null pointers when there is none.
struct PodContext {
  const host::Pod* pod = nullptr;
  const host::Container* infra = nullptr;
};

// pkg/specgen/generate/container_create.go:createContainerOptions (podman v4.3.1), in its order: the
// options it appends (timezone, umask, sd-notify, pod, volumes, stop signal, log, namespaceOptions' list,
// labels, rootfs, restart policy, health check, env secrets, dependencies) with its own errors where they
// arise (systemd mode, nil image volumes, namespaceOptions, secret and dependency lookups). Mutates `s`
// like podman: the work dir default (image WorkingDir, else "/"), systemd's stop signal, namespaceOptions'
// changes. Options that configure libpod without a check it or validate() makes are not built.
std::vector<libpod::CtrCreateOption> create_container_options(specgen::SpecGenerator& s, const host::HostProfile& h,
                                                              const PodContext& pod,
                                                              const FinalizedMounts& finalized,
                                                              const host::Image* image,
                                                              const std::vector<std::string>& command);

}  // namespace specconf::ref
