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

}  // namespace
}  // namespace specconf::props::testing
