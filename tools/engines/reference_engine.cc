#include "tools/engines/reference_engine.h"

#include "reference/model/oci_spec_json.h"
#include "reference/pipeline/create.h"

namespace specconf::engine {

Result ReferenceEngine::run(const Request& request) {
  Result r;
  const ref::CreateResult c = ref::create_container(*request.host, request.body);
  if (c.ok()) {
    r.kind = Result::Kind::kSpec;
    r.spec_json = oci::to_go_json(*c.spec);
  } else {
    r.kind = Result::Kind::kError;
    r.error = c.error;
  }
  return r;
}

}  // namespace specconf::engine
