#include "reference/security/seccomp_config.h"

#include <gtest/gtest.h>

#include "reference/model/oci_spec_json.h"
#include "reference/security/default_profile.h"
#include "reference/security/security.h"
#include "reference/security/testdata/testdata.h"

namespace specconf::ref {
namespace {

using testdata::error_of;

const std::string kTiny = R"({"defaultAction":"SCMP_ACT_TINY"})";

host::FileFact file_with(const std::string& content) {
  host::FileFact f;
  f.type = "file";
  f.content = content;
  return f;
}

std::string config_json(const specgen::SpecGenerator& s, const host::HostProfile& h,
                        const host::Image* image = nullptr) {
  try {
    const auto r = get_seccomp_config(s, {"CAP_CHOWN"}, image, h);
    return r ? gojson::go_marshal(*r) : "null";
  } catch (const PodmanError& e) {
    return std::string("error: ") + e.message();
  }
}

TEST(LookupSeccompPolicy, DefaultAndImage) {
  EXPECT_EQ(lookup_seccomp_policy(""), SeccompPolicy::kDefault);
  EXPECT_EQ(lookup_seccomp_policy("default"), SeccompPolicy::kDefault);
  EXPECT_EQ(lookup_seccomp_policy("image"), SeccompPolicy::kImage);
}

TEST(LookupSeccompPolicy, AnythingElseIsAnErrorListingThePolicies) {
  EXPECT_EQ(error_of([] { lookup_seccomp_policy("Image"); }),
            "invalid seccomp policy \"Image\": valid policies are [\"default\" \"image\"]");
  EXPECT_EQ(error_of([] { lookup_seccomp_policy("a\tb"); }),
            "invalid seccomp policy \"a\\tb\": valid policies are [\"default\" \"image\"]");
}

TEST(GetSeccompConfig, PolicyErrorComesFirst) {
  specgen::SpecGenerator s;
  s.seccomp_policy = "x";
  s.seccomp_profile_path = "/missing";
  EXPECT_EQ(config_json(s, host::HostProfile{}),
            "error: invalid seccomp policy \"x\": valid policies are [\"default\" \"image\"]");
}

TEST(GetSeccompConfig, ImagePolicyNeedsAnImage) {
  specgen::SpecGenerator s;
  s.seccomp_policy = "image";
  EXPECT_EQ(config_json(s, host::HostProfile{}), "error: cannot read seccomp profile without a valid image");
}

TEST(GetSeccompConfig, ImagePolicyNeedsANonEmptyLabelOnTheImage) {
  specgen::SpecGenerator s;
  s.seccomp_policy = "image";
  s.labels = std::map<std::string, std::string>{{kSeccompImageLabel, kTiny}};  // s.labels do not count
  host::Image img;
  EXPECT_EQ(config_json(s, host::HostProfile{}, &img), "error: no seccomp policy defined by image");
  img.config.labels[kSeccompImageLabel] = "";
  EXPECT_EQ(config_json(s, host::HostProfile{}, &img), "error: no seccomp policy defined by image");
}

TEST(GetSeccompConfig, ImagePolicyLoadsTheLabelAndIgnoresTheProfilePath) {
  specgen::SpecGenerator s;
  s.seccomp_policy = "image";
  s.seccomp_profile_path = "/missing";
  host::Image img;
  img.config.labels[kSeccompImageLabel] = kTiny;
  EXPECT_EQ(config_json(s, host::HostProfile{}, &img), kTiny);
  img.config.labels[kSeccompImageLabel] = "{";
  EXPECT_EQ(config_json(s, host::HostProfile{}, &img),
            "error: loading seccomp profile failed: decoding seccomp profile failed: unexpected end of JSON input");
  img.config.labels[kSeccompImageLabel] = R"({"defaultAction":"A","defaultErrno":"EX"})";
  EXPECT_EQ(config_json(s, host::HostProfile{}, &img), "error: loading seccomp profile failed: unknown errno EX");
}

TEST(GetSeccompConfig, ProfileFileIsReadAndLoaded) {
  specgen::SpecGenerator s;
  host::HostProfile h;
  s.seccomp_profile_path = "/etc/p.json";
  h.files["/etc/p.json"] = file_with(kTiny);
  EXPECT_EQ(config_json(s, h), kTiny);
}

TEST(GetSeccompConfig, ProfileFileThroughASymlinkAndARelativePath) {
  specgen::SpecGenerator s;
  host::HostProfile h;
  h.cwd = "/srv";
  host::FileFact link;
  link.type = "symlink";
  link.target = "/etc/real.json";
  h.files["/srv/p.json"] = link;
  h.files["/etc/real.json"] = file_with(kTiny);
  s.seccomp_profile_path = "./sub/../p.json";
  EXPECT_EQ(config_json(s, h), kTiny);
}

TEST(GetSeccompConfig, UnreadableProfileFileErrors) {
  specgen::SpecGenerator s;
  host::HostProfile h;
  s.seccomp_profile_path = "/etc/p.json";
  EXPECT_EQ(config_json(s, h), "error: opening seccomp profile failed: open /etc/p.json: no such file or directory");
  host::FileFact denied;
  denied.error = "permission denied";
  h.files["/etc/p.json"] = denied;
  EXPECT_EQ(config_json(s, h), "error: opening seccomp profile failed: open /etc/p.json: permission denied");
  host::FileFact dir;
  dir.type = "dir";
  h.files["/etc/p.json"] = dir;
  EXPECT_EQ(config_json(s, h), "error: opening seccomp profile failed: read /etc/p.json: is a directory");
}

TEST(GetSeccompConfig, BadProfileFileNamesThePath) {
  specgen::SpecGenerator s;
  host::HostProfile h;
  s.seccomp_profile_path = "/etc/p.json";
  h.files["/etc/p.json"] = file_with("");
  EXPECT_EQ(config_json(s, h),
            "error: loading seccomp profile (/etc/p.json) failed: decoding seccomp profile failed: unexpected end of "
            "JSON input");
  h.files["/etc/p.json"] = file_with(R"({"syscalls":[{"name":"a","names":["b"]}]})");
  EXPECT_EQ(config_json(s, h),
            "error: loading seccomp profile (/etc/p.json) failed: 'name' and 'names' were specified in the seccomp "
            "profile, use either 'name' or 'names'");
  h.files["/etc/p.json"].content.reset();  // no recorded content reads as empty
  EXPECT_EQ(config_json(s, h),
            "error: loading seccomp profile (/etc/p.json) failed: decoding seccomp profile failed: unexpected end of "
            "JSON input");
}

TEST(GetSeccompConfig, EmptyPathUsesTheBuiltInDefaultProfile) {
  specgen::SpecGenerator s;
  host::HostProfile h;
  const auto r = get_seccomp_config(s, {"CAP_CHOWN"}, nullptr, h);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(gojson::go_marshal(*r),
            gojson::go_marshal(*convert_seccomp_profile(seccomp::default_profile_json(), {"CAP_CHOWN"}, "amd64")));
  EXPECT_EQ(r->default_errno_ret, 38ull);
}

TEST(GetSeccompConfig, WithoutTheSeccompBuildTagEveryLoadFails) {
  specgen::SpecGenerator s;
  host::HostProfile h;
  h.seccomp.supported = false;
  EXPECT_EQ(config_json(s, h), "error: loading seccomp profile () failed: seccomp not enabled in this build");
  s.seccomp_profile_path = "/etc/p.json";
  h.files["/etc/p.json"] = file_with(kTiny);
  EXPECT_EQ(config_json(s, h),
            "error: loading seccomp profile (/etc/p.json) failed: seccomp not enabled in this build");
}

TEST(DefaultSeccompPath, ContainersConfWins) {
  host::HostProfile h;
  h.containers_conf.seccomp_profile = "/custom.json";
  h.files[kSeccompOverridePath] = file_with("");
  EXPECT_EQ(default_seccomp_path(h), "/custom.json");
}

TEST(DefaultSeccompPath, OverridePathThenDefaultPathThenNothing) {
  host::HostProfile h;
  EXPECT_EQ(default_seccomp_path(h), "");
  h.files[kSeccompDefaultPath] = file_with("");
  EXPECT_EQ(default_seccomp_path(h), kSeccompDefaultPath);
  h.files[kSeccompOverridePath] = file_with("");
  EXPECT_EQ(default_seccomp_path(h), kSeccompOverridePath);
}

TEST(DefaultSeccompPath, StatErrorsOtherThanNotExistAreReturned) {
  host::HostProfile h;
  host::FileFact denied;
  denied.error = "permission denied";
  h.files[kSeccompOverridePath] = denied;
  h.files[kSeccompDefaultPath] = file_with("");
  EXPECT_EQ(error_of([&] { default_seccomp_path(h); }), "stat /etc/containers/seccomp.json: permission denied");
  h.files.erase(kSeccompOverridePath);
  h.files[kSeccompDefaultPath] = denied;
  EXPECT_EQ(error_of([&] { default_seccomp_path(h); }), "stat /usr/share/containers/seccomp.json: permission denied");
}

TEST(DefaultSeccompPath, ADanglingSymlinkDoesNotExist) {
  host::HostProfile h;
  host::FileFact link;
  link.type = "symlink";
  link.target = "/nowhere";
  h.files[kSeccompOverridePath] = link;
  EXPECT_EQ(default_seccomp_path(h), "");
}

}  // namespace
}  // namespace specconf::ref
