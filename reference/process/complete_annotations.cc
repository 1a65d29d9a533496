#include "reference/process/complete_annotations.h"

#include <array>
#include <map>
#include <string_view>

#include "reference/core/db_lookup.h"
#include "reference/core/error.h"

namespace specconf::ref {
namespace {

// libpod/define/annotations.go (podman aa47e05ae4)
constexpr std::array<std::string_view, 11> kReservedAnnotations = {
    "io.podman.annotations.cid-file",     "io.podman.annotations.autoremove",
    "io.podman.annotations.volumes-from", "io.podman.annotations.privileged",
    "io.podman.annotations.publish-all",  "io.podman.annotations.init",
    "io.podman.annotations.label",        "io.podman.annotations.seccomp",
    "io.podman.annotations.apparmor",     "TRUE",
    "FALSE",
};

// pkg/annotations/annotations.go (podman aa47e05ae4)
constexpr const char* kSandboxID = "io.kubernetes.cri-o.SandboxID";
constexpr const char* kContainerType = "io.kubernetes.cri-o.ContainerType";
constexpr const char* kContainerTypeContainer = "container";

}  // namespace

bool is_reserved_annotation(const std::string& key) {
  for (std::string_view r : kReservedAnnotations) {
    if (key == r) return true;
  }
  return false;
}

void complete_annotations(specgen::SpecGenerator& s, const host::Image* image, const host::HostProfile& h) {
  std::map<std::string, std::string> annotations;
  if (image != nullptr) {
    const auto& labels = image->config.labels;
    if (!labels.empty() && !s.labels) s.labels.emplace();
    for (const auto& [k, v] : labels) s.labels->emplace(k, v);  // keeps the user's value
    for (const auto& [k, v] : image->annotations) {
      if (!is_reserved_annotation(k)) annotations[k] = v;
    }
  }

  if (!s.pod.empty()) {
    const host::Pod& p = db::lookup_pod(h, s.pod);
    annotations[kSandboxID] = p.infra_id.empty() ? p.id : p.infra_id;
    annotations[kContainerType] = kContainerTypeContainer;
    if (!s.init_container_type.empty() && db::pod_has_running_container(h, p)) {
      fail("cannot add init-ctr to a running pod");
    }
  }

  for (const std::string& a : h.containers_conf.annotations) {
    const auto eq = a.find('=');
    annotations[a.substr(0, eq)] = eq == std::string::npos ? std::string() : a.substr(eq + 1);
  }
  if (s.annotations) {
    for (const auto& [k, v] : *s.annotations) annotations[k] = v;
  }
  s.annotations = std::move(annotations);
}

}  // namespace specconf::ref
