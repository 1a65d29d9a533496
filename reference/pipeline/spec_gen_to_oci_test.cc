// pkg/specgen/generate/oci_linux.go (podman aa47e05ae4): canMountSys, getCgroupPermissons and the
// branches of SpecGenToOCI, on the captured host profiles.
#include "reference/pipeline/spec_gen_to_oci.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "golden/builtin_hosts.h"
#include "reference/core/error.h"
#include "reference/model/host_profile_json.h"
#include "reference/model/specgen_json.h"
#include "reference/pipeline/create.h"

namespace specconf::ref {
namespace {

host::HostProfile profile(const std::string& name) {
  host::HostProfile h;
  const std::string err = host::from_go_json(golden::builtin_host_profiles().at(name), h);
  EXPECT_EQ(err, "");
  return h;
}

specgen::SpecGenerator with_net(const std::string& netns) {
  specgen::SpecGenerator s;
  s.netns.nsmode = netns;
  return s;
}

TEST(CanMountSys, FollowsNetAndUserNamespaceTable) {
  const struct {
    const char* netns;
    bool rootless, new_userns;
    const char* engine;
    bool expected;
  } cases[] = {
      {"host", false, false, host::kEnginePodman431, true},
      {"host", true, false, host::kEnginePodman431, false},
      {"host", false, true, host::kEnginePodman431, false},
      {"bridge", true, false, host::kEnginePodman431, true},
      {"bridge", false, true, host::kEnginePodman431, true},
      {"slirp4netns", false, true, host::kEnginePodman431, true},
      {"private", false, true, host::kEnginePodman431, true},
      {"none", false, true, host::kEnginePodman431, true},
      {"container", false, true, host::kEnginePodman431, false},
      {"path", false, true, host::kEnginePodman431, false},
      {"pod", false, true, host::kEnginePodman431, false},
      {"container", true, false, host::kEnginePodman431, true},
      // pasta counts as a private network only at the seed commit (podman 4.3.1 rejects it earlier).
      {"pasta", false, true, host::kEnginePodman431, false},
      {"pasta", false, true, host::kEngineSeed, true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(can_mount_sys(c.rootless, c.new_userns, with_net(c.netns), c.engine), c.expected)
        << c.netns << " rootless=" << c.rootless << " new_userns=" << c.new_userns << " " << c.engine;
  }
}

TEST(GetCgroupPermissions, RwOnlyOnCgroupV2WithAllFirstOrCleanedCgroupPath) {
  using V = std::optional<std::vector<std::string>>;
  const struct {
    V unmask;
    bool v2;
    const char* expected;
  } cases[] = {
      {V{{"ALL"}}, false, "ro"},
      {V{{"ALL"}}, true, "rw"},
      {V{{"all"}}, true, "ro"},               // exact case: only "ALL" counts here
      {V{{"/proc/kcore", "ALL"}}, true, "ro"},  // ALL must come first
      {V{{"/sys/fs/cgroup"}}, true, "rw"},
      {V{{"/sys/fs/cgroup///"}}, true, "rw"},
      {V{{"/sys/fs/cgroup/../cgroup"}}, true, "rw"},
      {V{{"/sys/fs/cgroup/x"}}, true, "ro"},
      {V{{"/proc/kcore:/sys/fs/cgroup"}}, true, "ro"},  // ":"-lists are not split here
      {std::nullopt, true, "ro"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(get_cgroup_permissions(c.unmask, c.v2), c.expected);
  }
}

TEST(GetCgroupPermissions, EmptyUnmaskListPanicsOnCgroupV2Only) {
  const std::optional<std::vector<std::string>> empty{std::vector<std::string>{}};
  EXPECT_EQ(get_cgroup_permissions(empty, false), "ro");
  try {
    get_cgroup_permissions(empty, true);
    FAIL() << "expected podman's index-out-of-range panic";
  } catch (const PodmanError& e) {
    EXPECT_EQ(e.message(), "runtime error: index out of range [0] with length 0");
  }
}

const oci::Mount* find_mount(const oci::Spec& spec, const std::string& dest) {
  for (const auto& m : spec.mounts)
    if (m.destination == dest) return &m;
  return nullptr;
}

oci::Spec generate(const std::string& host, const std::string& body) {
  const CreateResult r = create_container(profile(host), body);
  EXPECT_TRUE(r.ok()) << r.error;
  return r.ok() ? *r.spec : oci::Spec{};
}

const char* kRootfs = R"("rootfs":"/srv/specconf/rootfs","command":["/bin/true"])";

TEST(SpecGenToOci, SysfsBoundAndNoCgroupMountWhenNetHostAndRootless) {
  const oci::Spec spec = generate("rootless-cgroupv1", std::string("{") + kRootfs + R"(,"netns":{"nsmode":"host"}})");
  const oci::Mount* sys = find_mount(spec, "/sys");
  ASSERT_NE(sys, nullptr);
  EXPECT_EQ(sys->type, "bind");
  EXPECT_EQ(sys->options, (std::vector<std::string>{"rprivate", "nosuid", "noexec", "nodev", "ro", "rbind"}));
  EXPECT_EQ(find_mount(spec, "/sys/fs/cgroup"), nullptr);
  ASSERT_FALSE(spec.linux_->masked_paths.empty());
  EXPECT_EQ(spec.linux_->masked_paths.front(), "/sys/kernel");
}

TEST(SpecGenToOci, PrivilegedWithMountableSysfsGivesRwSysfsAndRwCgroup) {
  const oci::Spec spec = generate("root-cgroupv1", std::string("{") + kRootfs + R"(,"privileged":true})");
  EXPECT_EQ(find_mount(spec, "/sys")->type, "sysfs");
  EXPECT_EQ(find_mount(spec, "/sys")->options.back(), "rw");
  EXPECT_EQ(find_mount(spec, "/sys/fs/cgroup")->options.back(), "rw");
}

TEST(SpecGenToOci, DevptsLosesGid5AndMovesLastWithFewerThanFiveGids) {
  const oci::Spec three = generate("rootless-3gids", std::string("{") + kRootfs + "}");
  const oci::Spec four = generate("rootless-4gids", std::string("{") + kRootfs + "}");
  const oci::Mount* pts3 = find_mount(three, "/dev/pts");
  const oci::Mount* pts4 = find_mount(four, "/dev/pts");
  ASSERT_TRUE(pts3 && pts4);
  EXPECT_EQ(std::count(pts3->options.begin(), pts3->options.end(), "gid=5"), 0);
  EXPECT_EQ(std::count(pts4->options.begin(), pts4->options.end(), "gid=5"), 1);
}

TEST(SpecGenToOci, Gid5DroppedWhenExplicitGidMapMissesIt) {
  const std::string maps =
      R"(,"userns":{"nsmode":"private"},"idmappings":{"UIDMap":[{"container_id":0,"host_id":100000,"size":65536}],)"
      R"("GIDMap":[{"container_id":0,"host_id":100000,"size":5},{"container_id":6,"host_id":100006,"size":100}]}})";
  const oci::Spec spec = generate("root-cgroupv1", std::string("{") + kRootfs + maps);
  const oci::Mount* pts = find_mount(spec, "/dev/pts");
  ASSERT_NE(pts, nullptr);
  EXPECT_EQ(std::count(pts->options.begin(), pts->options.end(), "gid=5"), 0);
  EXPECT_EQ(&spec.mounts.back(), find_mount(spec, "/sys/fs/cgroup"));  // devpts moved before the cgroup mount
}

// Found by specgen_create_fuzzer (fuzz/regressions/specgen_create_fuzzer/gid5-range-end-overflows):
// container_id + size overflowed a signed 64-bit int. Go's addition wraps, so the range "ends" below
// 5, does not cover it, and gid=5 goes.
TEST(SpecGenToOci, Gid5CheckWrapsLikeGoWhenTheRangeEndOverflows) {
  const std::string maps =
      R"(,"userns":{"nsmode":"host"},"idmappings":{"GIDMap":[{"container_id":1,"host_id":1,)"
      R"("size":9223372036854775807}]}})";
  const oci::Spec spec = generate("root-cgroupv1", std::string("{") + kRootfs + maps);
  const oci::Mount* pts = find_mount(spec, "/dev/pts");
  ASSERT_NE(pts, nullptr);
  EXPECT_EQ(std::count(pts->options.begin(), pts->options.end(), "gid=5"), 0);
}

TEST(SpecGenToOci, ProcBecomesABindInAUserNamespaceWithHostPid) {
  const oci::Spec spec = generate("rootless-cgroupv1", std::string("{") + kRootfs + R"(,"pidns":{"nsmode":"host"}})");
  const oci::Mount* proc = find_mount(spec, "/proc");
  ASSERT_NE(proc, nullptr);
  EXPECT_EQ(proc->type, "bind");
  EXPECT_EQ(proc->source, "/proc");
}

TEST(SpecGenToOci, DenyAllDeviceRuleOnlyOutsideUserNamespacesAndUnprivileged) {
  const oci::Spec root = generate("root-cgroupv1", std::string("{") + kRootfs + "}");
  ASSERT_TRUE(root.linux_->resources->devices);
  EXPECT_FALSE(root.linux_->resources->devices->front().allow);
  const oci::Spec rootless = generate("rootless-cgroupv1", std::string("{") + kRootfs + "}");
  EXPECT_FALSE(rootless.linux_->resources->devices.has_value());
}

TEST(SpecGenToOci, ProcfsOptsReplaceProcOptionsVerbatim) {
  const oci::Spec spec = generate("root-cgroupv1", std::string("{") + kRootfs + R"(,"procfs_opts":["hidepid=2"]})");
  EXPECT_EQ(find_mount(spec, "/proc")->options, std::vector<std::string>{"hidepid=2"});
}

TEST(SpecGenToOci, FinalAnnotationsOverrideTheUsers) {
  const oci::Spec spec = generate(
      "root-cgroupv1", std::string("{") + kRootfs +
                           R"(,"remove":true,"annotations":{"io.podman.annotations.privileged":"yes","x":"y"}})");
  EXPECT_EQ(spec.annotations.at("io.podman.annotations.autoremove"), "TRUE");
  EXPECT_EQ(spec.annotations.at("io.podman.annotations.privileged"), "FALSE");
  EXPECT_EQ(spec.annotations.at("x"), "y");
}

TEST(CreateContainer, DecodeErrorsAreFlaggedWithTheirPath) {
  const CreateResult r = create_container(profile("root-cgroupv1"), R"({"mounts":[{"destination":1}]})");
  EXPECT_TRUE(r.decode_error);
  EXPECT_EQ(r.error, "decode(): json: cannot unmarshal number into Go struct field Mount.mounts.destination of type string");
  EXPECT_EQ(r.error_path, ".mounts[0].destination");
}

}  // namespace
}  // namespace specconf::ref
