#include "reference/model/host_profile_json.h"

#include <gtest/gtest.h>

namespace specconf::host {
namespace {

TEST(HostProfileJson, RoundTripKeepsEveryFact) {
  HostProfile h;
  h.name = "rootless-3gids";
  h.identity = Identity{true, 1002, 1002, "specconf3", {{165536, 65536}}, {{300000, 3}}, 4};
  h.cgroups.version = 2;
  h.cgroups.v1.memory_limit = true;
  h.capabilities.bounding = {"CAP_CHOWN", "CAP_KILL"};
  h.limits.default_process_limits = {"nproc=32768:32768"};
  h.containers_conf.default_capabilities = {"CHOWN"};
  FileFact null_dev;
  null_dev.type = "char";
  null_dev.mode = 8630;
  null_dev.major = 1;
  null_dev.minor = 3;
  h.files["/dev/null"] = null_dev;
  FileFact denied;
  denied.error = "permission denied";
  h.files["/proc/1/ns/net"] = denied;
  h.images.push_back(Image{"sha", {"localhost/specconf-env:1"}, "amd64", "linux", {}, {}});
  const std::string once = to_go_json(h);
  HostProfile again;
  ASSERT_EQ(from_go_json(once, again), "");
  EXPECT_EQ(to_go_json(again), once);
  EXPECT_EQ(again.file("/dev/null")->mode, 8630u);
  EXPECT_EQ(again.file("/proc/1/ns/net")->error, "permission denied");
  EXPECT_EQ(again.file("/nope"), nullptr);
}

TEST(HostProfileJson, InfraInheritUsesLibpodsNamesAndAlwaysWritesShmSize) {
  HostProfile h;
  Container infra;
  infra.id = "i";
  infra.name = "p-infra";
  infra.user = "0:0";
  InfraInherit& ii = infra.infra_inherit.emplace();
  ii.selinux_opts = {"disable"};
  ii.host_device_list = {oci::LinuxDevice{"/dev/null", "c", 1, 3, std::nullopt, std::nullopt, std::nullopt}};
  infra.spec_annotations = {{"io.podman.annotations.seccomp", "unconfined"}};
  h.containers.push_back(infra);
  h.secrets.push_back(Secret{"0123456789abcdef012345678", "token"});
  const std::string once = to_go_json(h);
  EXPECT_NE(once.find(R"("infra_inherit":{"host_device_list":[{"path":"/dev/null","type":"c","major":1,"minor":3}],)"
                      R"("selinux_opts":["disable"],"shm_size":null})"),
            std::string::npos)
      << once;
  HostProfile again;
  ASSERT_EQ(from_go_json(once, again), "");
  EXPECT_EQ(to_go_json(again), once);
  ASSERT_TRUE(again.containers[0].infra_inherit.has_value());
  EXPECT_EQ(again.containers[0].spec_annotations.at("io.podman.annotations.seccomp"), "unconfined");
  EXPECT_EQ(again.secrets[0].name, "token");
}

TEST(HostProfileJson, ErrorsNameTheField) {
  HostProfile h;
  std::string path;
  EXPECT_EQ(from_go_json(R"({"identity":{"subgid":[{"start":-1}]}})", h, &path),
            "json: cannot unmarshal number -1 into Go struct field IDRange.identity.subgid.start of type uint64");
  EXPECT_EQ(path, ".identity.subgid[0].start");
}

}  // namespace
}  // namespace specconf::host
