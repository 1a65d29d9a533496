#include "reference/pipeline/create.h"

#include "reference/core/error.h"
#include "reference/model/specgen_json.h"
#include "reference/pipeline/complete_spec.h"
#include "reference/pipeline/make_container.h"
#include "reference/process/process.h"

namespace specconf::ref {

CreateResult create_container(const host::HostProfile& h, std::string_view body) {
  CreateResult r;
  // The handler pre-fills two fields from containers.conf before decoding over them.
  specgen::SpecGenerator s;
  s.use_image_hosts = h.containers_conf.no_hosts;
  s.umask = h.containers_conf.umask;
  if (std::string err = specgen::from_go_json(body, s, &r.error_path); !err.empty()) {
    r.error = "decode(): " + err;
    r.decode_error = true;
    return r;
  }
  r.error_path.clear();
  try {
    if (!s.passwd) s.passwd = true;
    limit_to_swap(s);
    r.warnings = complete_spec(s, h);
    r.spec = make_container(s, h);
  } catch (const PodmanError& e) {
    r.spec.reset();
    r.error = e.message();
  }
  return r;
}

}  // namespace specconf::ref
