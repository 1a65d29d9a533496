#include "tools/capture/infra_inherit.h"

#include <gtest/gtest.h>

namespace specconf::capture {
namespace {

oci::Mount mount(const char* dest, const char* source) {
  oci::Mount m;
  m.destination = dest;
  m.type = "bind";
  m.source = source;
  m.options = {"rbind"};
  return m;
}

TEST(InfraInherit, UserVolumesPickNamedVolumesFirstThenSpecMounts) {
  const std::string config = R"({"id":"x","pause":true,"shmSize":65536000,
    "userVolumes":["/named","/bound","/gone"],
    "namedVolumes":[{"volumeName":"v1","dest":"/named","options":["ro"],"setAnonymous":true}],
    "labelopts":["disable"],"spec":{"ociVersion":"1.0.2-dev"}})";
  oci::Spec spec;
  spec.mounts = {mount("/proc", "proc"), mount("/bound", "/old"), mount("/bound", "/srv/a"), mount("/named", "/x")};
  host::InfraInherit out;
  ASSERT_EQ(infra_inherit_from_config(config, spec, out), "");
  ASSERT_EQ(out.volumes.size(), 1u);
  EXPECT_EQ(out.volumes[0]->name, "v1");
  EXPECT_EQ(out.volumes[0]->dest, "/named");
  EXPECT_FALSE(out.volumes[0]->is_anonymous);  // ConfigToSpec does not copy it
  ASSERT_EQ(out.mounts.size(), 1u);            // /gone has neither: podman only warns
  EXPECT_EQ(out.mounts[0].source, "/srv/a");   // the last mount at a destination wins, as in Go's map
  EXPECT_EQ(out.selinux_opts, std::vector<std::string>{"disable"});
  ASSERT_TRUE(out.shm_size.has_value());
  EXPECT_EQ(*out.shm_size, 65536000);
  EXPECT_TRUE(out.cap_add.empty());
  EXPECT_TRUE(out.apparmor_profile.empty());
}

TEST(InfraInherit, DevicesAndImageAndOverlayVolumesCarryOver) {
  const std::string config = R"({"shmSize":1024,
    "device_host_src":[{"path":"/dev/null","type":"c","major":1,"minor":3}],
    "ctrImageVolumes":[{"source":"img","dest":"/iv","rw":true}],
    "overlayVolumes":[{"dest":"/ov","source":"/srv/o","options":["O"]}]})";
  host::InfraInherit out;
  ASSERT_EQ(infra_inherit_from_config(config, oci::Spec{}, out), "");
  ASSERT_EQ(out.host_device_list.size(), 1u);
  EXPECT_EQ(out.host_device_list[0].path, "/dev/null");
  ASSERT_EQ(out.image_volumes.size(), 1u);
  EXPECT_EQ(out.image_volumes[0]->destination, "/iv");
  EXPECT_TRUE(out.image_volumes[0]->read_write);
  ASSERT_EQ(out.overlay_volumes.size(), 1u);
  EXPECT_EQ(out.overlay_volumes[0]->source, "/srv/o");
  EXPECT_EQ(*out.shm_size, 1024);
}

TEST(InfraInherit, MalformedConfigIsAnError) {
  host::InfraInherit out;
  EXPECT_NE(infra_inherit_from_config(R"({"shmSize":"big"})", oci::Spec{}, out), "");
}

}  // namespace
}  // namespace specconf::capture
