// The input predicates encode podman's rules; each is pinned on the captured host profiles.
#include "properties/catalog/facts.h"

#include <gtest/gtest.h>

#include "properties/catalog/test_support.h"

namespace specconf::props::testing {
namespace {

specgen::SpecGenerator request(const std::string& json) {
  specgen::SpecGenerator s;
  EXPECT_EQ(specgen::from_go_json(json, s), "") << json;
  return s;
}

NamespaceModes modes(const std::string& profile_name, const std::string& json) {
  const auto ns = effective_namespaces(profile(profile_name), request(json));
  EXPECT_TRUE(ns) << json;
  return ns.value_or(NamespaceModes{});
}

TEST(EffectiveNamespaces, DefaultsComeFromContainersConf) {
  const auto root = modes("root-cgroupv1", "{}");
  EXPECT_EQ(root.pid, "private");
  EXPECT_EQ(root.ipc, "shareable");
  EXPECT_EQ(root.user, "host");
  EXPECT_EQ(root.cgroup, "host");  // cgroup v1 is always host
  EXPECT_TRUE(root.user_defaulted);
  EXPECT_EQ(modes("root-cgroupv2", "{}").cgroup, "private");
}

TEST(EffectiveNamespaces, ValidateRewritesPrivateNetworkByRootlessness) {
  EXPECT_EQ(modes("root-cgroupv1", "{}").net, "bridge");
  EXPECT_EQ(modes("rootless-cgroupv1", "{}").net, "slirp4netns");
  EXPECT_EQ(modes("rootless-cgroupv1", R"({"netns":{"nsmode":"private"}})").net, "slirp4netns");
  EXPECT_EQ(modes("root-cgroupv1", R"({"netns":{"nsmode":"none"}})").net, "none");
}

TEST(EffectiveNamespaces, PodWithInfraSharesItsNamespaces) {
  const auto ns = modes("root-cgroupv1", R"({"pod":"specconf-pod"})");
  EXPECT_EQ(ns.ipc, "pod");
  EXPECT_EQ(ns.net, "pod");
  EXPECT_EQ(ns.uts, "pod");
}

TEST(EffectiveNamespaces, UnknownPodGivesNoModes) {
  EXPECT_FALSE(effective_namespaces(profile("root-cgroupv1"), request(R"({"pod":"specconf-nosuch"})")));
}

TEST(CanMountSys, FalseForNetHostWhenRootlessOrNewUserns) {
  EXPECT_TRUE(can_mount_sys(profile("root-cgroupv1"), modes("root-cgroupv1", R"({"netns":{"nsmode":"host"}})")));
  EXPECT_FALSE(can_mount_sys(profile("rootless-cgroupv1"), modes("rootless-cgroupv1", R"({"netns":{"nsmode":"host"}})")));
  EXPECT_FALSE(can_mount_sys(profile("root-cgroupv1"),
                             modes("root-cgroupv1", R"({"netns":{"nsmode":"host"},"userns":{"nsmode":"private"}})")));
}

TEST(CanMountSys, NewUsernsNeedsAnOwnNetworkMode) {
  const auto& h = profile("root-cgroupv1");
  EXPECT_TRUE(can_mount_sys(h, modes("root-cgroupv1", R"({"userns":{"nsmode":"private"}})")));
  EXPECT_FALSE(can_mount_sys(
      h, modes("root-cgroupv1", R"({"userns":{"nsmode":"private"},"netns":{"nsmode":"container","value":"x"}})")));
  EXPECT_FALSE(can_mount_sys(
      h, modes("root-cgroupv1", R"({"userns":{"nsmode":"private"},"netns":{"nsmode":"path","value":"/x"}})")));
}

TEST(PodmanKeepsGid5, RootlessNeedsFiveGids) {
  EXPECT_FALSE(podman_keeps_gid5(profile("rootless-3gids"), request("{}"), modes("rootless-3gids", "{}")));
  EXPECT_TRUE(podman_keeps_gid5(profile("rootless-4gids"), request("{}"), modes("rootless-4gids", "{}")));
}

TEST(PodmanKeepsGid5, ExplicitGidMapMustCoverFive) {
  const std::string hole =
      R"({"userns":{"nsmode":"private"},"idmappings":{"GIDMap":[{"container_id":0,"host_id":1,"size":5},{"container_id":6,"host_id":7,"size":9}]}})";
  EXPECT_FALSE(podman_keeps_gid5(profile("root-cgroupv1"), request(hole), modes("root-cgroupv1", hole)));
  const std::string covers = R"({"userns":{"nsmode":"private"},"idmappings":{"GIDMap":[{"container_id":5,"host_id":1,"size":1}]}})";
  EXPECT_TRUE(podman_keeps_gid5(profile("root-cgroupv1"), request(covers), modes("root-cgroupv1", covers)));
}

TEST(PodmanKeepsGid5, DefaultedUsernsIgnoresTheRequestsMap) {
  const std::string json = R"({"idmappings":{"GIDMap":[{"container_id":0,"host_id":1,"size":5}]}})";
  EXPECT_TRUE(podman_keeps_gid5(profile("root-cgroupv1"), request(json), modes("root-cgroupv1", json)));
}

TEST(Gid5MappedForKernel, RootlessNeedsSixIdsWithoutMaps) {
  oci::Spec spec;
  EXPECT_EQ(gid5_mapped_for_kernel(profile("rootless-4gids"), modes("rootless-4gids", "{}"), spec), false);
  EXPECT_EQ(gid5_mapped_for_kernel(profile("rootless-cgroupv1"), modes("rootless-cgroupv1", "{}"), spec), true);
  EXPECT_EQ(gid5_mapped_for_kernel(profile("root-cgroupv1"), modes("root-cgroupv1", "{}"), spec), true);
}

TEST(Gid5MappedForKernel, MapsMustReachAnExistingOuterId) {
  oci::Spec spec;
  spec.linux_.emplace();
  spec.linux_->gid_mappings = {{0, 1, 65536}};
  const auto ns = modes("rootless-4gids", R"({"userns":{"nsmode":"private"},"idmappings":{"GIDMap":[]}})");
  EXPECT_EQ(gid5_mapped_for_kernel(profile("rootless-4gids"), ns, spec), false);  // 5 -> outer 6 of 0..4
  EXPECT_EQ(gid5_mapped_for_kernel(profile("rootless-cgroupv1"), ns, spec), true);
  spec.linux_->gid_mappings = {{0, 1, 5}};
  EXPECT_EQ(gid5_mapped_for_kernel(profile("root-cgroupv1"), ns, spec), false);
}

TEST(Gid5MappedForKernel, JoinedNamespacesAreUnknown) {
  oci::Spec spec;
  EXPECT_EQ(gid5_mapped_for_kernel(profile("root-cgroupv1"),
                                   modes("root-cgroupv1", R"({"userns":{"nsmode":"path","value":"/x"}})"), spec),
            std::nullopt);
}

TEST(CgroupPermission, FollowsUnmaskOnV2Only) {
  EXPECT_EQ(podman_cgroup_permission(profile("root-cgroupv1"), request(R"({"unmask":["ALL"]})")), "ro");
  EXPECT_EQ(podman_cgroup_permission(profile("root-cgroupv2"), request(R"({"unmask":["ALL"]})")), "rw");
  EXPECT_EQ(podman_cgroup_permission(profile("root-cgroupv2"), request(R"({"unmask":["all"]})")), "ro");
  EXPECT_EQ(podman_cgroup_permission(profile("root-cgroupv2"), request(R"({"unmask":["/x","/sys/fs/cgroup/../cgroup"]})")), "rw");
  EXPECT_EQ(podman_cgroup_permission(profile("root-cgroupv2"), request(R"({"unmask":[]})")), std::nullopt);
}

TEST(ShouldMask, AllAnyCaseAndColonSeparatedGlobs) {
  using U = std::optional<std::vector<std::string>>;
  EXPECT_TRUE(should_mask("/proc/kcore", std::nullopt));
  EXPECT_FALSE(should_mask("/proc/kcore", U({"aLL"})));
  EXPECT_FALSE(should_mask("/proc/kcore", U({"/x:/proc/k*"})));
  EXPECT_TRUE(should_mask("/proc/kcore", U({"["})));
}

TEST(DeviceDestination, ParseDeviceForms) {
  EXPECT_EQ(device_destination("/dev/null"), "/dev/null");
  EXPECT_EQ(device_destination("/dev/null:/dev/x"), "/dev/x");
  EXPECT_EQ(device_destination("/dev/null:r"), "/dev/null");
  EXPECT_EQ(device_destination("/dev/null:/dev/x:rw"), "/dev/x");
  EXPECT_EQ(device_destination("/dev/null:rwx"), std::nullopt);
  EXPECT_EQ(device_destination("/dev/null:"), std::nullopt);
  EXPECT_EQ(device_destination("a:b:c:d"), std::nullopt);
}

std::vector<std::string> dsts(const std::optional<std::vector<DeviceAdd>>& adds) {
  std::vector<std::string> out;
  if (adds)
    for (const auto& d : *adds) out.push_back(d.src + " " + d.dst + " " + d.permissions);
  return out;
}

// The expectations below are what golden/*/devices-{symlink,dir-walk,same-dest-*} show podman doing.
TEST(DeviceAdds, SymlinksResolveToTheirTarget) {
  const auto& h = profile("rootless-cgroupv1");
  EXPECT_EQ(dsts(device_adds(h, "/srv/specconf/devlink")), std::vector<std::string>{"/dev/null /dev/null rwm"});
  EXPECT_EQ(dsts(device_adds(h, "/srv/specconf/devlink:/dev/x:r")), std::vector<std::string>{"/dev/null /dev/x r"});
}

TEST(DeviceAdds, DirectoriesAreWalkedInNameOrderWithoutFollowingLinks) {
  const auto& h = profile("rootless-cgroupv1");
  EXPECT_EQ(dsts(device_adds(h, "/srv/specconf/devdir")),
            (std::vector<std::string>{"/srv/specconf/devdir/null /srv/specconf/devdir/null rwm",
                                      "/srv/specconf/devdir/sub/full /srv/specconf/devdir/sub/full rwm",
                                      "/srv/specconf/devdir/zero /srv/specconf/devdir/zero rwm"}));
  EXPECT_EQ(dsts(device_adds(h, "/srv/specconf/devdir:/dev/sc:r")),
            (std::vector<std::string>{"/srv/specconf/devdir/null /dev/sc/null r",
                                      "/srv/specconf/devdir/sub/full /dev/sc/sub/full r",
                                      "/srv/specconf/devdir/zero /dev/sc/zero r"}));
  EXPECT_EQ(device_adds(h, "/srv/specconf/devdir").value_or(std::vector<DeviceAdd>{}).size(), 3u);
  EXPECT_EQ(device_adds(h, "/srv/specconf").value_or(std::vector<DeviceAdd>{}).size(), 3u);  // devlink is a link
}

TEST(DeviceAdds, WhatPodmanRejectsAddsNothing) {
  const auto& h = profile("rootless-cgroupv1");
  EXPECT_EQ(device_adds(h, "/srv/specconf/nodevdir"), std::nullopt);    // no devices found
  EXPECT_EQ(device_adds(h, "/srv/specconf/devdir:r:w"), std::nullopt);  // a mode twice
  EXPECT_EQ(device_adds(h, "/dev/specconf-missing"), std::nullopt);
  EXPECT_EQ(device_adds(h, "/srv/specconf/fake-init"), std::nullopt);   // not a device node
  EXPECT_EQ(device_adds(h, "/dev/null:rwx"), std::nullopt);
  EXPECT_EQ(dsts(device_adds(h, "/srv/specconf/fifo")), std::vector<std::string>{"/srv/specconf/fifo /srv/specconf/fifo rwm"});
}

TEST(PodmanDeviceAdds, ContainersConfFirstAndNoneWhenPrivileged) {
  host::HostProfile h = profile("rootless-cgroupv1");
  h.containers_conf.devices = {"/dev/zero:/dev/c"};
  const auto adds = podman_device_adds(h, request(R"({"devices":[{"path":"/dev/full:/dev/null"},{"path":"/srv/specconf/devlink"}]})"));
  ASSERT_EQ(adds.size(), 3u);
  EXPECT_EQ(adds[0].dst, "/dev/c");
  EXPECT_EQ(adds[1].dst, "/dev/null");
  EXPECT_EQ(adds[2].dst, "/dev/null");
  EXPECT_TRUE(podman_device_adds(h, request(R"({"privileged":true,"devices":[{"path":"/dev/null"}]})")).empty());
}

TEST(PodmanWorkDir, RequestThenImageThenRoot) {
  const auto& h = profile("root-cgroupv1");
  EXPECT_EQ(podman_work_dir(h, request(R"({"work_dir":"rel"})")), "rel");
  EXPECT_EQ(podman_work_dir(h, request(R"({"image":"localhost/specconf-full:1"})")), "/work/dir");
  EXPECT_EQ(podman_work_dir(h, request("{}")), "/");
}

TEST(PodmanSeccompProfilePath, AnEmptyPathIsContainersConfsThenADefaultFile) {
  host::HostProfile h = profile("root-cgroupv1");
  EXPECT_EQ(podman_seccomp_profile_path(h, request("{}")), "/usr/share/containers/seccomp.json");
  h.files["/etc/containers/seccomp.json"] = h.files["/usr/share/containers/seccomp.json"];
  EXPECT_EQ(podman_seccomp_profile_path(h, request("{}")), "/etc/containers/seccomp.json");
  h.files.erase("/etc/containers/seccomp.json");
  h.files.erase("/usr/share/containers/seccomp.json");
  EXPECT_EQ(podman_seccomp_profile_path(h, request("{}")), "");
  h.containers_conf.seccomp_profile = "/srv/specconf/seccomp/minimal.json";
  EXPECT_EQ(podman_seccomp_profile_path(h, request("{}")), "/srv/specconf/seccomp/minimal.json");
  EXPECT_EQ(podman_seccomp_profile_path(h, request(R"({"seccomp_profile_path":"unconfined"})")), "unconfined");
}

std::vector<std::string> limits(const std::optional<std::vector<Rlimit>>& r) {
  std::vector<std::string> out;
  if (r)
    for (const auto& x : *r) out.push_back(x.type + " " + std::to_string(x.hard) + ":" + std::to_string(x.soft));
  return out;
}

TEST(PodmanRlimits, RootWithoutRlimitsReadsDefaultUlimitsHardFirst) {
  host::HostProfile h = profile("root-cgroupv1");
  h.containers_conf.default_ulimits = {"nofile=1024:2048", "core=-1:0", "nofile=10:20"};
  const std::vector<std::string> swapped = {"RLIMIT_NOFILE 10:20", "RLIMIT_CORE 18446744073709551615:0"};
  EXPECT_EQ(limits(podman_rlimits(h, request("{}"))), swapped);
  EXPECT_EQ(limits(podman_rlimits(h, request(R"({"r_limits":[]})"))), swapped);  // empty counts as none
  EXPECT_EQ(limits(podman_rlimits(h, request(R"({"r_limits":[{"type":"nproc","hard":1,"soft":2}]})"))),
            std::vector<std::string>{"RLIMIT_NPROC 1:2"});
  h.identity.rootless = true;
  EXPECT_TRUE(limits(podman_rlimits(h, request("{}"))).empty());
  h.identity.rootless = false;
  h.containers_conf.default_ulimits = {"nofile=1024"};
  EXPECT_EQ(podman_rlimits(h, request("{}")), std::nullopt);  // Validate: missing :
}

// The same table podman 4.3.1 gives with CONTAINERS_CONF=<file with default_ulimits = ["..."]> podman
// --version: exit 1 "validating containers config: unrecognized ulimit ..." for the refused ones.
TEST(PodmanAcceptsDefaultUlimits, ContainersCommonValidatesThemOnLoad) {
  host::HostProfile h = profile("root-cgroupv1");
  for (const char* ok : {"nofile=1024:2048", "memlock=-1:-1", "nproc=32768:32768", "core=0", "nofile=5:-1"}) {
    h.containers_conf.default_ulimits = {ok};
    EXPECT_TRUE(podman_accepts_default_ulimits(h)) << ok;
  }
  for (const char* bad : {"bogus=1:1", "nofile=100:50", "nofile", "nofile=a:b", "nproc=1:2:3", "NOFILE=1:1", "as=1:1",
                          "nofile=-1:5"}) {
    h.containers_conf.default_ulimits = {"nproc=1:1", bad};
    EXPECT_FALSE(podman_accepts_default_ulimits(h)) << bad;
  }
}

TEST(FindImage, ShortNamesGetLocalhostAndLatest) {
  const auto& h = profile("root-cgroupv1");
  EXPECT_NE(find_image(h, "specconf-full:1"), nullptr);
  EXPECT_NE(find_image(h, "localhost/specconf-full:1"), nullptr);
  EXPECT_EQ(find_image(h, "specconf-full"), nullptr);  // :latest does not exist
  EXPECT_EQ(find_image(h, ""), nullptr);
}

TEST(UserMountDestinations, RequestInitAndContainersConf) {
  const auto dests = user_mount_destinations(
      profile("root-cgroupv1"), request(R"({"init":true,"mounts":[{"destination":"/a/","type":"tmpfs","source":"tmpfs"}]})"));
  EXPECT_TRUE(dests.count("/a"));
  EXPECT_TRUE(dests.count("/run/podman-init"));
  EXPECT_FALSE(config_mount_survives({"/dev"}, "/dev/pts"));
  EXPECT_TRUE(config_mount_survives({"/dev"}, "/proc"));
  EXPECT_FALSE(config_mount_survives({"/sys"}, "/sys/"));
}

TEST(Names, RlimitsAndSysctls) {
  EXPECT_TRUE(is_linux_rlimit("RLIMIT_NOFILE"));
  EXPECT_FALSE(is_linux_rlimit("RLIMIT_RLIMIT_NOFILE"));
  EXPECT_TRUE(is_sysctl_name("net.ipv4.ping_group_range"));
  EXPECT_FALSE(is_sysctl_name("kernel.shmmax=1"));
  EXPECT_FALSE(is_sysctl_name(" kernel.shmmni "));
  EXPECT_FALSE(is_sysctl_name("net..x"));
}

// capabilities.go BoundingSet(): only what common lists for cap_last_cap; 63 is gocapability's "could not
// read it", which common treats as CAP_BLOCK_SUSPEND (36). Found by specgen_create_fuzzer (CAPS-004 on a
// host overlay with last_cap 63).
TEST(PodmanBoundingSet, FollowsCommonsListForCapLastCap) {
  host::HostProfile h = profile("root-cgroupv1");
  h.capabilities.bounding = {"CAP_SYS_ADMIN", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_BPF", "CAP_CHOWN", "CAP_NOPE"};
  h.capabilities.last_cap = 40;
  EXPECT_EQ(podman_bounding_set(h),
            (std::vector<std::string>{"CAP_AUDIT_READ", "CAP_BLOCK_SUSPEND", "CAP_BPF", "CAP_CHOWN", "CAP_SYS_ADMIN"}));
  h.capabilities.last_cap = 37;
  EXPECT_EQ(podman_bounding_set(h),
            (std::vector<std::string>{"CAP_AUDIT_READ", "CAP_BLOCK_SUSPEND", "CAP_CHOWN", "CAP_SYS_ADMIN"}));
  h.capabilities.last_cap = 63;
  EXPECT_EQ(podman_bounding_set(h), (std::vector<std::string>{"CAP_BLOCK_SUSPEND", "CAP_CHOWN", "CAP_SYS_ADMIN"}));
}

}  // namespace
}  // namespace specconf::props::testing
