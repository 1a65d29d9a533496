// What must hold of every outcome of the reference's create path, whatever the request and the host:
// a rejection carries podman's message; an accepted request's spec serializes, re-parses to the same
// value and passes every invariant of the catalog (OCI schema included) that podman itself keeps.
// Any failure aborts with the reason (the invariant ID for the catalog).
#pragma once

#include <string_view>

#include "reference/model/host_profile.h"
#include "reference/pipeline/create.h"

namespace specconf::fuzz {

// `r` is borrowed: its linux.seccomp is set aside while the rest is checked, and put back.
void check_create_outcome(const host::HostProfile& h, std::string_view body, ref::CreateResult& r);

}  // namespace specconf::fuzz
