#include "reference/libpod/secrets.h"

#include "reference/core/error.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"

namespace specconf::ref::libpod {
namespace {

constexpr const char* kNoSuchSecret = "no such secret";      // secrets.ErrNoSuchSecret
constexpr const char* kAmbiguous = "secret is ambiguous";    // secrets.errAmbiguous
constexpr std::size_t kSecretIDLength = 25;                  // secrets.secretIDLength

[[noreturn]] void no_such_secret(const std::string& name_or_id) {
  fail("no secret with name or id " + goport::quote(name_or_id) + ": " + kNoSuchSecret);
}

}  // namespace

// containers/common pkg/secrets/secretsdb.go:(*SecretsManager).getNameAndID (v0.50.1)
const host::Secret& lookup_secret(const host::HostProfile& h, const std::string& name_or_id) {
  for (const host::Secret& s : h.secrets)
    if (s.name == name_or_id || s.id == name_or_id) return s;
  if (name_or_id.size() > kSecretIDLength) no_such_secret(name_or_id);
  const host::Secret* found = nullptr;
  for (const host::Secret& s : h.secrets) {
    if (!goport::has_prefix(s.id, name_or_id)) continue;
    if (found) fail("more than one result secret with prefix " + name_or_id + ": " + kAmbiguous);
    found = &s;
  }
  if (!found) no_such_secret(name_or_id);
  return *found;
}

}  // namespace specconf::ref::libpod
