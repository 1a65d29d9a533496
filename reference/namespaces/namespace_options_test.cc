#include "reference/namespaces/namespace_options.h"

#include <gtest/gtest.h>

#include "reference/namespaces/testing/error_of.h"
#include "reference/namespaces/testing/fixtures.h"

namespace specconf::ref {
namespace {

using testing::error_of;
using testing::nsm;

// A validated request with every namespace in a mode namespaceOptions does nothing for.
specgen::SpecGenerator validated() {
  specgen::SpecGenerator s;
  s.pidns = nsm("private");
  s.ipcns = nsm("shareable");
  s.utsns = nsm("private");
  s.userns = nsm("host");
  s.netns = nsm("bridge");
  s.cgroupns = nsm("host");
  return s;
}

host::HostProfile with_donors(host::HostProfile h = testing::root_v1()) {
  testing::add_pod(h);
  testing::add_web(h);
  return h;
}

specgen::Namespace specgen::SpecGenerator::*const kFields[] = {
    &specgen::SpecGenerator::pidns, &specgen::SpecGenerator::ipcns,    &specgen::SpecGenerator::utsns,
    &specgen::SpecGenerator::userns, &specgen::SpecGenerator::cgroupns, &specgen::SpecGenerator::netns,
};
const char* const kNames[] = {"pid", "ipc", "uts", "user", "cgroup", "net"};

TEST(NamespaceOptions, PodModesNeedAPodWithInfra) {
  const std::string no_infra =
      "cannot use pod namespace as container is not joining a pod or pod has no infra container: invalid argument";
  host::HostProfile no_infra_pod = with_donors();
  no_infra_pod.pods[0].infra_id.clear();
  for (auto field : kFields) {
    specgen::SpecGenerator s = validated();
    s.*field = nsm("pod");
    EXPECT_EQ(error_of([&] { namespace_options(s, with_donors()); }), no_infra);
    s.pod = "pod1";
    EXPECT_EQ(error_of([&] { namespace_options(s, no_infra_pod); }), no_infra);
    EXPECT_EQ(error_of([&] { namespace_options(s, with_donors()); }), "");
  }
}

TEST(NamespaceOptions, ContainerModesLookTheDonorUp) {
  for (std::size_t i = 0; i < 6; ++i) {
    specgen::SpecGenerator s = validated();
    s.*kFields[i] = nsm("container", "nope");
    EXPECT_EQ(error_of([&] { namespace_options(s, with_donors()); }),
              std::string("looking up container to share ") + kNames[i] +
                  " namespace with: no container with name or ID \"nope\" found: no such container");
    s.*kFields[i] = nsm("container", "web");
    EXPECT_EQ(error_of([&] { namespace_options(s, with_donors()); }), "") << kNames[i];
  }
}

TEST(NamespaceOptions, LookupsRunInPodmansOrder) {
  specgen::SpecGenerator s = validated();
  s.netns = nsm("container", "n");
  s.userns = nsm("container", "u");
  s.pidns = nsm("container", "p");
  EXPECT_EQ(error_of([&] { namespace_options(s, with_donors()); }),
            "looking up container to share pid namespace with: no container with name or ID \"p\" found: no such "
            "container");
}

TEST(NamespaceOptions, NonShareableIpcDonorIsRefused) {
  host::HostProfile h = with_donors();
  h.containers[1].ipc_shareable = false;
  specgen::SpecGenerator s = validated();
  s.ipcns = nsm("container", "web");
  EXPECT_EQ(error_of([&] { namespace_options(s, h); }),
            "joining IPC of container 2222222222222222222222222222222222222222222222222222222222222222 is not "
            "allowed: non-shareable IPC (hint: use IpcMode:shareable for the donor container)");
}

TEST(NamespaceOptions, PodUtsOnTheHostBecomesHostUts) {
  host::HostProfile h = with_donors();
  specgen::SpecGenerator s = validated();
  s.pod = "pod1";
  s.utsns = nsm("pod");
  namespace_options(s, h);
  EXPECT_EQ(s.utsns.nsmode.str(), "pod");
  h.pods[0].host_namespaces = {"uts"};
  namespace_options(s, h);
  EXPECT_EQ(s.utsns.nsmode.str(), "host");
}

TEST(NamespaceOptions, KeepIdIsRootlessOnly) {
  specgen::SpecGenerator s = validated();
  s.userns = nsm("keep-id");
  EXPECT_EQ(error_of([&] { namespace_options(s, testing::root_v1()); }), "keep-id is only supported in rootless mode");
  EXPECT_EQ(error_of([&] { namespace_options(s, testing::rootless_v1()); }), "");
  s.userns = nsm("keep-id", "uid=x");
  EXPECT_EQ(error_of([&] { namespace_options(s, testing::rootless_v1()); }),
            "strconv.ParseUint: parsing \"x\": invalid syntax");
}

TEST(NamespaceOptions, KeepIdWithoutSubidsFailsOn431OnlyWhenNoUserIsGiven) {
  host::HostProfile h = testing::rootless_v1(host::kEnginePodman431);
  h.identity.subuid.clear();
  specgen::SpecGenerator s = validated();
  s.userns = nsm("keep-id");
  EXPECT_EQ(error_of([&] { namespace_options(s, h); }),
            "keep-id requires additional UIDs or GIDs defined in /etc/subuid and /etc/subgid to function "
            "correctly: %!w(<nil>)");
  s.user = "1000";
  EXPECT_EQ(error_of([&] { namespace_options(s, h); }), "");
  s.user.clear();
  h.engine = host::kEngineSeed;
  EXPECT_EQ(error_of([&] { namespace_options(s, h); }), "");
}

TEST(NamespaceOptions, NoMapIsNotCheckedHere) {
  specgen::SpecGenerator s = validated();
  s.userns = nsm("no-map");
  EXPECT_EQ(error_of([&] { namespace_options(s, testing::root_v1()); }), "");
}

TEST(NamespaceOptions, ExplicitMapsAreRefusedInAPodWithInfra) {
  host::HostProfile h = with_donors();
  specgen::SpecGenerator s = validated();
  s.pod = "pod1";
  s.idmappings.emplace().host_uid_mapping = true;
  EXPECT_EQ(error_of([&] { namespace_options(s, h); }), "");
  s.idmappings->gid_map = std::vector<specgen::IDMap>{testing::idm(0, 1, 1)};
  EXPECT_EQ(error_of([&] { namespace_options(s, h); }),
            "cannot specify a new uid/gid map when entering a pod with an infra container: invalid argument");
  h.pods[0].infra_id.clear();
  EXPECT_EQ(error_of([&] { namespace_options(s, h); }), "");
  s.pod.clear();
  EXPECT_EQ(error_of([&] { namespace_options(s, with_donors()); }), "");
}

TEST(NamespaceOptions, RootlessPrivateNetnsBecomesSlirp) {
  for (const char* mode : {"private", "default", ""}) {
    specgen::SpecGenerator s = validated();
    s.netns = nsm(mode);
    namespace_options(s, testing::rootless_v1());
    EXPECT_EQ(s.netns.nsmode.str(), "slirp4netns") << mode;
    specgen::SpecGenerator r = validated();
    r.netns = nsm(mode);
    namespace_options(r, testing::root_v1());
    EXPECT_EQ(r.netns.nsmode.str(), mode);
  }
}

TEST(NamespaceOptions, MissingInfraContainerFails) {
  host::HostProfile h = with_donors();
  h.containers.erase(h.containers.begin());  // the infra
  specgen::SpecGenerator s = validated();
  s.pod = "pod1";
  EXPECT_EQ(error_of([&] { namespace_options(s, h); }),
            "retrieving pod 0a1b2c3d4e5f00112233445566778899aabbccddeeff00112233445566778899 infra container "
            "1111111111111111111111111111111111111111111111111111111111111111: container "
            "1111111111111111111111111111111111111111111111111111111111111111 not found in DB: no such container");
}

}  // namespace
}  // namespace specconf::ref
