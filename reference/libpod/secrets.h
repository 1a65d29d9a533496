// The secrets manager as the create path asks it (containers/common pkg/secrets, v0.50.1).
#pragma once

#include <string>

#include "reference/model/host_profile.h"

namespace specconf::ref::libpod {

// pkg/secrets/secretsdb.go:(*SecretsManager).lookupSecret / getNameAndID (containers/common v0.50.1) over
// HostProfile.secrets: an exact name or ID, else a unique prefix of at most 25 characters of an ID.
// Throws `no secret with name or id "X": no such secret` or
// "more than one result secret with prefix X: secret is ambiguous".
const host::Secret& lookup_secret(const host::HostProfile& h, const std::string& name_or_id);

}  // namespace specconf::ref::libpod
