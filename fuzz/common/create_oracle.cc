#include "fuzz/common/create_oracle.h"

#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

#include "fuzz/common/check.h"
#include "fuzz/common/seccomp_section.h"
#include "properties/catalog/catalog.h"
#include "reference/model/oci_spec_json.h"
#include "reference/model/specgen_json.h"

namespace specconf::fuzz {
namespace {

// The catalog judges the request as podman decoded it: over the two fields the REST handler fills
// from containers.conf first (reference/pipeline/create.cc).
bool decode_like_podman(const host::HostProfile& h, std::string_view body, specgen::SpecGenerator& s) {
  s.use_image_hosts = h.containers_conf.no_hosts;
  s.umask = h.containers_conf.umask;
  return specgen::from_go_json(body, s).empty();
}

void check_catalog(const props::Judged& j) {
  for (const props::Violation& v : props::check_all(j)) {
    FUZZ_CHECK(v.known, "invariant " + v.id + " violated: " + v.message);
  }
}

// nlohmann's round-trip oracle, on the Go codec: print, parse, print again, same bytes.
void check_round_trip(const std::string& printed) {
  oci::Spec back;
  const std::string err = oci::from_go_json(printed, back);
  FUZZ_CHECK(err.empty(), "the stored spec does not parse back: " + err);
  FUZZ_CHECK(oci::to_go_json(back) == printed, "the stored spec does not re-serialize to the same bytes");
}

}  // namespace

void check_create_outcome(const host::HostProfile& h, std::string_view body, ref::CreateResult& r) {
  if (r.decode_error) {
    FUZZ_CHECK(!r.error.empty() && r.error.rfind("decode(): ", 0) == 0, "a decode error without Go's message");
    check_catalog({h, body, nullptr, nullptr, {}, r.error});
    return;
  }
  specgen::SpecGenerator s;
  FUZZ_CHECK(decode_like_podman(h, body, s), "a body the engine decoded does not decode: " + r.error);
  if (!r.ok()) {
    FUZZ_CHECK(!r.error.empty(), "a rejection without podman's message");
    check_catalog({h, body, &s, nullptr, {}, r.error});
    return;
  }
  FUZZ_CHECK(r.error.empty(), "an accepted request with an error: " + r.error);

  // Everything but linux.seccomp per input; the section once per distinct value (seccomp_section.h).
  oci::Spec& spec = *r.spec;
  std::optional<oci::LinuxSeccomp> seccomp;
  if (spec.linux_ && spec.linux_->seccomp) seccomp = std::exchange(spec.linux_->seccomp, std::nullopt);
  std::string printed = oci::to_go_json(spec);
  check_round_trip(printed);
  const bool seccomp_valid = !seccomp || check_seccomp_section(*seccomp, spec.version).schema_valid;
  if (seccomp) spec.linux_->seccomp = std::move(seccomp);
  // A section that fails the schema on its own goes to the catalog whole, which knows podman's own
  // failures (a profile without defaultAction).
  if (!seccomp_valid) printed = oci::to_go_json(spec);

  check_catalog({h, body, &s, &spec, printed, {}});
}

}  // namespace specconf::fuzz
