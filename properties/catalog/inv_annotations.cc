// Annotations podman writes itself (oci_linux.go:282-307, namespaces_linux.go:150-157) and the request's
// own (container.go:245-248).
#include "properties/catalog/invariants.h"

namespace specconf::props {
namespace {

constexpr const char* kAutoremove = "io.podman.annotations.autoremove";
constexpr const char* kPrivileged = "io.podman.annotations.privileged";
constexpr const char* kInit = "io.podman.annotations.init";
constexpr const char* kPublishAll = "io.podman.annotations.publish-all";
constexpr const char* kVolumesFrom = "io.podman.annotations.volumes-from";

Verdict mirror(const Judged& j, const char* key, bool (*input)(const specgen::SpecGenerator&)) {
  const auto sub = subject(j);
  if (!sub) return {};
  const std::string want = input(sub->s) ? "TRUE" : "FALSE";
  const std::string* got = annotation(sub->spec, key);
  if (!got || *got != want) return std::string(key) + " should be " + want + ", got " + (got ? *got : "nothing");
  return {};
}

Verdict autoremove_mirrors_remove(const Judged& j) {
  return mirror(j, kAutoremove, [](const specgen::SpecGenerator& s) { return s.remove; });
}
Verdict privileged_mirrors_privileged(const Judged& j) {
  return mirror(j, kPrivileged, [](const specgen::SpecGenerator& s) { return s.privileged; });
}
Verdict init_mirrors_init(const Judged& j) {
  return mirror(j, kInit, [](const specgen::SpecGenerator& s) { return s.init; });
}
Verdict publish_all_mirrors_publish_image_ports(const Judged& j) {
  return mirror(j, kPublishAll, [](const specgen::SpecGenerator& s) { return s.publish_exposed_ports; });
}

Verdict volumes_from_joined(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || sub->s.volumes_from.empty()) return {};
  std::string want;
  for (const auto& v : sub->s.volumes_from) want += (want.empty() ? "" : ",") + v;
  const std::string* got = annotation(sub->spec, kVolumesFrom);
  if (!got || *got != want) return std::string(kVolumesFrom) + " should be \"" + want + "\", got " + (got ? "\"" + *got + "\"" : "nothing");
  return {};
}

Verdict request_annotations_kept(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->s.annotations) return {};
  for (const auto& [k, v] : *sub->s.annotations) {
    if (k == kAutoremove || k == kPrivileged || k == kInit || k == kPublishAll) continue;
    if (k == kVolumesFrom && !sub->s.volumes_from.empty()) continue;
    const std::string* got = annotation(sub->spec, k);
    if (!got || *got != v) return "request annotation " + k + "=\"" + v + "\" became " + (got ? "\"" + *got + "\"" : "nothing");
  }
  return {};
}

}  // namespace

std::vector<Invariant> annotation_invariants() {
  return {
      {"ANN-001", "io.podman.annotations.autoremove is TRUE exactly when the request sets remove, else FALSE",
       "oci_linux.go:287-291", kAllVersions, "-", Kind::kConformance, autoremove_mirrors_remove},
      {"ANN-002", "io.podman.annotations.privileged is TRUE exactly when the request is privileged, else FALSE",
       "oci_linux.go:297-301", kAllVersions, "-", Kind::kConformance, privileged_mirrors_privileged},
      {"ANN-003", "io.podman.annotations.init is TRUE exactly when the request sets init, else FALSE",
       "oci_linux.go:303-307", kAllVersions, "-", Kind::kConformance, init_mirrors_init},
      {"ANN-004", "io.podman.annotations.publish-all is TRUE exactly when the request sets publish_image_ports",
       "namespaces_linux.go:153-157 specConfigureNamespaces", kAllVersions, "-", Kind::kConformance,
       publish_all_mirrors_publish_image_ports},
      {"ANN-005", "With volumes_from, io.podman.annotations.volumes-from is the list joined by commas",
       "oci_linux.go:293-295", kAllVersions, "-", Kind::kConformance, volumes_from_joined},
      {"ANN-006", "Every request annotation whose key podman does not write itself is kept with its value",
       "container.go:245-248 CompleteSpec (user annotations last), oci_linux.go:194-196", kAllVersions, "-",
       Kind::kConformance, request_annotations_kept},
  };
}

}  // namespace specconf::props
