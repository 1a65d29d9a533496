#include "reference/pipeline/make_container.h"

#include "reference/core/db_lookup.h"
#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/libpod/runtime_ctr.h"
#include "reference/namespaces/namespaces.h"
#include "reference/pipeline/complete_spec.h"
#include "reference/pipeline/container_options.h"
#include "reference/pipeline/inherit.h"
#include "reference/pipeline/spec_gen_to_oci.h"
#include "reference/process/process.h"
#include "reference/storage/storage.h"

namespace specconf::ref {
namespace {

// The security annotations a member takes from its infra's spec when it has none of its own
// (define.InspectAnnotationLabel, InspectAnnotationSeccomp, InspectAnnotationApparmor).
constexpr const char* kInheritedAnnotations[] = {
    "io.podman.annotations.label",
    "io.podman.annotations.seccomp",
    "io.podman.annotations.apparmor",
};

// pkg/specgen/generate/container_create.go:MakeContainer, its last step (podman v4.3.1)
void copy_infra_security_annotations(const host::Container& infra, oci::Spec& spec) {
  for (const char* key : kInheritedAnnotations) {
    const auto from = infra.spec_annotations.find(key);
    if (from == infra.spec_annotations.end() || from->second.empty()) continue;
    const auto to = spec.annotations.find(key);
    if (to == spec.annotations.end() || to->second.empty()) spec.annotations[key] = from->second;
  }
}

// WithRootFSFromImage's image name (getImageFromSpec + MakeContainer): an ID prefix gives way to the
// image's first name. Approximate (libimage would give the candidate name that matched), which is enough:
// libpod only reads whether it is empty.
std::string resolved_image_name(const specgen::SpecGenerator& s, const host::Image& image) {
  std::string resolved = s.image.rfind("sha256:", 0) == 0 ? s.image.substr(7) : s.image;
  if (image.id.rfind(resolved, 0) == 0 && !image.names.empty()) resolved = image.names[0];
  return resolved;
}

}  // namespace

// pkg/specgen/generate/container_create.go:MakeContainer + ExecuteCreate (podman v4.3.1)
oci::Spec make_container(specgen::SpecGenerator& s, const host::HostProfile& h) {
  PodContext pod;
  if (!s.pod.empty()) {
    wrap_errors("retrieving pod " + s.pod, [&] { pod.pod = &db::lookup_pod(h, s.pod); });
    // pod.InfraContainer(): a missing infra is the database's raw error.
    if (!pod.pod->infra_id.empty()) pod.infra = &db::get_container(h, pod.pod->infra_id);
  }
  host::InfraInherit compat;
  if (pod.infra != nullptr) compat = inherit(*pod.infra, s);

  finish_throttle_devices(s, h);
  apply_namespace_defaults(s, h);

  std::vector<libpod::CtrCreateOption> options;
  if (!s.rootfs.empty()) options.push_back(libpod::with_rootfs(s.rootfs, s.rootfs_overlay, h));
  const host::Image* image = image_of(s, h);
  if (image) {
    options.push_back(libpod::with_rootfs_from_image(image->id, resolved_image_name(s, *image), s.raw_image_name));
  }
  clear_hostname_naming_pod(s, h);

  try {
    validate_specgen(s, h);
  } catch (const PodmanError& e) {
    fail(std::string(errors::kInvalidConfigPrefix) + e.message());
  }

  const FinalizedMounts finalized = finalize_mounts_and_volumes(s, h, image);
  const std::vector<std::string> command = make_command(s, image, h);
  for (auto& option : create_container_options(s, h, pod, finalized, image, command)) {
    options.push_back(std::move(option));
  }
  if (!s.init_container_type.empty()) options.push_back(libpod::with_init_ctr_type(s.init_container_type));
  if (!s.name.empty()) options.push_back(libpod::with_name(s.name));
  if (!s.devices.empty()) extract_cdi_devices(s);

  oci::Spec spec = spec_gen_to_oci(s, h, image, finalized.mounts, command, compat);
  if (pod.infra != nullptr) copy_infra_security_annotations(*pod.infra, spec);

  // ExecuteCreate: rt.NewContainer applies the options in the order they were built, then validates.
  libpod::new_container(spec, options, h);
  return spec;
}

}  // namespace specconf::ref
