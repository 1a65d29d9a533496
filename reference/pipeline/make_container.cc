#include "reference/pipeline/make_container.h"

#include "reference/core/db_lookup.h"
#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/namespaces/namespaces.h"
#include "reference/pipeline/complete_spec.h"
#include "reference/pipeline/container_options.h"
#include "reference/pipeline/spec_gen_to_oci.h"
#include "reference/process/process.h"
#include "reference/storage/storage.h"

namespace specconf::ref {

oci::Spec make_container(specgen::SpecGenerator& s, const host::HostProfile& h) {
  if (!s.pod.empty()) {
    wrap_errors("retrieving pod " + s.pod, [&] { return db::lookup_pod(h, s.pod); });
  }

  finish_throttle_devices(s, h);
  apply_namespace_defaults(s, h);

  const host::Image* image = image_of(s, h);
  clear_hostname_naming_pod(s, h);

  try {
    validate_specgen(s, h);
  } catch (const PodmanError& e) {
    fail(std::string(errors::kInvalidConfigPrefix) + e.message());
  }

  const FinalizedMounts finalized = finalize_mounts_and_volumes(s, h, image);
  const std::vector<std::string> command = make_command(s, image, h);
  create_container_options(s, h, image);
  if (!s.devices.empty()) extract_cdi_devices(s);

  oci::Spec spec = spec_gen_to_oci(s, h, image, finalized.mounts, command);

  // libpod Runtime.NewContainer applies the create options in the order MakeContainer built them
  // (volumes before namespaces), then validates the container.
  try {
    with_named_volumes(finalized.volumes);
  } catch (const PodmanError& e) {
    fail("running container create option: " + e.message());
  }
  apply_userns_from(s, spec, h);  // its errors carry the same prefix already
  validate_volume_destinations(finalized.volumes, finalized.overlays, s.image_volumes);
  return spec;
}

}  // namespace specconf::ref
