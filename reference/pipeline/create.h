// The reference engine's entry point: podman's whole REST create path, from request body to stored spec.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"

namespace specconf::ref {

struct CreateResult {
  std::optional<oci::Spec> spec;      // what podman stores, when it accepts the request
  std::string error;                  // podman's reply "message" when it rejects it
  bool decode_error = false;          // the body did not decode (podman's "decode(): ..." errors)
  std::string error_path;             // for decode errors: the JSON path of the offending value
  std::vector<std::string> warnings;  // the 201 reply's Warnings
  bool ok() const { return spec.has_value(); }
};

// pkg/api/handlers/libpod/containers_create.go:CreateContainer (podman aa47e05ae4 / v4.3.1): decode the
// body over the containers.conf defaults, LimitToSwap, CompleteSpec, MakeContainer (with SpecGenToOCI),
// and the spec edits and checks of libpod's NewContainer. Pure: everything comes from `h`.
CreateResult create_container(const host::HostProfile& h, std::string_view body);

}  // namespace specconf::ref
