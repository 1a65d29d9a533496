#include "reference/namespaces/userns_from.h"

#include <gtest/gtest.h>

#include "reference/namespaces/testing/error_of.h"
#include "reference/namespaces/testing/fixtures.h"

namespace specconf::ref {
namespace {

using testing::error_of;
using testing::nsm;

std::string mappings(const std::vector<oci::LinuxIDMapping>& maps) {
  std::string out;
  for (const auto& m : maps) {
    if (!out.empty()) out += ",";
    out += std::to_string(m.container_id) + ":" + std::to_string(m.host_id) + ":" + std::to_string(m.size);
  }
  return out;
}

host::HostProfile donors() {
  host::HostProfile h = testing::root_v1();
  testing::add_pod(h);
  testing::add_web(h);
  return h;
}

oci::Spec spec_with_maps() {
  oci::Spec spec;
  spec.linux_.emplace().uid_mappings = {oci::LinuxIDMapping{0, 0, 1}};
  spec.linux_->gid_mappings = {oci::LinuxIDMapping{0, 0, 1}};
  return spec;
}

TEST(ApplyUsernsFrom, ContainerDonorMappingsReplaceTheSpecs) {
  specgen::SpecGenerator s;
  s.userns = nsm("container", "web");
  oci::Spec spec = spec_with_maps();
  apply_userns_from(s, spec, donors());
  EXPECT_EQ(mappings(spec.linux_->uid_mappings), "0:200000:1000,1000:300000:10");
  EXPECT_EQ(mappings(spec.linux_->gid_mappings), "0:200000:1000");
}

TEST(ApplyUsernsFrom, PodUsernsTakesTheInfraMappings) {
  specgen::SpecGenerator s;
  s.pod = "pod1";
  s.userns = nsm("pod");
  oci::Spec spec;
  apply_userns_from(s, spec, donors());
  ASSERT_TRUE(spec.linux_);
  EXPECT_EQ(mappings(spec.linux_->uid_mappings), "0:100000:65536");
  EXPECT_EQ(mappings(spec.linux_->gid_mappings), "0:100000:65536");
}

TEST(ApplyUsernsFrom, DonorWithoutMappingsClearsThem) {
  host::HostProfile h = donors();
  h.containers[1].uid_map.clear();
  h.containers[1].gid_map.clear();
  specgen::SpecGenerator s;
  s.userns = nsm("container", "web");
  oci::Spec spec = spec_with_maps();
  apply_userns_from(s, spec, h);
  EXPECT_TRUE(spec.linux_->uid_mappings.empty());
  EXPECT_TRUE(spec.linux_->gid_mappings.empty());
}

TEST(ApplyUsernsFrom, OtherUsernsModesLeaveTheSpec) {
  for (const char* mode : {"host", "private", "keep-id", "no-map", "auto", "path"}) {
    specgen::SpecGenerator s;
    s.userns = nsm(mode);
    s.pidns = nsm("container", "web");  // other donors do not touch the mappings
    oci::Spec spec = spec_with_maps();
    apply_userns_from(s, spec, donors());
    EXPECT_EQ(mappings(spec.linux_->uid_mappings), "0:0:1") << mode;
  }
}

TEST(ApplyUsernsFrom, DonorsOutsideThePodAreRefusedInOptionOrder) {
  specgen::SpecGenerator s;
  s.pod = "pod1";
  s.userns = nsm("container", "web");
  oci::Spec spec = spec_with_maps();
  const std::string web_error =
      "running container create option: container has joined pod "
      "0a1b2c3d4e5f00112233445566778899aabbccddeeff00112233445566778899 and dependency container "
      "2222222222222222222222222222222222222222222222222222222222222222 is not a member of the pod: invalid argument";
  EXPECT_EQ(error_of([&] { apply_userns_from(s, spec, donors()); }), web_error);
  EXPECT_EQ(mappings(spec.linux_->uid_mappings), "0:0:1");

  // The pid option is queued before the user option, so its donor is checked first.
  host::HostProfile h = donors();
  host::Container other = testing::container("3333", "other");
  h.containers.push_back(other);
  s.pidns = nsm("container", "other");
  EXPECT_EQ(error_of([&] { apply_userns_from(s, spec, h); }),
            "running container create option: container has joined pod "
            "0a1b2c3d4e5f00112233445566778899aabbccddeeff00112233445566778899 and dependency container 3333 is not a "
            "member of the pod: invalid argument");
}

TEST(ApplyUsernsFrom, PodMembersAndTheInfraAreAccepted) {
  host::HostProfile h = donors();
  h.containers[1].pod = "pod1";
  h.containers[0].pod.clear();  // the infra is a member whatever the profile says
  specgen::SpecGenerator s;
  s.pod = "pod1";
  s.netns = nsm("pod");
  s.userns = nsm("container", "web");
  oci::Spec spec;
  EXPECT_EQ(error_of([&] { apply_userns_from(s, spec, h); }), "");
  EXPECT_EQ(mappings(spec.linux_->uid_mappings), "0:200000:1000,1000:300000:10");
}

}  // namespace
}  // namespace specconf::ref
