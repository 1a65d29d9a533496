#include "reference/security/apparmor.h"

#include <gtest/gtest.h>

#include "reference/security/testdata/testdata.h"

namespace specconf::ref {
namespace {

using testdata::error_of;

host::HostProfile apparmor_host(bool enabled) {
  host::HostProfile h;
  h.apparmor.enabled = enabled;
  h.apparmor.default_profile = "containers-default-0.50.1";
  return h;
}

std::string profile_after(const specgen::SpecGenerator& s, const host::HostProfile& h) {
  Generator g;
  setup_apparmor(s, g, h);
  return g.process().apparmor_profile;
}

TEST(SetupApparmor, DisabledHostIgnoresNoProfileAndUnconfined) {
  specgen::SpecGenerator s;
  EXPECT_EQ(profile_after(s, apparmor_host(false)), "");
  s.apparmor_profile = "unconfined";
  EXPECT_EQ(profile_after(s, apparmor_host(false)), "");
}

TEST(SetupApparmor, DisabledHostRejectsANamedProfile) {
  specgen::SpecGenerator s;
  s.apparmor_profile = "my\"prof";
  EXPECT_EQ(error_of([&] { profile_after(s, apparmor_host(false)); }),
            "apparmor profile \"my\\\"prof\" specified, but Apparmor is not enabled on this system");
}

TEST(SetupApparmor, RootlessIsNeverEnabled) {
  specgen::SpecGenerator s;
  s.apparmor_profile = "p";
  host::HostProfile h = apparmor_host(true);
  h.identity.rootless = true;
  EXPECT_EQ(error_of([&] { profile_after(s, h); }),
            "apparmor profile \"p\" specified, but Apparmor is not enabled on this system");
}

TEST(SetupApparmor, EnabledHostUsesTheContainersConfProfile) {
  specgen::SpecGenerator s;
  EXPECT_EQ(profile_after(s, apparmor_host(true)), "containers-default-0.50.1");
  host::HostProfile h = apparmor_host(true);
  h.containers_conf.apparmor_profile = "site-profile";
  EXPECT_EQ(profile_after(s, h), "site-profile");
}

TEST(SetupApparmor, EnabledHostUsesTheRequestedProfileIncludingUnconfined) {
  specgen::SpecGenerator s;
  s.apparmor_profile = "unconfined";
  EXPECT_EQ(profile_after(s, apparmor_host(true)), "unconfined");
  s.apparmor_profile = "mine";
  s.privileged = true;
  EXPECT_EQ(profile_after(s, apparmor_host(true)), "mine");
}

TEST(SetupApparmor, PrivilegedWithoutAProfileGetsNone) {
  specgen::SpecGenerator s;
  s.privileged = true;
  EXPECT_EQ(profile_after(s, apparmor_host(true)), "");
}

}  // namespace
}  // namespace specconf::ref
