#include "reference/pipeline/container_options.h"

#include "reference/core/db_lookup.h"
#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/namespaces/namespaces.h"
#include "reference/storage/storage.h"

namespace specconf::ref {

void create_container_options(specgen::SpecGenerator& s, const host::HostProfile& h, const host::Image* image) {
  // The systemd switch: only its error reaches the stored result (a stop signal is libpod config).
  if (s.systemd != "always" && s.systemd != "false" && s.systemd != "" && s.systemd != "true") {
    fail("invalid value \"" + s.systemd + "\" systemd option requires 'true, false, always': %!w(<nil>)");
  }

  check_image_volume_pointers(s);

  if (s.work_dir.empty() && image) s.work_dir = image->config.working_dir;
  if (s.work_dir.empty()) s.work_dir = "/";

  namespace_options(s, h);

  for (const auto& secret : s.secrets) {
    // The hosts specconf captures on hold no secrets.
    fail("no secret with name or id \"" + secret.source + "\": no such secret");
  }
  for (const auto& dep : s.dependency_containers) {
    wrap_errors("\"" + dep + "\" is not a valid container, cannot be used as a dependency",
                [&] { return db::lookup_container(h, dep); });
  }
}

}  // namespace specconf::ref
