// securityConfigureGenerator as a whole, against specs Debian's podman 4.3.1 stored (testdata/README.txt).
#include "reference/security/security.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "reference/model/oci_spec_json.h"
#include "reference/security/capabilities.h"
#include "reference/security/seccomp_config.h"
#include "reference/security/testdata/testdata.h"

namespace specconf::ref {
namespace {

using Caps = std::vector<std::string>;
using testdata::error_of;
using testdata::member;

const Caps kDebianDefaultCaps = {"CAP_CHOWN",   "CAP_DAC_OVERRIDE",     "CAP_FOWNER",    "CAP_FSETID",
                                 "CAP_KILL",    "CAP_NET_BIND_SERVICE", "CAP_SETFCAP",   "CAP_SETGID",
                                 "CAP_SETPCAP", "CAP_SETUID",           "CAP_SYS_CHROOT"};

// A request after CompleteSpec and Validate: the default seccomp path filled in, netns rewritten.
specgen::SpecGenerator request() {
  specgen::SpecGenerator s;
  s.rootfs = "/tmp/pm/rootfs";
  s.seccomp_profile_path = kSeccompDefaultPath;
  s.netns.nsmode = "bridge";
  return s;
}

Generator configured(const specgen::SpecGenerator& s, const host::HostProfile& h, const host::Image* image = nullptr) {
  Generator g;
  security_configure_generator(s, g, image, h);
  return g;
}

std::string caps_json(const Generator& g) { return gojson::go_marshal(*g.config.process->capabilities); }
std::string seccomp_json(const Generator& g) {
  return g.config.linux_->seccomp ? gojson::go_marshal(*g.config.linux_->seccomp) : "null";
}
std::string sysctl_json(const Generator& g) { return gojson::go_marshal(g.config.linux_->sysctl); }

// ---- Against real podman ----

TEST(SecurityConfigureGenerator, DefaultRootContainerMatchesPodman) {
  const host::HostProfile h = testdata::debian_root_host();
  EXPECT_EQ(default_seccomp_path(h), kSeccompDefaultPath);
  const Generator g = configured(request(), h);
  EXPECT_EQ(caps_json(g), member("t1.json", {"process", "capabilities"}));
  EXPECT_EQ(seccomp_json(g), member("t1.json", {"linux", "seccomp"}));
  EXPECT_EQ(sysctl_json(g), member("t1.json", {"linux", "sysctl"}));
  EXPECT_EQ(gojson::go_marshal(*g.config.root), member("t1.json", {"root"}));
  EXPECT_FALSE(g.config.process->no_new_privileges);
  EXPECT_EQ(g.config.process->apparmor_profile, "");
}

TEST(SecurityConfigureGenerator, NonRootUserWithCapAddMatchesPodman) {
  specgen::SpecGenerator s = request();
  s.pidns.nsmode = "host";
  s.ipcns.nsmode = "host";
  s.cgroupns.nsmode = "private";
  s.cap_add = {"net_admin"};
  s.cap_drop = {"CAP_KILL"};
  s.user = "1000";
  s.sysctl = {{"kernel.shmmax", "1"}};
  s.read_only_filesystem = true;
  s.no_new_privileges = true;
  const Generator g = configured(s, testdata::debian_root_host());
  EXPECT_EQ(caps_json(g), member("out_misc.json", {"process", "capabilities"}));
  EXPECT_EQ(seccomp_json(g), member("out_misc.json", {"linux", "seccomp"}));
  EXPECT_EQ(sysctl_json(g), member("out_misc.json", {"linux", "sysctl"}));
  EXPECT_EQ(gojson::go_marshal(*g.config.root), member("out_misc.json", {"root"}));
  EXPECT_EQ(member("out_misc.json", {"process", "noNewPrivileges"}), "true");
  EXPECT_TRUE(g.config.process->no_new_privileges);
}

TEST(SecurityConfigureGenerator, ImageCapabilitiesLabelMatchesPodman) {
  host::Image img;
  img.config.labels[caps::kContainerImageLabel] = "CHOWN,SETUID";
  specgen::SpecGenerator s = request();
  s.rootfs.clear();
  s.image = "localhost/test:1";
  s.labels = img.config.labels;  // CompleteSpec merged the image labels
  const Generator g = configured(s, testdata::debian_root_host(), &img);
  EXPECT_EQ(caps_json(g), member("out_img.json", {"process", "capabilities"}));
  EXPECT_EQ(seccomp_json(g), member("out_img.json", {"linux", "seccomp"}));
}

TEST(SecurityConfigureGenerator, PrivilegedMatchesPodman) {
  specgen::SpecGenerator s = request();
  s.privileged = true;
  const Generator g = configured(s, testdata::debian_root_host());
  EXPECT_EQ(caps_json(g), member("out_priv.json", {"process", "capabilities"}));
  EXPECT_EQ(seccomp_json(g), "null");
  EXPECT_EQ(member("out_priv.json", {"linux"}).find("seccomp"), std::string::npos);
  EXPECT_EQ(sysctl_json(g), member("out_priv.json", {"linux", "sysctl"}));
}

TEST(SecurityConfigureGenerator, UnconfinedMatchesPodman) {
  specgen::SpecGenerator s = request();
  s.seccomp_profile_path = "unconfined";
  s.unmask = std::vector<std::string>{"ALL"};
  const Generator g = configured(s, testdata::debian_root_host());
  EXPECT_EQ(caps_json(g), member("out_unconf.json", {"process", "capabilities"}));
  EXPECT_EQ(seccomp_json(g), "null");
}

// ---- Capabilities ----

TEST(Capabilities, MergeErrorsAreReturnedAsIs) {
  specgen::SpecGenerator s = request();
  s.cap_add = {"bogus"};
  EXPECT_EQ(error_of([&] { configured(s, testdata::debian_root_host()); }), "\"CAP_BOGUS\": unknown capability");
  s.cap_add = {"all"};
  s.cap_drop = {"ALL"};
  EXPECT_EQ(error_of([&] { configured(s, testdata::debian_root_host()); }),
            "adding all caps and removing all caps not allowed");
}

TEST(Capabilities, CapsOutsideTheBoundingSetAreDropped) {
  specgen::SpecGenerator s = request();
  s.cap_add = {"SYS_RESOURCE", "SYS_ADMIN"};  // the host lacks CAP_SYS_RESOURCE
  const Generator g = configured(s, testdata::debian_root_host());
  Caps expected = kDebianDefaultCaps;
  expected.push_back("CAP_SYS_ADMIN");
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(g.config.process->capabilities->bounding, expected);
}

TEST(Capabilities, CapAddAllGivesTheBoundingSet) {
  specgen::SpecGenerator s = request();
  s.cap_add = {"ALL"};
  const host::HostProfile h = testdata::debian_root_host();
  EXPECT_EQ(configured(s, h).config.process->capabilities->bounding, caps::bounding_set(h));
}

TEST(Capabilities, LabelAskingForCapsBeyondTheListIsOnlyLogged) {
  specgen::SpecGenerator s = request();
  s.labels = std::map<std::string, std::string>{{caps::kContainerImageLabel, "CHOWN,SYS_ADMIN"}};
  EXPECT_EQ(configured(s, testdata::debian_root_host()).config.process->capabilities->bounding, kDebianDefaultCaps);
}

TEST(Capabilities, LabelIsNormalizedAndMayRepeatCaps) {
  specgen::SpecGenerator s = request();
  s.labels = std::map<std::string, std::string>{{caps::kContainerImageLabel, "setuid,cap_chown,SETUID"}};
  EXPECT_EQ(configured(s, testdata::debian_root_host()).config.process->capabilities->effective,
            (Caps{"CAP_CHOWN", "CAP_SETUID", "CAP_SETUID"}));
}

TEST(Capabilities, LabelAllMeansTheBoundingSet) {
  specgen::SpecGenerator s = request();
  s.labels = std::map<std::string, std::string>{{caps::kContainerImageLabel, "all"}};
  s.cap_add = {"ALL"};
  const host::HostProfile h = testdata::debian_root_host();
  EXPECT_EQ(configured(s, h).config.process->capabilities->bounding, caps::bounding_set(h));
}

TEST(Capabilities, InvalidLabelIsAnErrorQuotingAnEmptyList) {
  specgen::SpecGenerator s = request();
  s.labels = std::map<std::string, std::string>{{caps::kContainerImageLabel, "CHOWN,bogus"}};
  EXPECT_EQ(error_of([&] { configured(s, testdata::debian_root_host()); }),
            "capabilities requested by user or image are not valid: \"\": \"CAP_BOGUS\": unknown capability");
  s.labels = std::map<std::string, std::string>{{caps::kContainerImageLabel, ""}};
  EXPECT_EQ(error_of([&] { configured(s, testdata::debian_root_host()); }),
            "capabilities requested by user or image are not valid: \"\": \"CAP_\": unknown capability");
}

TEST(Capabilities, LabelIsReadFromSpecLabelsNotTheImage) {
  host::Image img;
  img.config.labels[caps::kContainerImageLabel] = "CHOWN";
  const Generator g = configured(request(), testdata::debian_root_host(), &img);
  EXPECT_EQ(g.config.process->capabilities->bounding, kDebianDefaultCaps);
}

TEST(Capabilities, PrivilegedIgnoresLabelAndCapOptions) {
  specgen::SpecGenerator s = request();
  s.privileged = true;
  s.cap_drop = {"bogus"};
  s.labels = std::map<std::string, std::string>{{caps::kContainerImageLabel, "CHOWN"}};
  const host::HostProfile h = testdata::debian_root_host();
  const Generator g = configured(s, h);
  EXPECT_EQ(g.config.process->capabilities->bounding, caps::bounding_set(h));
  EXPECT_EQ(g.config.process->capabilities->permitted, caps::bounding_set(h));
  EXPECT_TRUE(g.config.process->capabilities->ambient.empty());
  EXPECT_TRUE(g.config.process->capabilities->inheritable.empty());
}

TEST(Capabilities, PrivilegedWithAnUnreadableCapLastCap) {
  specgen::SpecGenerator s = request();
  s.privileged = true;
  host::HostProfile h = testdata::debian_root_host();
  h.capabilities.last_cap = 63;
  EXPECT_EQ(configured(s, h).config.process->capabilities->bounding.size(), 36u);  // 37 known, minus SYS_RESOURCE
}

TEST(Capabilities, RootUserSpellingsGetTheWholeList) {
  for (const char* user : {"", ":1000", "root", "0", "0:0", "root:wheel"}) {
    specgen::SpecGenerator s = request();
    s.user = user;
    s.cap_add = {"NET_ADMIN"};
    const Generator g = configured(s, testdata::debian_root_host());
    const auto& c = *g.config.process->capabilities;
    EXPECT_EQ(c.effective, c.bounding) << user;
    EXPECT_EQ(c.permitted, c.bounding) << user;
    EXPECT_TRUE(c.ambient.empty()) << user;
    EXPECT_TRUE(c.inheritable.empty()) << user;
  }
}

TEST(Capabilities, NonRootUsersGetOnlyTheirCapAdd) {
  for (const char* user : {"1000", "nobody", "0x", "1000:0", "root0", "ROOT"}) {
    specgen::SpecGenerator s = request();
    s.user = user;
    s.cap_add = {"net_admin", "sys_resource"};
    const Generator g = configured(s, testdata::debian_root_host());
    const auto& c = *g.config.process->capabilities;
    EXPECT_EQ(c.effective, Caps{"CAP_NET_ADMIN"}) << user;  // SYS_RESOURCE is outside the bounding set
    EXPECT_EQ(c.permitted, Caps{"CAP_NET_ADMIN"}) << user;
    EXPECT_EQ(c.ambient, Caps{"CAP_NET_ADMIN"}) << user;
    EXPECT_EQ(c.inheritable, Caps{"CAP_NET_ADMIN"}) << user;
  }
}

TEST(Capabilities, NoAmbientSupportLeavesAmbientAndInheritableEmpty) {
  specgen::SpecGenerator s = request();
  s.user = "1000";
  s.cap_add = {"net_admin"};
  host::HostProfile h = testdata::debian_root_host();
  h.capabilities.ambient = false;
  const Generator g = configured(s, h);
  const auto& c = *g.config.process->capabilities;
  EXPECT_EQ(c.effective, Caps{"CAP_NET_ADMIN"});
  EXPECT_TRUE(c.ambient.empty());
  EXPECT_TRUE(c.inheritable.empty());
}

TEST(Capabilities, KeepIdWithoutAUserCountsAsNonRoot) {
  specgen::SpecGenerator s = request();
  s.userns.nsmode = "keep-id";
  const Generator g = configured(s, testdata::debian_root_host());
  const auto& c = *g.config.process->capabilities;
  EXPECT_EQ(c.bounding, kDebianDefaultCaps);
  EXPECT_TRUE(c.effective.empty());
  EXPECT_TRUE(c.permitted.empty());
  s.user = "root";
  EXPECT_EQ(configured(s, testdata::debian_root_host()).config.process->capabilities->effective, kDebianDefaultCaps);
}

TEST(Capabilities, PrivilegedNonRootUserWithBadCapAddIsAnError) {
  specgen::SpecGenerator s = request();
  s.privileged = true;
  s.user = "1000";
  s.cap_add = {"chown", "f\"oo"};
  EXPECT_EQ(error_of([&] { configured(s, testdata::debian_root_host()); }),
            "capabilities requested by user are not valid: \"chown,f\\\"oo\": \"CAP_F\\\"OO\": unknown capability");
}

// ---- Seccomp rules ----

TEST(Seccomp, PrivilegedDropsTheDefaultProfiles) {
  host::HostProfile h = testdata::debian_root_host();
  h.files[kSeccompOverridePath] = h.files[kSeccompDefaultPath];
  for (const char* path : {"", kSeccompOverridePath, kSeccompDefaultPath}) {
    specgen::SpecGenerator s = request();
    s.privileged = true;
    s.seccomp_profile_path = path;
    EXPECT_EQ(seccomp_json(configured(s, h)), "null") << path;
  }
}

TEST(Seccomp, PrivilegedKeepsACustomProfileFilteredByTheFullBoundingSet) {
  host::HostProfile h = testdata::debian_root_host();
  h.files["/custom.json"] = h.files[kSeccompDefaultPath];
  specgen::SpecGenerator s = request();
  s.privileged = true;
  s.seccomp_profile_path = "/custom.json";
  const Generator g = configured(s, h);
  EXPECT_EQ(seccomp_json(g), gojson::go_marshal(*convert_seccomp_profile(testdata::read("seccomp.json"),
                                                                         caps::bounding_set(h), "amd64")));
}

TEST(Seccomp, PrivilegedStillReportsProfileErrors) {
  specgen::SpecGenerator s = request();
  s.privileged = true;
  s.seccomp_policy = "bogus";
  EXPECT_EQ(error_of([&] { configured(s, testdata::debian_root_host()); }),
            "invalid seccomp policy \"bogus\": valid policies are [\"default\" \"image\"]");
}

TEST(Seccomp, UnconfinedSkipsLoadingEntirely) {
  specgen::SpecGenerator s = request();
  s.seccomp_profile_path = "unconfined";
  s.seccomp_policy = "bogus";
  EXPECT_EQ(seccomp_json(configured(s, testdata::debian_root_host())), "null");
}

TEST(Seccomp, ImagePolicyUsesTheImageLabel) {
  host::Image img;
  img.config.labels[kSeccompImageLabel] = R"({"defaultAction":"SCMP_ACT_LOG"})";
  specgen::SpecGenerator s = request();
  s.seccomp_policy = "image";
  EXPECT_EQ(seccomp_json(configured(s, testdata::debian_root_host(), &img)), R"({"defaultAction":"SCMP_ACT_LOG"})");
}

// ---- The rest ----

TEST(SecurityConfigureGenerator, AppArmorProfileIsSetOnAnEnabledHost) {
  host::HostProfile h = testdata::debian_root_host();
  h.apparmor.enabled = true;
  h.apparmor.default_profile = "containers-default-0.50.1";
  EXPECT_EQ(configured(request(), h).config.process->apparmor_profile, "containers-default-0.50.1");
  specgen::SpecGenerator s = request();
  s.privileged = true;
  EXPECT_EQ(configured(s, h).config.process->apparmor_profile, "");
}

TEST(SecurityConfigureGenerator, SysctlErrorsComeLast) {
  specgen::SpecGenerator s = request();
  s.netns.nsmode = "host";
  s.sysctl = {{"net.core.somaxconn", "1"}};
  EXPECT_EQ(error_of([&] { configured(s, testdata::debian_root_host()); }),
            "sysctl net.core.somaxconn=1 can't be set since Network Namespace set to host: invalid argument");
  s.sysctl.clear();
  EXPECT_EQ(sysctl_json(configured(s, testdata::debian_root_host())), "{}");  // the default is skipped
}

}  // namespace
}  // namespace specconf::ref
