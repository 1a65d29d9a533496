// `specconf probe` for one running profile: every host fact the reference may know (HostProfile, the
// H1-H24 table of docs/podman-semantics.md), read from the live service and its view of the machine.
#pragma once

#include <string>
#include <sys/types.h>

#include "reference/model/host_profile.h"
#include "tools/capture/corpus.h"
#include "tools/capture/profiles.h"
#include "tools/capture/rest_client.h"

namespace specconf::capture {

// The process that serves the API: for root the started podman itself; rootless podman re-executes
// itself inside the user namespace, and the deepest podman below the started one is the service.
std::string find_service_process(pid_t started, pid_t& service);

struct ProbeInput {
  ProfileInfo profile;
  const PodmanClient* client = nullptr;
  const Corpus* corpus = nullptr;
  std::string podman_package;  // dpkg version of podman
};

std::string probe_host(const ProbeInput& in, host::HostProfile& out);

// golden/hosts/<profile>.json content: Go's json indent with one space, plus a newline.
std::string format_host_profile(const host::HostProfile& h);

}  // namespace specconf::capture
