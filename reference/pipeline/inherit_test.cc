#include "reference/pipeline/inherit.h"

#include <gtest/gtest.h>

namespace specconf::ref {
namespace {

oci::Mount mount(const char* dest, const char* source, std::vector<std::string> options = {}) {
  oci::Mount m;
  m.destination = dest;
  m.type = "bind";
  m.source = source;
  m.options = std::move(options);
  return m;
}

host::Container infra_with(host::InfraInherit inherit) {
  host::Container infra;
  infra.id = "infra";
  infra.infra_inherit = std::move(inherit);
  return infra;
}

TEST(Inherit, RequestListsComeAfterTheInfras) {
  host::InfraInherit ii;
  ii.cap_add = {"NET_ADMIN"};
  ii.selinux_opts = {"disable"};
  specgen::SpecGenerator s;
  s.cap_add = {"SYS_TIME"};
  s.cap_drop = {"KILL"};
  const host::InfraInherit compat = inherit(infra_with(ii), s);
  EXPECT_EQ(s.cap_add, (std::vector<std::string>{"NET_ADMIN", "SYS_TIME"}));
  EXPECT_EQ(s.cap_drop, std::vector<std::string>{"KILL"});
  EXPECT_EQ(s.selinux_opts, std::vector<std::string>{"disable"});
  EXPECT_EQ(compat.cap_add, s.cap_add);
}

TEST(Inherit, AnElementKeepsFieldsTheInfrasElementInItsPlaceLeavesOut) {
  // Go's json.Unmarshal decodes into the slice's existing elements: the infra's optionless mount lands
  // on the request's first mount and keeps that mount's options.
  host::InfraInherit ii;
  ii.mounts = {mount("/infra", "/srv/i")};
  specgen::SpecGenerator s;
  s.mounts = {mount("/req", "/srv/r", {"ro"})};
  inherit(infra_with(ii), s);
  ASSERT_EQ(s.mounts.size(), 2u);
  EXPECT_EQ(s.mounts[0].destination, "/infra");
  EXPECT_EQ(s.mounts[0].source, "/srv/i");
  EXPECT_EQ(s.mounts[0].options, std::vector<std::string>{"ro"});
  EXPECT_EQ(s.mounts[1].destination, "/req");
}

TEST(Inherit, ShmSizeAlwaysBecomesTheInfras) {
  host::InfraInherit ii;
  ii.shm_size = 1024;
  specgen::SpecGenerator s;
  s.shm_size = 99;
  inherit(infra_with(ii), s);
  EXPECT_EQ(s.shm_size, std::optional<std::int64_t>(1024));
}

TEST(Inherit, ExplicitHostIpcDropsOnlyADefaultShmSize) {
  host::InfraInherit ii;
  ii.shm_size = 65536000;
  specgen::SpecGenerator s;
  s.ipcns.nsmode = "host";
  inherit(infra_with(ii), s);
  EXPECT_FALSE(s.shm_size.has_value());
  ii.shm_size = 1024;
  inherit(infra_with(ii), s);
  EXPECT_EQ(s.shm_size, std::optional<std::int64_t>(1024));
}

TEST(Inherit, NamedVolumesFromTheInfraComeFirst) {
  host::InfraInherit ii;
  specgen::NamedVolume v;
  v.name = "data";
  v.dest = "/data";
  ii.volumes = {v};
  specgen::SpecGenerator s;
  specgen::NamedVolume mine;
  mine.name = "mine";
  mine.dest = "/mine";
  mine.is_anonymous = true;
  s.volumes = {mine};
  inherit(infra_with(ii), s);
  ASSERT_EQ(s.volumes.size(), 2u);
  EXPECT_EQ(s.volumes[0]->name, "data");
  EXPECT_FALSE(s.volumes[0]->is_anonymous);  // every NamedVolume field is sent: nothing merges
  EXPECT_EQ(s.volumes[1]->name, "mine");
}

}  // namespace
}  // namespace specconf::ref
