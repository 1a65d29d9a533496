#include "reference/security/sysctls.h"

#include <gtest/gtest.h>

#include "reference/security/testdata/testdata.h"

namespace specconf::ref {
namespace {

using Sysctls = std::map<std::string, std::string>;
using testdata::error_of;

TEST(ValidateSysctls, AllowListAndPrefixes) {
  EXPECT_EQ(validate_sysctls({"kernel.shmmax=1", "net.ipv4.ping_group_range=0 0", "fs.mqueue.msg_max=5",
                              "kernel.sem=1 2 3 4", "net.x="}),
            (Sysctls{{"fs.mqueue.msg_max", "5"},
                     {"kernel.sem", "1 2 3 4"},
                     {"kernel.shmmax", "1"},
                     {"net.ipv4.ping_group_range", "0 0"},
                     {"net.x", ""}}));
  EXPECT_EQ(validate_sysctls({}), Sysctls{});
}

TEST(ValidateSysctls, LaterEntryWins) {
  EXPECT_EQ(validate_sysctls({"net.a=1", "net.a=2"}), (Sysctls{{"net.a", "2"}}));
}

TEST(ValidateSysctls, MissingEqualsIsAnError) {
  EXPECT_EQ(error_of([] {
              validate_sysctls({"net.a=1", "net.b"});
            }),
            "net.b is invalid, sysctl values must be in the form of KEY=VALUE");
}

TEST(ValidateSysctls, SurroundingSpacesAreAnError) {
  EXPECT_EQ(error_of([] { validate_sysctls({"net.a =1"}); }), "'net.a =1' is invalid, extra spaces found");
  EXPECT_EQ(error_of([] { validate_sysctls({"net.a=1\xC2\xA0"}); }),
            "'net.a=1\xC2\xA0' is invalid, extra spaces found");
}

TEST(ValidateSysctls, ASecondEqualsSignReadsAsExtraSpaces) {
  EXPECT_EQ(error_of([] { validate_sysctls({"net.a=b=c"}); }), "'net.a=b=c' is invalid, extra spaces found");
}

TEST(ValidateSysctls, KeysOutsideTheAllowListAreRefused) {
  EXPECT_EQ(error_of([] { validate_sysctls({"kernel.hostname=x"}); }), "sysctl 'kernel.hostname' is not allowed");
  EXPECT_EQ(error_of([] { validate_sysctls({"net=x"}); }), "sysctl 'net' is not allowed");
}

specgen::Namespace ns(const char* mode) { return specgen::Namespace{mode, ""}; }

Sysctls configured(const specgen::SpecGenerator& s, const std::vector<std::string>& defaults) {
  host::HostProfile h;
  h.containers_conf.default_sysctls = defaults;
  Generator g;
  configure_sysctls(s, g, h);
  return g.linux_config().sysctl;
}

const std::vector<std::string> kDefaults = {"net.ipv4.ping_group_range=0 0", "fs.mqueue.msg_max=10", "kernel.shmmax=5"};

TEST(ConfigureSysctls, DefaultsApplyInPrivateNamespaces) {
  specgen::SpecGenerator s;
  s.netns = ns("bridge");
  EXPECT_EQ(configured(s, kDefaults),
            (Sysctls{{"fs.mqueue.msg_max", "10"}, {"kernel.shmmax", "5"}, {"net.ipv4.ping_group_range", "0 0"}}));
}

TEST(ConfigureSysctls, DefaultsOfSharedNamespacesAreSkipped) {
  for (const char* mode : {"host", "container", "pod"}) {
    specgen::SpecGenerator s;
    s.ipcns = ns(mode);
    EXPECT_EQ(configured(s, kDefaults).count("fs.mqueue.msg_max"), 0u) << mode;
    s = {};
    s.netns = ns(mode);
    EXPECT_EQ(configured(s, kDefaults).count("net.ipv4.ping_group_range"), 0u) << mode;
    EXPECT_EQ(configured(s, kDefaults).count("kernel.shmmax"), 1u) << mode;
  }
}

TEST(ConfigureSysctls, BadDefaultsAreAnError) {
  specgen::SpecGenerator s;
  host::HostProfile h;
  h.containers_conf.default_sysctls = {"vm.swappiness=1"};
  Generator g;
  EXPECT_EQ(error_of([&] { configure_sysctls(s, g, h); }), "sysctl 'vm.swappiness' is not allowed");
}

TEST(ConfigureSysctls, UserSysctlsSkipTheAllowListAndOverrideDefaults) {
  specgen::SpecGenerator s;
  s.sysctl = {{"vm.swappiness", "1"}, {"net.ipv4.ping_group_range", "1 1"}, {"kernel.hostname", "h"}};
  EXPECT_EQ(configured(s, {"net.ipv4.ping_group_range=0 0"}),
            (Sysctls{{"kernel.hostname", "h"}, {"net.ipv4.ping_group_range", "1 1"}, {"vm.swappiness", "1"}}));
}

TEST(ConfigureSysctls, UserSysctlsOfHostNamespacesAreErrors) {
  specgen::SpecGenerator s;
  s.ipcns = ns("host");
  s.sysctl = {{"fs.mqueue.x", "1"}};
  EXPECT_EQ(error_of([&] { configured(s, {}); }),
            "sysctl fs.mqueue.x=1 can't be set since IPC Namespace set to host: invalid argument");
  s = {};
  s.netns = ns("host");
  s.sysctl = {{"net.x", "2"}};
  EXPECT_EQ(error_of([&] { configured(s, {}); }),
            "sysctl net.x=2 can't be set since Network Namespace set to host: invalid argument");
  s = {};
  s.utsns = ns("host");
  for (const char* key : {"kernel.hostname", "kernel.domainnameX"}) {
    s.sysctl = {{key, "3"}};
    EXPECT_EQ(error_of([&] { configured(s, {}); }),
              std::string("sysctl ") + key + "=3 can't be set since UTS Namespace set to host: invalid argument");
  }
}

TEST(ConfigureSysctls, OnlyHostModeRejectsUserSysctls) {
  specgen::SpecGenerator s;
  s.netns = ns("container");
  s.ipcns = ns("pod");
  s.sysctl = {{"net.x", "1"}, {"fs.mqueue.y", "2"}};
  EXPECT_EQ(configured(s, {}), (Sysctls{{"fs.mqueue.y", "2"}, {"net.x", "1"}}));
}

TEST(ConfigureSysctls, UtsSkipRuleCannotFireForAllowedDefaults) {
  // ValidateSysctls refuses kernel.hostname, so the UTS skip rule never sees one from containers.conf;
  // a prefix match such as kernel.domainname is refused as well.
  specgen::SpecGenerator s;
  s.utsns = ns("host");
  EXPECT_EQ(configured(s, {"kernel.shmmax=1"}), (Sysctls{{"kernel.shmmax", "1"}}));
}

}  // namespace
}  // namespace specconf::ref
