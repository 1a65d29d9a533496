#include "reference/namespaces/validate.h"

#include <gtest/gtest.h>

#include <functional>

#include "reference/namespaces/testing/error_of.h"
#include "reference/namespaces/testing/fixtures.h"

namespace specconf::ref {
namespace {

using testing::error_of;
using testing::nsm;

// A request after apply_namespace_defaults on a root cgroup-v1 host.
specgen::SpecGenerator defaulted() {
  specgen::SpecGenerator s;
  s.rootfs = "/srv/specconf/rootfs";
  s.pidns = nsm("private");
  s.ipcns = nsm("shareable");
  s.utsns = nsm("private");
  s.userns = nsm("host");
  s.netns = nsm("private");
  s.cgroupns = nsm("host");
  s.idmappings.emplace().host_uid_mapping = true;
  return s;
}

struct Case {
  const char* what;
  std::function<void(specgen::SpecGenerator&)> mutate;
  const char* error;
};

TEST(ValidateSpecgen, EachCheckFailsWithPodmansText) {
  const Case cases[] = {
      {"pod networks", [](auto& s) { s.pod = "p"; s.netns = nsm("pod"); s.networks.emplace()["n"]; },
       "networks must be defined when the pod is created: network cannot be configured when it is shared with a pod"},
      {"pod ports", [](auto& s) { s.pod = "p"; s.netns = nsm("pod"); s.port_mappings.emplace_back(); },
       "published or exposed ports must be defined when the pod is created: network cannot be configured when it "
       "is shared with a pod"},
      {"pod publish", [](auto& s) { s.pod = "p"; s.netns = nsm("pod"); s.publish_exposed_ports = true; },
       "published or exposed ports must be defined when the pod is created: network cannot be configured when it "
       "is shared with a pod"},
      {"pod hosts", [](auto& s) { s.pod = "p"; s.netns = nsm("pod"); s.host_add = {"a:1.2.3.4"}; },
       "extra host entries must be specified on the pod: network cannot be configured when it is shared with a pod"},
      {"container hosts", [](auto& s) { s.netns = nsm("container", "web"); s.host_add = {"a:1.2.3.4"}; },
       "cannot set extra host entries when the container is joined to another containers network namespace: "
       "invalid configuration"},
      {"image and rootfs", [](auto& s) { s.image = "img"; },
       "both image and rootfs cannot be simultaneously: invalid configuration"},
      {"hostname pod uts", [](auto& s) { s.hostname = "h"; s.utsns = nsm("pod"); },
       "cannot set hostname when joining the pod UTS namespace: invalid configuration"},
      {"hostname host uts", [](auto& s) { s.hostname = "h"; s.utsns = nsm("host"); },
       "cannot set hostname when running in the host UTS namespace: invalid configuration"},
      {"hostname container uts", [](auto& s) { s.hostname = "h"; s.utsns = nsm("container", "web"); },
       "cannot set hostname when running in the host UTS namespace: invalid configuration"},
      {"systemd", [](auto& s) { s.systemd = "maybe"; },
       "--systemd values must be one of \"true, false, always\": invalid configuration"},
      {"sdnotify", [](auto& s) { s.sdnotify_mode = "Container"; },
       "invalid argument: invalid sdnotify value \"Container\": must be container, conmon or ignore"},
      {"image volume mode", [](auto& s) { s.image_volume_mode = "bind"; },
       "invalid ImageVolumeMode \"bind\", value must be one of ignore,tmpfs,anonymous"},
      {"shm host", [](auto& s) { s.shm_size = 1; s.ipcns = nsm("host"); },
       "cannot set shmsize when running in the {host } IPC Namespace"},
      {"shm none", [](auto& s) { s.shm_size = 1; s.ipcns = nsm("none"); },
       "cannot set shmsize when running in the {none } IPC Namespace"},
      {"private userns without mappings", [](auto& s) { s.userns = nsm("private"); s.idmappings.reset(); },
       "IDMappings are required when not creating a User namespace: invalid configuration"},
      {"resolv dns", [](auto& s) { s.use_image_resolv_conf = true; s.dns_servers.emplace_back(); },
       "UseImageResolvConf and DNSServer are mutually exclusive options"},
      {"resolv search", [](auto& s) { s.use_image_resolv_conf = true; s.dns_search = {"x"}; },
       "UseImageResolvConf and DNSSearch are mutually exclusive options"},
      {"resolv options", [](auto& s) { s.use_image_resolv_conf = true; s.dns_options = {"x"}; },
       "UseImageResolvConf and DNSOption are mutually exclusive options"},
      {"image hosts", [](auto& s) { s.use_image_hosts = true; s.host_add = {"a:1.2.3.4"}; },
       "UseImageHosts and HostAdd are mutually exclusive options"},
      {"uts", [](auto& s) { s.utsns = nsm("none"); }, "cannot use network modes with non-network namespace"},
      {"ipc", [](auto& s) { s.ipcns = nsm("path"); }, "namespace mode path requires a value"},
      {"pid", [](auto& s) { s.pidns = nsm("shareable"); }, "invalid namespace type shareable specified"},
      {"cgroup", [](auto& s) { s.cgroupns = nsm("host", "x"); },
       "namespace value x cannot be provided with namespace mode host"},
      {"user", [](auto& s) { s.userns = nsm("nomap"); }, "invalid namespace type nomap specified"},
      {"net", [](auto& s) { s.netns = nsm("shareable"); }, "invalid network \"shareable\""},
      {"net value", [](auto& s) { s.netns = nsm("none", "x"); },
       "namespace value x cannot be provided with namespace mode none"},
      {"networks without bridge", [](auto& s) { s.netns = nsm("host"); s.networks.emplace()["n"]; },
       "networks and static ip/mac address can only be used with Bridge mode networking"},
  };
  for (const auto& c : cases) {
    specgen::SpecGenerator s = defaulted();
    c.mutate(s);
    EXPECT_EQ(error_of([&] { validate_specgen(s, testing::root_v1()); }), c.error) << c.what;
  }
}

TEST(ValidateSpecgen, AcceptsValuesPodmanAccepts) {
  const Case cases[] = {
      {"defaults", [](auto&) {}, ""},
      {"systemd any case", [](auto& s) { s.systemd = "Always"; }, ""},
      {"image volume mode any case", [](auto& s) { s.image_volume_mode = "TMPFS"; }, ""},
      {"image volume mode dotted capital I", [](auto& s) { s.image_volume_mode = "\xc4\xb0GNORE"; }, ""},
      {"sdnotify conmon", [](auto& s) { s.sdnotify_mode = "conmon"; }, ""},
      {"hostname private uts", [](auto& s) { s.hostname = "h"; }, ""},
      {"shm private", [](auto& s) { s.shm_size = 1; s.ipcns = nsm("private"); }, ""},
      {"private userns with mappings", [](auto& s) { s.userns = nsm("private"); }, ""},
      {"pod with own network ok when not pod netns", [](auto& s) { s.pod = "p"; s.port_mappings.emplace_back(); }, ""},
      {"bridge networks", [](auto& s) { s.netns = nsm("bridge"); s.networks.emplace()["n"]; }, ""},
      {"private net networks become bridge", [](auto& s) { s.networks.emplace()["n"]; }, ""},
      {"empty networks map", [](auto& s) { s.netns = nsm("host"); s.networks.emplace(); }, ""},
  };
  for (const auto& c : cases) {
    specgen::SpecGenerator s = defaulted();
    c.mutate(s);
    EXPECT_EQ(error_of([&] { validate_specgen(s, testing::root_v1()); }), c.error) << c.what;
  }
}

TEST(ValidateSpecgen, FirstFailingCheckWins) {
  specgen::SpecGenerator s = defaulted();
  s.image = "img";            // check 3
  s.hostname = "h";
  s.utsns = nsm("host");      // check 4
  s.netns = nsm("bogus");     // namespace checks
  EXPECT_EQ(error_of([&] { validate_specgen(s, testing::root_v1()); }),
            "both image and rootfs cannot be simultaneously: invalid configuration");
  s.image.clear();
  EXPECT_EQ(error_of([&] { validate_specgen(s, testing::root_v1()); }),
            "cannot set hostname when running in the host UTS namespace: invalid configuration");
  // The ulimit parse comes before the namespace checks.
  s.hostname.clear();
  host::HostProfile h = testing::root_v1();
  h.containers_conf.default_ulimits = {"nofile"};
  EXPECT_EQ(error_of([&] { validate_specgen(s, h); }),
            "missing = in nofile: invalid default ulimit definition must be form of type=soft:hard");
}

TEST(ValidateSpecgen, RootWithoutRlimitsGetsTheCompiledInNprocDefault) {
  specgen::SpecGenerator s = defaulted();
  validate_specgen(s, testing::root_v1());
  ASSERT_TRUE(s.rlimits);
  ASSERT_EQ(s.rlimits->size(), 1u);
  EXPECT_EQ((*s.rlimits)[0].type, "nproc");
  EXPECT_EQ((*s.rlimits)[0].hard, 32768u);
  EXPECT_EQ((*s.rlimits)[0].soft, 32768u);
}

TEST(ValidateSpecgen, ContainersConfUlimitsReadHardThenSoft) {
  host::HostProfile h = testing::root_v1();
  h.containers_conf.default_ulimits = {"nofile=10:5", "core=-1:+2"};
  specgen::SpecGenerator s = defaulted();
  s.rlimits.emplace();  // an empty list counts as none
  validate_specgen(s, h);
  ASSERT_TRUE(s.rlimits);
  ASSERT_EQ(s.rlimits->size(), 2u);
  EXPECT_EQ((*s.rlimits)[0].type, "nofile");
  EXPECT_EQ((*s.rlimits)[0].hard, 10u);
  EXPECT_EQ((*s.rlimits)[0].soft, 5u);
  EXPECT_EQ((*s.rlimits)[1].hard, UINT64_MAX);  // uint64(-1)
  EXPECT_EQ((*s.rlimits)[1].soft, 2u);
}

TEST(ValidateSpecgen, NoDefaultUlimitsLeavesRlimitsNil) {
  host::HostProfile h = testing::root_v1();
  h.limits.default_process_limits.clear();
  specgen::SpecGenerator s = defaulted();
  s.rlimits.emplace();
  validate_specgen(s, h);
  EXPECT_FALSE(s.rlimits);
}

TEST(ValidateSpecgen, UserRlimitsAndRootlessAreLeftAlone) {
  specgen::SpecGenerator s = defaulted();
  s.rlimits = std::vector<oci::POSIXRlimit>{{"core", 10, 5}};
  validate_specgen(s, testing::root_v1());
  ASSERT_EQ(s.rlimits->size(), 1u);
  EXPECT_EQ((*s.rlimits)[0].type, "core");

  specgen::SpecGenerator r = defaulted();
  validate_specgen(r, testing::rootless_v1());
  EXPECT_FALSE(r.rlimits);
}

TEST(ValidateSpecgen, BadDefaultUlimitsFail) {
  const struct { const char* limit; const char* error; } cases[] = {
      {"nofile", "missing = in nofile: invalid default ulimit definition must be form of type=soft:hard"},
      {"nofile=5", "missing : in nofile=5: invalid default ulimit definition must be form of type=soft:hard"},
      {"nofile=x:5", "strconv.Atoi: parsing \"x\": invalid syntax"},
      {"nofile=5:", "strconv.Atoi: parsing \"\": invalid syntax"},
  };
  for (const auto& c : cases) {
    host::HostProfile h = testing::root_v1();
    h.containers_conf.default_ulimits = {c.limit};
    specgen::SpecGenerator s = defaulted();
    EXPECT_EQ(error_of([&] { validate_specgen(s, h); }), c.error) << c.limit;
  }
}

TEST(ValidateSpecgen, PrivateOrDefaultNetnsBecomesBridgeForRootAndSlirpForRootless) {
  for (const char* mode : {"private", "default", ""}) {
    specgen::SpecGenerator s = defaulted();
    s.netns = nsm(mode);
    validate_specgen(s, testing::root_v1());
    EXPECT_EQ(s.netns.nsmode.str(), "bridge") << mode;
    specgen::SpecGenerator r = defaulted();
    r.netns = nsm(mode);
    validate_specgen(r, testing::rootless_v1());
    EXPECT_EQ(r.netns.nsmode.str(), "slirp4netns") << mode;
  }
  // Networks given with a private netns are fine once it became bridge, but not for rootless.
  specgen::SpecGenerator r = defaulted();
  r.networks.emplace()["n"];
  EXPECT_EQ(error_of([&] { validate_specgen(r, testing::rootless_v1()); }),
            "networks and static ip/mac address can only be used with Bridge mode networking");
}

TEST(ValidateSpecgen, PastaDiffersBetweenEngines) {
  specgen::SpecGenerator s = defaulted();
  s.netns = nsm("pasta");
  EXPECT_EQ(error_of([&] { validate_specgen(s, testing::rootless_v1(host::kEngineSeed)); }), "");
  EXPECT_EQ(error_of([&] { validate_specgen(s, testing::root_v1(host::kEngineSeed)); }),
            "pasta networking is only supported for rootless mode");
  EXPECT_EQ(error_of([&] { validate_specgen(s, testing::rootless_v1(host::kEnginePodman431)); }),
            "invalid network \"pasta\"");
  specgen::SpecGenerator u = defaulted();
  u.utsns = nsm("pasta");
  EXPECT_EQ(error_of([&] { validate_specgen(u, testing::root_v1(host::kEngineSeed)); }),
            "cannot use network modes with non-network namespace");
  EXPECT_EQ(error_of([&] { validate_specgen(u, testing::root_v1(host::kEnginePodman431)); }),
            "invalid namespace type pasta specified");
}

TEST(DefaultUlimits, ContainersConfWinsOverTheCompiledInDefault) {
  host::HostProfile h = testing::root_v1();
  EXPECT_EQ(default_ulimits(h), std::vector<std::string>{"nproc=32768:32768"});
  h.containers_conf.default_ulimits = {"nofile=1:1"};
  EXPECT_EQ(default_ulimits(h), std::vector<std::string>{"nofile=1:1"});
}

}  // namespace
}  // namespace specconf::ref
