#include "tools/capture/infra_inherit.h"

#include <map>
#include <optional>
#include <vector>

#include "reference/gojson/codec.h"
#include "reference/model/oci_spec_json.h"
#include "reference/model/specgen_json.h"

namespace specconf::capture {
namespace {

// libpod.ContainerNamedVolume, ContainerOverlayVolume, ContainerImageVolume (libpod/container.go, v4.3.1)
struct NamedVolume {
  std::string name;
  std::string dest;
  std::vector<std::string> options;
};
struct OverlayVolume {
  std::string dest;
  std::string source;
  std::vector<std::string> options;
};
struct ImageVolume {
  std::string source;
  std::string dest;
  bool rw = false;
};

// The members of libpod.ContainerConfig that ConfigToSpec reads for an InfraInherit.
struct InfraConfig {
  std::vector<NamedVolume> named_volumes;
  std::vector<OverlayVolume> overlay_volumes;
  std::vector<ImageVolume> image_volumes;
  std::vector<std::string> label_opts;
  std::vector<std::string> user_volumes;
  std::int64_t shm_size = 0;
  std::vector<oci::LinuxDevice> device_host_src;
};

}  // namespace
}  // namespace specconf::capture

namespace specconf::gojson {

SPECCONF_GO_STRUCT(capture::NamedVolume, "libpod.ContainerNamedVolume");
SPECCONF_GO_STRUCT(capture::OverlayVolume, "libpod.ContainerOverlayVolume");
SPECCONF_GO_STRUCT(capture::ImageVolume, "libpod.ContainerImageVolume");
SPECCONF_GO_STRUCT(capture::InfraConfig, "libpod.ContainerConfig");

const FieldTable& GoStruct<capture::NamedVolume>::fields() {
  using T = capture::NamedVolume;
  static const FieldTable table{
      field<&T::name>("volumeName"),
      field<&T::dest>("dest"),
      field<&T::options, kOmitEmpty>("options"),
  };
  return table;
}

const FieldTable& GoStruct<capture::OverlayVolume>::fields() {
  using T = capture::OverlayVolume;
  static const FieldTable table{
      field<&T::dest>("dest"),
      field<&T::source, kOmitEmpty>("source"),
      field<&T::options, kOmitEmpty>("options"),
  };
  return table;
}

const FieldTable& GoStruct<capture::ImageVolume>::fields() {
  using T = capture::ImageVolume;
  static const FieldTable table{
      field<&T::source>("source"),
      field<&T::dest>("dest"),
      field<&T::rw>("rw"),
  };
  return table;
}

const FieldTable& GoStruct<capture::InfraConfig>::fields() {
  using T = capture::InfraConfig;
  static const FieldTable table{
      field<&T::shm_size>("shmSize"),
      field<&T::named_volumes, kOmitEmpty>("namedVolumes"),
      field<&T::overlay_volumes, kOmitEmpty>("overlayVolumes"),
      field<&T::image_volumes, kOmitEmpty>("ctrImageVolumes"),
      field<&T::label_opts, kOmitEmpty>("labelopts"),
      field<&T::user_volumes, kOmitEmpty>("userVolumes"),
      field<&T::device_host_src, kOmitEmpty>("device_host_src"),
  };
  return table;
}

}  // namespace specconf::gojson

namespace specconf::capture {

// pkg/specgen/generate/container.go:ConfigToSpec, for an infra container (podman v4.3.1)
std::string infra_inherit_from_config(std::string_view config_json, const oci::Spec& spec, host::InfraInherit& out) {
  InfraConfig conf;
  if (std::string err = gojson::go_unmarshal(config_json, conf); !err.empty()) return "infra config: " + err;
  out = host::InfraInherit{};
  for (const NamedVolume& v : conf.named_volumes) {
    specgen::NamedVolume nv;
    nv.name = v.name;
    nv.dest = v.dest;
    if (!v.options.empty()) nv.options = v.options;
    out.volumes.emplace_back(std::move(nv));
  }
  for (const ImageVolume& v : conf.image_volumes) {
    out.image_volumes.emplace_back(specgen::ImageVolume{v.source, v.dest, v.rw});
  }
  for (const OverlayVolume& v : conf.overlay_volumes) {
    out.overlay_volumes.emplace_back(specgen::OverlayVolume{v.dest, v.source, v.options});
  }
  // libpod/container.go:SortUserVolumes: a user volume is a named volume, else a spec mount (the last
  // one with that destination, as Go's map keeps it).
  std::map<std::string, bool> named;
  for (const NamedVolume& v : conf.named_volumes) named[v.dest] = true;
  std::map<std::string, oci::Mount> mounts;
  for (const oci::Mount& m : spec.mounts) mounts[m.destination] = m;
  for (const std::string& dest : conf.user_volumes) {
    if (named.count(dest)) continue;
    if (const auto it = mounts.find(dest); it != mounts.end()) out.mounts.push_back(it->second);
  }
  out.host_device_list = conf.device_host_src;
  out.selinux_opts = conf.label_opts;
  out.shm_size = conf.shm_size;
  return "";
}

}  // namespace specconf::capture
