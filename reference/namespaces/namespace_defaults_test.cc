#include "reference/namespaces/namespace_defaults.h"

#include <gtest/gtest.h>

#include "reference/namespaces/testing/error_of.h"
#include "reference/namespaces/testing/fixtures.h"

namespace specconf::ref {
namespace {

using testing::error_of;
using testing::nsm;

struct Modes {
  const char *pid, *ipc, *uts, *user, *net, *cgroup;
};

void expect_modes(const specgen::SpecGenerator& s, const Modes& m) {
  EXPECT_EQ(s.pidns.nsmode.str(), m.pid);
  EXPECT_EQ(s.ipcns.nsmode.str(), m.ipc);
  EXPECT_EQ(s.utsns.nsmode.str(), m.uts);
  EXPECT_EQ(s.userns.nsmode.str(), m.user);
  EXPECT_EQ(s.netns.nsmode.str(), m.net);
  EXPECT_EQ(s.cgroupns.nsmode.str(), m.cgroup);
}

TEST(ApplyNamespaceDefaults, StockContainersConfOnCgroupV1) {
  specgen::SpecGenerator s;
  apply_namespace_defaults(s, testing::root_v1());
  expect_modes(s, {"private", "shareable", "private", "host", "private", "host"});
}

TEST(ApplyNamespaceDefaults, CgroupnsIsPrivateOnV2AndHostOnV1WhateverTheConf) {
  specgen::SpecGenerator s;
  apply_namespace_defaults(s, testing::root_v2());
  EXPECT_EQ(s.cgroupns.nsmode.str(), "private");
  host::HostProfile v1 = testing::root_v1();
  v1.containers_conf.cgroupns = "private";
  specgen::SpecGenerator s1;
  apply_namespace_defaults(s1, v1);
  EXPECT_EQ(s1.cgroupns.nsmode.str(), "host");
}

TEST(ApplyNamespaceDefaults, EmptyContainersConfValuesHaveTheirOwnDefaults) {
  host::HostProfile h = testing::root_v2();
  h.containers_conf = host::ContainersConf{};
  specgen::SpecGenerator s;
  apply_namespace_defaults(s, h);
  expect_modes(s, {"private", "shareable", "private", "host", "private", "private"});
}

TEST(ApplyNamespaceDefaults, ContainersConfValuesAreParsed) {
  host::HostProfile h = testing::rootless_v1();
  h.containers_conf.pidns = "host";
  h.containers_conf.ipcns = "none";
  h.containers_conf.utsns = "ns:/run/uts";
  h.containers_conf.userns = "keep-id:uid=0";
  h.containers_conf.netns = "slirp4netns:mtu=1500";
  specgen::SpecGenerator s;
  apply_namespace_defaults(s, h);
  expect_modes(s, {"host", "none", "path", "keep-id", "slirp4netns", "host"});
  EXPECT_EQ(s.utsns.value, "/run/uts");
  EXPECT_EQ(s.userns.value, "uid=0");
  EXPECT_EQ(s.netns.value, "");
}

TEST(ApplyNamespaceDefaults, ExplicitModesAreKept) {
  specgen::SpecGenerator s;
  s.pidns = nsm("host");
  s.ipcns = nsm("private");
  s.utsns = nsm("container", "web");
  s.netns = nsm("none");
  s.cgroupns = nsm("private");
  s.userns = nsm("private");
  s.idmappings.emplace().uid_map = std::vector<specgen::IDMap>{testing::idm(0, 100000, 65536)};
  apply_namespace_defaults(s, testing::root_v1());
  expect_modes(s, {"host", "private", "container", "private", "none", "private"});
  ASSERT_TRUE(s.idmappings && s.idmappings->uid_map);
  EXPECT_EQ(s.idmappings->uid_map->size(), 1u);
  EXPECT_FALSE(s.idmappings->host_uid_mapping);
}

TEST(ApplyNamespaceDefaults, DefaultUsernsOverwritesUserIdMappings) {
  specgen::SpecGenerator s;
  s.userns = nsm("default");
  s.idmappings.emplace().uid_map = std::vector<specgen::IDMap>{testing::idm(0, 100000, 65536)};
  apply_namespace_defaults(s, testing::root_v1());
  EXPECT_EQ(s.userns.nsmode.str(), "host");
  ASSERT_TRUE(s.idmappings);
  EXPECT_TRUE(s.idmappings->host_uid_mapping);
  EXPECT_TRUE(s.idmappings->host_gid_mapping);
  EXPECT_FALSE(s.idmappings->uid_map);
}

TEST(ApplyNamespaceDefaults, DefaultAutoUsernsSetsAutoMappings) {
  host::HostProfile h = testing::root_v1();
  h.containers_conf.userns = "auto:size=100";
  specgen::SpecGenerator s;
  apply_namespace_defaults(s, h);
  EXPECT_EQ(s.userns.nsmode.str(), "auto");
  EXPECT_EQ(s.userns.value, "size=100");
  ASSERT_TRUE(s.idmappings);
  EXPECT_TRUE(s.idmappings->auto_userns);
  EXPECT_EQ(s.idmappings->auto_userns_opts.size, 0u);  // ParseIDMapping only sees the bare mode
}

TEST(ApplyNamespaceDefaults, PodSharingGivesPodModesAndHostWhereTheInfraIsHost) {
  host::HostProfile h = testing::root_v1();
  testing::add_pod(h, {"pid", "ipc", "uts", "user", "net", "cgroup"}, {"pid", "net", "user"});
  specgen::SpecGenerator s;
  s.pod = "pod1";
  apply_namespace_defaults(s, h);
  // The user namespace has no host check.
  expect_modes(s, {"host", "pod", "pod", "pod", "host", "pod"});
}

TEST(ApplyNamespaceDefaults, UnsharedNamespacesOfAPodComeFromContainersConf) {
  host::HostProfile h = testing::root_v1();
  testing::add_pod(h, {"ipc"});
  specgen::SpecGenerator s;
  s.pod = "pod1";
  apply_namespace_defaults(s, h);
  expect_modes(s, {"private", "pod", "private", "host", "private", "host"});
}

TEST(ApplyNamespaceDefaults, PodWithoutInfraSharesNothing) {
  host::HostProfile h = testing::root_v1();
  testing::add_pod(h, {"ipc", "net", "uts"});
  h.pods[0].infra_id.clear();
  specgen::SpecGenerator s;
  s.pod = "pod1";
  apply_namespace_defaults(s, h);
  expect_modes(s, {"private", "shareable", "private", "host", "private", "host"});
}

TEST(ApplyNamespaceDefaults, FailsOnUnknownPodAndBadContainersConf) {
  specgen::SpecGenerator s;
  s.pod = "nope";
  EXPECT_EQ(error_of([&] { apply_namespace_defaults(s, testing::root_v1()); }),
            "retrieving pod nope: no pod with name or ID nope found: no such pod");

  const struct {
    std::string host::ContainersConf::*field;
    const char* value;
    const char* error;
  } cases[] = {
      {&host::ContainersConf::pidns, "bogus", "unrecognized namespace mode bogus passed"},
      {&host::ContainersConf::ipcns, "bogus", "unrecognized namespace mode bogus passed"},
      {&host::ContainersConf::utsns, "bogus", "unrecognized namespace mode bogus passed"},
      {&host::ContainersConf::userns, "bogus", "unrecognized namespace mode bogus passed"},
      {&host::ContainersConf::cgroupns, "bogus", "unrecognized cgroup namespace mode bogus passed"},
      {&host::ContainersConf::netns, "bridge:ip=bad", "invalid ip address \"bad\""},
  };
  for (const auto& c : cases) {
    host::HostProfile h = testing::root_v2();
    h.containers_conf.*c.field = c.value;
    specgen::SpecGenerator fresh;
    EXPECT_EQ(error_of([&] { apply_namespace_defaults(fresh, h); }), c.error) << c.value;
  }
}

TEST(GetDefaultNamespaceMode, IsCaseInsensitiveAndRejectsUnknownTypes) {
  EXPECT_EQ(get_default_namespace_mode("PID", testing::root_v1(), nullptr).nsmode.str(), "private");
  EXPECT_EQ(error_of([&] { get_default_namespace_mode("mnt", testing::root_v1(), nullptr); }),
            "invalid namespace type \"mnt\" passed: invalid argument");
}

TEST(ClearHostnameNamingPod, ClearsAPodNameUnlessUtsIsPrivate) {
  host::HostProfile h = testing::root_v1();
  testing::add_pod(h);
  const struct { const char* hostname; const char* uts; const char* want; } cases[] = {
      {"pod1", "pod", ""},       {"pod1", "host", ""},         {"pod1", "private", "pod1"},
      {"other", "pod", "other"}, {"", "host", ""},
  };
  for (const auto& c : cases) {
    specgen::SpecGenerator s;
    s.hostname = c.hostname;
    s.utsns = nsm(c.uts);
    clear_hostname_naming_pod(s, h);
    EXPECT_EQ(s.hostname, c.want) << c.hostname << " " << c.uts;
  }
}

}  // namespace
}  // namespace specconf::ref
