#include "reference/namespaces/namespace_mode.h"

#include <gtest/gtest.h>

#include "reference/namespaces/testing/error_of.h"
#include "reference/namespaces/testing/fixtures.h"

namespace specconf::ref::ns {
namespace {

using testing::error_of;
using testing::nsm;

const host::HostProfile k431 = testing::root_v1(host::kEnginePodman431);
const host::HostProfile kSeed = testing::root_v1(host::kEngineSeed);
const host::HostProfile kSeedRootless = testing::rootless_v1(host::kEngineSeed);

struct Case {
  const char* mode;
  const char* value;
  const char* error;
};

TEST(ValidateNamespace, AcceptsKernelModesAndChecksTheirValues) {
  const Case cases[] = {
      {"", "", ""},
      {"default", "", ""},
      {"host", "", ""},
      {"private", "", ""},
      {"pod", "", ""},
      {"path", "/proc/1/ns/pid", ""},
      {"container", "web", ""},
      {"path", "", "namespace mode path requires a value"},
      {"container", "", "namespace mode container requires a value"},
      {"host", "x", "namespace value x cannot be provided with namespace mode host"},
      {"", "x", "namespace value x cannot be provided with namespace mode "},
      {"none", "", "cannot use network modes with non-network namespace"},
      {"bridge", "", "cannot use network modes with non-network namespace"},
      {"slirp4netns", "", "cannot use network modes with non-network namespace"},
      {"shareable", "", "invalid namespace type shareable specified"},
      {"keep-id", "", "invalid namespace type keep-id specified"},
      {"bogus", "x", "invalid namespace type bogus specified"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(error_of([&] { validate_namespace(nsm(c.mode, c.value), k431); }), c.error) << c.mode;
    EXPECT_EQ(error_of([&] { validate_namespace(nsm(c.mode, c.value), kSeed); }), c.error) << c.mode;
  }
}

TEST(ValidateNamespace, PastaIsANetworkModeOnlyOnTheSeedEngine) {
  EXPECT_EQ(error_of([&] { validate_namespace(nsm("pasta"), kSeed); }),
            "cannot use network modes with non-network namespace");
  EXPECT_EQ(error_of([&] { validate_namespace(nsm("pasta"), k431); }), "invalid namespace type pasta specified");
}

TEST(ValidateIpcNs, ShareableAndNoneSkipTheValueCheck) {
  EXPECT_EQ(error_of([&] { validate_ipc_ns(nsm("shareable", "v"), k431); }), "");
  EXPECT_EQ(error_of([&] { validate_ipc_ns(nsm("none", "v"), k431); }), "");
  EXPECT_EQ(error_of([&] { validate_ipc_ns(nsm("host", "v"), k431); }),
            "namespace value v cannot be provided with namespace mode host");
  EXPECT_EQ(error_of([&] { validate_ipc_ns(nsm("bridge"), k431); }),
            "cannot use network modes with non-network namespace");
}

TEST(ValidateUserNs, AutoKeepIdAndNoMapAreAcceptedWithAnyValue) {
  for (const char* m : {"auto", "keep-id", "no-map"})
    EXPECT_EQ(error_of([&] { validate_user_ns(nsm(m, "uid=1"), k431); }), "") << m;
  // The CLI spelling is not a specgen mode (verified on 4.3.1).
  EXPECT_EQ(error_of([&] { validate_user_ns(nsm("nomap"), k431); }), "invalid namespace type nomap specified");
  EXPECT_EQ(error_of([&] { validate_user_ns(nsm("private", "x"), k431); }),
            "namespace value x cannot be provided with namespace mode private");
}

TEST(ValidateNetNs, AcceptsNetworkModesAndChecksValues) {
  const Case cases[] = {
      {"", "", ""},
      {"default", "", ""},
      {"host", "", ""},
      {"private", "", ""},
      {"none", "", ""},
      {"bridge", "", ""},
      {"pod", "", ""},
      {"slirp4netns", "", ""},
      {"slirp4netns", "port_handler=slirp4netns", ""},
      {"path", "/run/netns/x", ""},
      {"container", "web", ""},
      {"path", "", "namespace mode path requires a value"},
      {"container", "", "namespace mode container requires a value"},
      {"bridge", "x", "namespace value x cannot be provided with namespace mode bridge"},
      {"shareable", "", "invalid network \"shareable\""},
      {"bo\"gus", "", "invalid network \"bo\\\"gus\""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(error_of([&] { validate_net_ns(nsm(c.mode, c.value), k431); }), c.error) << c.mode;
    EXPECT_EQ(error_of([&] { validate_net_ns(nsm(c.mode, c.value), kSeedRootless); }), c.error) << c.mode;
  }
}

TEST(ValidateNetNs, PastaIsRootlessOnlyOnTheSeedAndUnknownOn431) {
  EXPECT_EQ(error_of([&] { validate_net_ns(nsm("pasta"), kSeedRootless); }), "");
  EXPECT_EQ(error_of([&] { validate_net_ns(nsm("pasta"), kSeed); }),
            "pasta networking is only supported for rootless mode");
  EXPECT_EQ(error_of([&] { validate_net_ns(nsm("pasta", "x"), kSeedRootless); }),
            "namespace value x cannot be provided with namespace mode pasta");
  EXPECT_EQ(error_of([&] { validate_net_ns(nsm("pasta"), testing::rootless_v1(host::kEnginePodman431)); }),
            "invalid network \"pasta\"");
}

TEST(IsNewUserns, OnlyContainerPathAndPrivateCreateOne) {
  for (const char* m : {"container", "path", "private"}) EXPECT_TRUE(is_new_userns(nsm(m))) << m;
  for (const char* m : {"", "host", "keep-id", "no-map", "auto", "pod", "default"})
    EXPECT_FALSE(is_new_userns(nsm(m))) << m;
}

TEST(NamespaceStrings, StringAndGoStructForms) {
  EXPECT_EQ(to_string(nsm("keep-id")), "keep-id");
  EXPECT_EQ(to_string(nsm("keep-id", "uid=1")), "keep-id:uid=1");
  EXPECT_EQ(go_struct_string(nsm("host")), "{host }");
  EXPECT_EQ(go_struct_string(nsm("none", "v")), "{none v}");
  EXPECT_TRUE(is_default(nsm("")));
  EXPECT_TRUE(is_default(nsm("default")));
  EXPECT_FALSE(is_default(nsm("private")));
}

struct ParseCase {
  const char* in;
  const char* mode;
  const char* value;
  const char* error;
};

void expect_parse(specgen::Namespace (*parse)(const std::string&), const ParseCase& c) {
  specgen::Namespace got;
  EXPECT_EQ(error_of([&] { got = parse(c.in); }), c.error) << c.in;
  if (*c.error == '\0') {
    EXPECT_EQ(got.nsmode.str(), c.mode) << c.in;
    EXPECT_EQ(got.value, c.value) << c.in;
  }
}

TEST(ParseNamespace, MapsContainersConfSpellings) {
  const ParseCase cases[] = {
      {"pod", "pod", "", ""},
      {"host", "host", "", ""},
      {"private", "private", "", ""},
      {"", "private", "", ""},
      {"ns:/proc/1/ns/pid", "path", "/proc/1/ns/pid", ""},
      {"ns:", "path", "", ""},
      {"container:web", "container", "web", ""},
      {"shareable", "", "", "unrecognized namespace mode shareable passed"},
      {"bogus", "", "", "unrecognized namespace mode bogus passed"},
  };
  for (const auto& c : cases) expect_parse(parse_namespace, c);
}

TEST(ParseIpcNamespace, EmptyAndShareableAreShareable) {
  const ParseCase cases[] = {
      {"", "shareable", "", ""},
      {"shareable", "shareable", "", ""},
      {"none", "none", "", ""},
      {"host", "host", "", ""},
      {"private", "private", "", ""},
      {"bogus", "", "", "unrecognized namespace mode bogus passed"},
  };
  for (const auto& c : cases) expect_parse(parse_ipc_namespace, c);
}

TEST(ParseUserNamespace, EmptyMeansHostAndNomapBecomesNoMap) {
  const ParseCase cases[] = {
      {"", "host", "", ""},
      {"auto", "auto", "", ""},
      {"auto:size=10", "auto", "size=10", ""},
      {"keep-id", "keep-id", "", ""},
      {"keep-id:uid=5", "keep-id", "uid=5", ""},
      {"nomap", "no-map", "", ""},
      {"no-map", "", "", "unrecognized namespace mode no-map passed"},
      {"private", "private", "", ""},
      {"container:web", "container", "web", ""},
  };
  for (const auto& c : cases) expect_parse(parse_user_namespace, c);
}

TEST(ParseCgroupNamespace, V1IsAlwaysHost) {
  for (const char* v : {"", "private", "host", "bogus"}) {
    EXPECT_EQ(parse_cgroup_namespace(v, k431).nsmode.str(), "host") << v;
  }
}

TEST(ParseCgroupNamespace, V2DefaultsToPrivateAndRejectsOthers) {
  const host::HostProfile v2 = testing::root_v2();
  EXPECT_EQ(parse_cgroup_namespace("", v2).nsmode.str(), "private");
  EXPECT_EQ(parse_cgroup_namespace("private", v2).nsmode.str(), "private");
  EXPECT_EQ(parse_cgroup_namespace("host", v2).nsmode.str(), "host");
  EXPECT_EQ(error_of([&] { parse_cgroup_namespace("ns:/x", v2); }), "unrecognized cgroup namespace mode ns:/x passed");
}

TEST(ParseNetworkFlagDefault, MapsContainersConfNetns) {
  struct NetCase {
    const char* conf;
    const char* mode_431;
    const char* mode_seed;
    const char* value;
    const char* error;
  };
  const NetCase cases[] = {
      {"", "private", "private", "", ""},
      {"private", "private", "private", "", ""},
      {"default", "private", "private", "", ""},
      {"slirp4netns", "slirp4netns", "slirp4netns", "", ""},
      {"slirp4netns:port_handler=slirp4netns", "slirp4netns", "slirp4netns", "", ""},
      {"bridge", "bridge", "bridge", "", ""},
      {"bridge:ip=10.0.0.2,alias=a,interface_name=eth1,mac=02:00:00:00:00:01", "bridge", "bridge", "", ""},
      {"none", "none", "none", "", ""},
      {"host", "host", "host", "", ""},
      {"pod", "pod", "pod", "", ""},
      {"ns:/run/netns/x", "path", "path", "/run/netns/x", ""},
      {"container:web", "container", "container", "web", ""},
      {"pasta", "bridge", "pasta", "", ""},  // 4.3.1: a network named "pasta"
      {"mynet", "bridge", "bridge", "", ""},
      {"net1,net2", "bridge", "bridge", "", ""},
      {"bridge:ip=bad", "", "", "", "invalid ip address \"bad\""},
      {"bridge:mac=zz", "", "", "", "address zz: invalid MAC address"},
      {"bridge:mac=", "", "", "", "invalid MAC address"},
      {"bridge:alias=", "", "", "", "alias cannot be empty"},
      {"bridge:interface_name=", "", "", "", "interface_name cannot be empty"},
      {"bridge:speed=1", "", "", "", "unknown bridge network option: speed"},
      {"bridge:ip", "", "", "", "runtime error: index out of range [1] with length 1"},
      {"mynet:ip=bad", "", "", "", "invalid option for network mynet: invalid ip address \"bad\""},
      {":ip=1.2.3.4", "", "", "", "network name cannot be empty"},
  };
  for (const auto& c : cases) {
    for (const char* engine : {host::kEnginePodman431, host::kEngineSeed}) {
      host::HostProfile h = testing::root_v1(engine);
      h.containers_conf.netns = c.conf;
      specgen::Namespace got;
      EXPECT_EQ(error_of([&] { got = parse_network_flag_default(h); }), c.error) << c.conf;
      if (*c.error != '\0') continue;
      EXPECT_EQ(got.nsmode.str(), is_seed_engine(h) ? c.mode_seed : c.mode_431) << c.conf << " " << engine;
      EXPECT_EQ(got.value, c.value) << c.conf;
    }
  }
}

TEST(ParseNetworkFlagDefault, PastaOptionsAreBridgeOptionsOn431) {
  host::HostProfile h = testing::root_v1(host::kEnginePodman431);
  h.containers_conf.netns = "pasta:-T,8080";
  EXPECT_EQ(error_of([&] { parse_network_flag_default(h); }),
            "invalid option for network pasta: unknown bridge network option: -T");
  h.engine = host::kEngineSeed;
  EXPECT_EQ(parse_network_flag_default(h).nsmode.str(), "pasta");
}

}  // namespace
}  // namespace specconf::ref::ns
