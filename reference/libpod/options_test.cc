#include "reference/libpod/options.h"

#include <gtest/gtest.h>

#include "reference/libpod/testing/fixtures.h"

namespace specconf::ref::libpod {
namespace {

using testing::donor;
using testing::error_of;
using testing::test_host;

TEST(WithRootFS, MissingRootfsIsTheRawStatError) {
  const host::HostProfile h = test_host();
  EXPECT_EQ(error_of(with_rootfs("/srv/nope", false, h)), "stat /srv/nope: no such file or directory");
  EXPECT_EQ(error_of(with_rootfs("/srv/rootfs", false, h)), "");
}

TEST(WithRootFS, RelativeRootfsIsStatedFromTheServiceCwdButReportedAsGiven) {
  const host::HostProfile h = test_host();
  EXPECT_EQ(error_of(with_rootfs("rootfs", false, h)), "");
  EXPECT_EQ(error_of(with_rootfs("nope", false, h)), "stat nope: no such file or directory");
}

TEST(WithTimezone, LocalNeedsNoZoneFile) {
  EXPECT_EQ(error_of(with_timezone("local", host::HostProfile{})), "");
}

TEST(WithTimezone, ZoneMustBeAFileUnderZoneinfo) {
  const host::HostProfile h = test_host();
  EXPECT_EQ(error_of(with_timezone("Europe/Paris", h)), "");
  EXPECT_EQ(error_of(with_timezone("Europe", h)), "invalid timezone: is a directory");
  EXPECT_EQ(error_of(with_timezone("Mars/Base", h)), "stat /usr/share/zoneinfo/Mars/Base: no such file or directory");
}

TEST(WithTimezone, JoinCleansTheZonePathBeforeStat) {
  host::HostProfile h = test_host();
  h.files["/etc"] = testing::fact("dir");
  EXPECT_EQ(error_of(with_timezone("../../../etc", h)), "invalid timezone: is a directory");
}

TEST(WithUmask, OneToFourOctalDigits) {
  EXPECT_EQ(error_of(with_umask("0022")), "");
  EXPECT_EQ(error_of(with_umask("7")), "");
  EXPECT_EQ(error_of(with_umask("0999")), "invalid umask string 0999: invalid argument");
  EXPECT_EQ(error_of(with_umask("00022")), "invalid umask string 00022: invalid argument");
}

TEST(WithSdNotifyMode, OnlyThePodmanModes) {
  EXPECT_EQ(error_of(with_sd_notify_mode("conmon")), "");
  EXPECT_EQ(error_of(with_sd_notify_mode("x")),
            "invalid argument: invalid sdnotify value \"x\": must be container, conmon or ignore");
}

TEST(WithStopSignal, OneTo64) {
  EXPECT_EQ(error_of(with_stop_signal(64)), "");
  EXPECT_EQ(error_of(with_stop_signal(-1)), "");  // only 0 and > 64 are refused
  EXPECT_EQ(error_of(with_stop_signal(0)), "stop signal cannot be 0: invalid argument");
  EXPECT_EQ(error_of(with_stop_signal(65)), "stop signal cannot be greater than 64 (SIGRTMAX): invalid argument");
}

TEST(WithLogDriver, KnownDriversOnly) {
  for (const char* d : {"journald", "k8s-file", "json-file", "none", "passthrough"}) EXPECT_EQ(error_of(with_log_driver(d)), "");
  EXPECT_EQ(error_of(with_log_driver("syslog")), "invalid log driver: invalid argument");
  EXPECT_EQ(error_of(with_log_driver("")), "log driver must be set: invalid argument");
  EXPECT_EQ(error_of(with_log_path("")), "log path must be set: invalid argument");
  EXPECT_EQ(error_of(with_log_tag("")), "log tag must be set: invalid argument");
}

TEST(WithCgroupsMode, DisabledAlsoMeansNoCgroups) {
  oci::Spec spec;
  ContainerConfig c;
  c.spec = &spec;
  EXPECT_EQ(error_of(with_cgroups_mode("disabled"), c), "");
  EXPECT_TRUE(c.no_cgroups);
  EXPECT_EQ(error_of(with_cgroups_mode("split")), "");
  EXPECT_EQ(error_of(with_cgroups_mode("no-conmon")), "");
  EXPECT_EQ(error_of(with_cgroups_mode("bogus")), "invalid cgroup mode \"bogus\": invalid argument");
  EXPECT_EQ(error_of(with_cgroup_parent("")), "cgroup parent cannot be empty: invalid argument");
}

TEST(WithRestartPolicy, OnlyLibpodPolicies) {
  for (const char* p : {"", "no", "on-failure", "always", "unless-stopped"}) EXPECT_EQ(error_of(with_restart_policy(p)), "");
  EXPECT_EQ(error_of(with_restart_policy("sometimes")), "\"sometimes\" is not a valid restart policy: invalid argument");
}

TEST(WithInitCtrType, OnceOrAlwaysWithoutErrorWrapping) {
  EXPECT_EQ(error_of(with_init_ctr_type("once")), "");
  EXPECT_EQ(error_of(with_init_ctr_type("never")), "never is invalid init container type");
}

TEST(WithName, NameRegex) {
  EXPECT_EQ(error_of(with_name("a.b_c-1")), "");
  EXPECT_EQ(error_of(with_name("-a")), "names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument");
  EXPECT_EQ(error_of(with_name("a/b")), "names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument");
}

TEST(WithDNS, NilAddressPrintsAsNilAndIsRefused) {
  EXPECT_EQ(error_of(with_dns({"1.1.1.1", "::1"})), "");
  EXPECT_EQ(error_of(with_dns({gojson::GoIP{}.to_string()})), "invalid IP address <nil>: invalid argument");
}

TEST(WithDNSOption, RefusedOnceTheImageResolvConfIsUsed) {
  oci::Spec spec;
  ContainerConfig c;
  c.spec = &spec;
  with_use_image_resolv_conf()(c);
  EXPECT_EQ(error_of(with_dns_option({"ndots:2"}), c),
            "cannot add DNS options if container will not create /etc/resolv.conf: invalid argument");
}

TEST(WithNetNS, NetworksOnlyForBridge) {
  const std::map<std::string, specgen::PerNetworkOptions> nets{{"podman", {}}};
  EXPECT_EQ(error_of(with_net_ns("bridge", nets)), "");
  EXPECT_EQ(error_of(with_net_ns("slirp4netns", std::nullopt)), "");
  EXPECT_EQ(error_of(with_net_ns("slirp4netns", nets)), "cannot use networks when network mode is not bridge");
}

TEST(NamespaceJoin, PodMemberMayOnlyJoinMembersOfItsPod) {
  const host::Container outsider = donor("c1");
  const host::Container member = donor("c2", "pod1");
  const host::Pod pod{"pod1", "p", "", "c2", {}, {}};
  oci::Spec spec;
  ContainerConfig c;
  c.spec = &spec;
  EXPECT_EQ(error_of(with_pid_ns_from(outsider), c), "");  // not in a pod yet: anyone
  with_pod(pod)(c);
  EXPECT_EQ(error_of(with_ipc_ns_from(member), c), "");
  EXPECT_EQ(c.ipc_ns_ctr, "c2");
  EXPECT_EQ(error_of(with_net_ns_from(outsider), c),
            "container has joined pod pod1 and dependency container c1 is not a member of the pod: invalid argument");
  EXPECT_EQ(error_of(with_dependency_ctrs({&member, &outsider}), c),
            "container has joined pod pod1 and dependency container c1 is not a member of the pod: invalid argument");
}

TEST(WithUserNSFrom, DonorMappingsReplaceTheSpecsAsContainerHostSize) {
  host::Container d = donor("c1");
  d.uid_map = {specgen::IDMap{0, 1000, 1}, specgen::IDMap{1, 100000, 65536}};
  d.gid_map = {specgen::IDMap{0, 1000, 1}};
  oci::Spec spec;
  spec.linux_.emplace().uid_mappings = {oci::LinuxIDMapping{5, 5, 5}};
  ContainerConfig c;
  c.spec = &spec;
  ASSERT_EQ(error_of(with_user_ns_from(d), c), "");
  ASSERT_EQ(spec.linux_->uid_mappings.size(), 2u);
  EXPECT_EQ(spec.linux_->uid_mappings[1].container_id, 1u);
  EXPECT_EQ(spec.linux_->uid_mappings[1].host_id, 100000u);
  EXPECT_EQ(spec.linux_->uid_mappings[1].size, 65536u);
  ASSERT_EQ(spec.linux_->gid_mappings.size(), 1u);
  EXPECT_EQ(c.user_ns_ctr, "c1");
}

TEST(WithEnvSecrets, EverySourceMustBeAKnownSecret) {
  host::HostProfile h;
  EXPECT_EQ(error_of(with_env_secrets({{"A", "s1"}}, h)), "no secret with name or id \"s1\": no such secret");
  h.secrets = {{"0123456789abcdef012345678", "s1"}};
  EXPECT_EQ(error_of(with_env_secrets({{"A", "s1"}, {"B", "0123"}}, h)), "");
}

TEST(WithNamedVolumes, OptionsGoThroughProcessOptions) {
  specgen::NamedVolume v;
  v.name = "vol";
  v.dest = "/v";
  v.options = std::vector<std::string>{"bogus"};
  EXPECT_EQ(error_of(with_named_volumes({v})),
            "processing options for named volume \"vol\" mounted at \"/v\": unknown mount option \"bogus\": "
            "invalid mount option");
}

}  // namespace
}  // namespace specconf::ref::libpod
