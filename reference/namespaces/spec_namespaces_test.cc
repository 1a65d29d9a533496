#include "reference/namespaces/spec_namespaces.h"

#include <gtest/gtest.h>

#include "reference/namespaces/testing/error_of.h"
#include "reference/namespaces/testing/fixtures.h"

namespace specconf::ref {
namespace {

using testing::error_of;
using testing::nsm;

// The namespace list as "type[=path]" joined by commas.
std::string namespaces(const Generator& g) {
  std::string out;
  for (const auto& n : g.config.linux_->namespaces) {
    if (!out.empty()) out += ",";
    out += n.type.str();
    if (!n.path.empty()) out += "=" + n.path;
  }
  return out;
}

std::string mappings(const std::vector<oci::LinuxIDMapping>& maps) {
  std::string out;
  for (const auto& m : maps) {
    if (!out.empty()) out += ",";
    out += std::to_string(m.container_id) + ":" + std::to_string(m.host_id) + ":" + std::to_string(m.size);
  }
  return out;
}

// After Validate and namespaceOptions on a root host: bridge network, host userns, host cgroupns (v1).
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

host::HostProfile with_files() {
  host::HostProfile h = testing::root_v1();
  for (const char* p : {"/run/ns/pid", "/run/ns/ipc", "/run/ns/uts", "/run/ns/user", "/run/ns/cgroup", "/run/ns/net"})
    h.files[p].type = "file";
  h.files["/run/ns/denied"].error = "permission denied";
  testing::add_pod(h);
  testing::add_web(h);
  return h;
}

TEST(SpecConfigureNamespaces, DefaultsKeepTheGeneratorList) {
  Generator g;
  specgen::SpecGenerator s = validated();
  spec_configure_namespaces(s, g, with_files());
  EXPECT_EQ(namespaces(g), "pid,network,ipc,uts,mount");
  EXPECT_EQ(g.config.hostname, "");
  EXPECT_EQ(g.config.annotations.at("io.podman.annotations.publish-all"), "FALSE");
}

TEST(SpecConfigureNamespaces, KernelNamespaceModes) {
  const struct {
    const char* what;
    specgen::Namespace specgen::SpecGenerator::*field;
    specgen::Namespace ns;
    const char* want;
  } cases[] = {
      {"pid path", &specgen::SpecGenerator::pidns, nsm("path", "/run/ns/pid"), "pid=/run/ns/pid,network,ipc,uts,mount"},
      {"pid host", &specgen::SpecGenerator::pidns, nsm("host"), "network,ipc,uts,mount"},
      {"pid container", &specgen::SpecGenerator::pidns, nsm("container", "web"), "pid,network,ipc,uts,mount"},
      {"pid pod", &specgen::SpecGenerator::pidns, nsm("pod"), "pid,network,ipc,uts,mount"},
      {"ipc path", &specgen::SpecGenerator::ipcns, nsm("path", "/run/ns/ipc"), "pid,network,ipc=/run/ns/ipc,uts,mount"},
      {"ipc host", &specgen::SpecGenerator::ipcns, nsm("host"), "pid,network,uts,mount"},
      {"ipc private", &specgen::SpecGenerator::ipcns, nsm("private"), "pid,network,ipc,uts,mount"},
      {"ipc none", &specgen::SpecGenerator::ipcns, nsm("none"), "pid,network,ipc,uts,mount"},
      {"uts path", &specgen::SpecGenerator::utsns, nsm("path", "/run/ns/uts"), "pid,network,ipc,uts=/run/ns/uts,mount"},
      {"uts host", &specgen::SpecGenerator::utsns, nsm("host"), "pid,network,ipc,mount"},
      {"cgroup path", &specgen::SpecGenerator::cgroupns, nsm("path", "/run/ns/cgroup"),
       "pid,network,ipc,uts,mount,cgroup=/run/ns/cgroup"},
      {"cgroup private", &specgen::SpecGenerator::cgroupns, nsm("private"), "pid,network,ipc,uts,mount,cgroup"},
      {"cgroup container", &specgen::SpecGenerator::cgroupns, nsm("container", "web"), "pid,network,ipc,uts,mount"},
      {"net path", &specgen::SpecGenerator::netns, nsm("path", "/run/ns/net"), "pid,network=/run/ns/net,ipc,uts,mount"},
      {"net host", &specgen::SpecGenerator::netns, nsm("host"), "pid,ipc,uts,mount"},
      {"net private", &specgen::SpecGenerator::netns, nsm("private"), "pid,network,ipc,uts,mount"},
      {"net none", &specgen::SpecGenerator::netns, nsm("none"), "pid,network,ipc,uts,mount"},
      {"net slirp", &specgen::SpecGenerator::netns, nsm("slirp4netns"), "pid,network,ipc,uts,mount"},
      {"net pasta", &specgen::SpecGenerator::netns, nsm("pasta"), "pid,network,ipc,uts,mount"},
      {"net container", &specgen::SpecGenerator::netns, nsm("container", "web"), "pid,network,ipc,uts,mount"},
  };
  for (const auto& c : cases) {
    Generator g;
    specgen::SpecGenerator s = validated();
    s.*c.field = c.ns;
    spec_configure_namespaces(s, g, with_files());
    EXPECT_EQ(namespaces(g), c.want) << c.what;
  }
}

TEST(SpecConfigureNamespaces, MissingNamespacePathsFail) {
  const struct {
    specgen::Namespace specgen::SpecGenerator::*field;
    const char* what;
  } cases[] = {
      {&specgen::SpecGenerator::pidns, "PID"},         {&specgen::SpecGenerator::ipcns, "IPC"},
      {&specgen::SpecGenerator::utsns, "UTS"},         {&specgen::SpecGenerator::userns, "user"},
      {&specgen::SpecGenerator::cgroupns, "cgroup"},   {&specgen::SpecGenerator::netns, "network"},
  };
  for (const auto& c : cases) {
    Generator g;
    specgen::SpecGenerator s = validated();
    s.*c.field = nsm("path", "/run/ns/missing");
    EXPECT_EQ(error_of([&] { spec_configure_namespaces(s, g, with_files()); }),
              std::string("cannot find specified ") + c.what +
                  " namespace path: stat /run/ns/missing: no such file or directory");
    s.*c.field = nsm("path", "/run/ns/denied");
    EXPECT_EQ(error_of([&] { spec_configure_namespaces(s, g, with_files()); }),
              std::string("cannot find specified ") + c.what + " namespace path: stat /run/ns/denied: permission denied");
  }
}

TEST(SpecConfigureNamespaces, UserHostnameIsSetAndExported) {
  Generator g;
  g.clear_process_env();
  g.add_process_env("A", "1");
  specgen::SpecGenerator s = validated();
  s.hostname = "hh";
  spec_configure_namespaces(s, g, with_files());
  EXPECT_EQ(g.config.hostname, "hh");
  EXPECT_EQ(g.config.process->env, (std::vector<std::string>{"A=1", "HOSTNAME=hh"}));
}

TEST(SpecConfigureNamespaces, UserEnvHostnameIsNotOverridden) {
  Generator g;
  g.clear_process_env();
  g.add_process_env("HOSTNAME", "mine");
  specgen::SpecGenerator s = validated();
  s.hostname = "hh";
  s.env.emplace()["HOSTNAME"] = "mine";
  spec_configure_namespaces(s, g, with_files());
  EXPECT_EQ(g.config.hostname, "hh");
  EXPECT_EQ(g.config.process->env, (std::vector<std::string>{"HOSTNAME=mine"}));
}

TEST(SpecConfigureNamespaces, HostnameRulesWithoutAUserHostname) {
  const struct {
    const char* what;
    specgen::Namespace uts;
    specgen::Namespace net;
    const char* pod;
    const char* want;
  } cases[] = {
      {"private uts", nsm("private"), nsm("bridge"), "", ""},
      {"net host gives the host's", nsm("private"), nsm("host"), "", "vm"},
      {"uts host gives none", nsm("host"), nsm("bridge"), "", ""},
      {"uts host and net host give none", nsm("host"), nsm("host"), "", ""},
      {"uts pod gives the pod's", nsm("pod"), nsm("host"), "pod1", "pod1host"},
      {"uts container gives the donor's", nsm("container", "web"), nsm("host"), "", "webhost"},
      {"uts container falls back to the short id", nsm("container", "0a1b2c3d4e5f-infra"), nsm("bridge"), "",
       "111111111111"},
      {"uts path gives none", nsm("path", "/run/ns/uts"), nsm("bridge"), "", ""},
  };
  for (const auto& c : cases) {
    Generator g;
    specgen::SpecGenerator s = validated();
    s.utsns = c.uts;
    s.netns = c.net;
    s.pod = c.pod;
    spec_configure_namespaces(s, g, with_files());
    EXPECT_EQ(g.config.hostname, c.want) << c.what;
    EXPECT_EQ(g.config.process->env.size(), 2u) << c.what;  // no HOSTNAME without a user hostname
  }
}

TEST(SpecConfigureNamespaces, UtsDonorLookupFails) {
  Generator g;
  specgen::SpecGenerator s = validated();
  s.utsns = nsm("container", "nope");
  EXPECT_EQ(error_of([&] { spec_configure_namespaces(s, g, with_files()); }),
            "looking up container to share uts namespace with: no container with name or ID \"nope\" found: no "
            "such container");
}

TEST(SpecConfigureNamespaces, PublishAllAnnotation) {
  Generator g;
  specgen::SpecGenerator s = validated();
  s.publish_exposed_ports = true;
  spec_configure_namespaces(s, g, with_files());
  EXPECT_EQ(g.config.annotations.at("io.podman.annotations.publish-all"), "TRUE");
}

TEST(SetupUserNs, PathJoinsWithDummyMappings) {
  Generator g;
  EXPECT_EQ(setup_user_ns(std::nullopt, nsm("path", "/run/ns/user"), g, with_files()), "");
  EXPECT_EQ(namespaces(g), "pid,network,ipc,uts,mount,user=/run/ns/user");
  EXPECT_EQ(mappings(g.config.linux_->uid_mappings), "0:0:1");
  EXPECT_EQ(mappings(g.config.linux_->gid_mappings), "0:0:1");
}

TEST(SetupUserNs, HostAutoContainerAndPodLeaveTheSpec) {
  for (const char* mode : {"host", "auto", "container", "pod"}) {
    Generator g;
    setup_user_ns(std::nullopt, nsm(mode), g, with_files());
    EXPECT_EQ(namespaces(g), "pid,network,ipc,uts,mount") << mode;
    EXPECT_TRUE(g.config.linux_->uid_mappings.empty()) << mode;
  }
}

TEST(SetupUserNs, PrivateUsesTheRequestMappings) {
  specgen::IDMappingOptions m;
  m.uid_map = std::vector<specgen::IDMap>{testing::idm(0, 100000, 65536)};
  m.gid_map = std::vector<specgen::IDMap>{testing::idm(0, 100000, 3), testing::idm(3, -1, 1)};
  Generator g;
  setup_user_ns(m, nsm("private"), g, with_files());
  EXPECT_EQ(namespaces(g), "pid,network,ipc,uts,mount,user");
  EXPECT_EQ(mappings(g.config.linux_->uid_mappings), "0:100000:65536");
  EXPECT_EQ(mappings(g.config.linux_->gid_mappings), "0:100000:3,3:4294967295:1");  // uint32(-1)
}

TEST(SetupUserNs, PrivateWithoutMappingsFails) {
  const std::string err = "must provide at least one UID or GID mapping to configure a user namespace";
  Generator g;
  EXPECT_EQ(error_of([&] { setup_user_ns(std::nullopt, nsm("private"), g, with_files()); }), err);
  specgen::IDMappingOptions host_only;
  host_only.host_uid_mapping = true;
  host_only.uid_map.emplace();
  EXPECT_EQ(error_of([&] { setup_user_ns(host_only, nsm("private"), g, with_files()); }), err);
}

TEST(SetupUserNs, KeepIdRunsAsTheUserWithItsMappings) {
  // Verified on 4.3.1 rootless: uid 1004 → [0→1 1004, 1004→0 1, 1005→1005 64532], user 1004:1004.
  Generator g;
  specgen::IDMappingOptions ignored;
  ignored.uid_map = std::vector<specgen::IDMap>{testing::idm(0, 5, 5)};
  EXPECT_EQ(setup_user_ns(ignored, nsm("keep-id"), g, testing::rootless_v1()), "1004:1004");
  EXPECT_EQ(namespaces(g), "pid,network,ipc,uts,mount,user");
  EXPECT_EQ(mappings(g.config.linux_->uid_mappings), "0:1:1004,1004:0:1,1005:1005:64532");
  EXPECT_EQ(mappings(g.config.linux_->gid_mappings), "0:1:1004,1004:0:1,1005:1005:64532");
  EXPECT_EQ(g.config.process->user.uid, 1004u);
  EXPECT_EQ(g.config.process->user.gid, 1004u);
  EXPECT_EQ(g.config.process->user.additional_gids, std::vector<std::uint32_t>{1004});
}

TEST(SetupUserNs, KeepIdOptionsAndEngineDifferences) {
  Generator g;
  EXPECT_EQ(setup_user_ns(std::nullopt, nsm("keep-id", "uid=0,gid=0"), g, testing::rootless_v1()), "0:0");
  EXPECT_EQ(mappings(g.config.linux_->uid_mappings), "0:1:0,0:0:1,1:1:65536");

  host::HostProfile seed = testing::rootless_v1(host::kEngineSeed);
  seed.identity.subuid.clear();
  Generator g2;
  setup_user_ns(std::nullopt, nsm("keep-id"), g2, seed);
  EXPECT_EQ(mappings(g2.config.linux_->uid_mappings), "1004:0:1");

  host::HostProfile v431 = seed;
  v431.engine = host::kEnginePodman431;
  Generator g3;
  EXPECT_EQ(error_of([&] { setup_user_ns(std::nullopt, nsm("keep-id"), g3, v431); }),
            "keep-id requires additional UIDs or GIDs defined in /etc/subuid and /etc/subgid to function "
            "correctly: %!w(<nil>)");
  EXPECT_EQ(error_of([&] { setup_user_ns(std::nullopt, nsm("keep-id"), g3, testing::root_v1()); }),
            "keep-id is only supported in rootless mode");
}

TEST(SetupUserNs, NoMapRunsAsRootAboveTheUser) {
  Generator g;
  EXPECT_EQ(setup_user_ns(std::nullopt, nsm("no-map"), g, testing::rootless_v1()), "0:0");
  EXPECT_EQ(mappings(g.config.linux_->uid_mappings), "0:1:65536");
  EXPECT_EQ(mappings(g.config.linux_->gid_mappings), "0:1:65536");
  EXPECT_EQ(g.config.process->user.additional_gids, std::vector<std::uint32_t>{0});
  EXPECT_EQ(error_of([&] { setup_user_ns(std::nullopt, nsm("no-map"), g, testing::root_v1()); }),
            "nomap is only supported in rootless mode");
}

}  // namespace
}  // namespace specconf::ref
