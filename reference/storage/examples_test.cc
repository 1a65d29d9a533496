// The storage parts of specs stored by real podman 4.3.1 (root, cgroup v1; testdata/README.txt gives the
// requests), rebuilt from those requests the way SpecGenToOCI strings the functions together.
#include <gtest/gtest.h>

#include <algorithm>

#include "reference/storage/storage.h"
#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

using testing::mount;

host::HostProfile capture_host() {
  host::HostProfile h = testing::debian_root();
  h.files["/tmp/pm/src1"] = testing::dir_fact();
  h.files["/tmp/pm/src2"] = testing::dir_fact();
  return h;
}

specgen::SpecGenerator rootfs_request() {
  specgen::SpecGenerator s;
  s.rootfs = "/tmp/pm/rootfs";
  s.pidns.nsmode = "private";
  return s;
}

// The generator's mounts at SupersedeUserMounts time for a root, unprivileged container on cgroup v1.
std::vector<oci::Mount> config_mounts() {
  Generator g;
  g.remove_mount("/dev/shm");
  g.add_mount(mount("/sys/fs/cgroup", "cgroup", "cgroup", {"rprivate", "nosuid", "noexec", "nodev", "relatime", "ro"}));
  return g.config.mounts;
}

std::vector<oci::Mount> spec_mounts(specgen::SpecGenerator& s, const host::HostProfile& h, const host::Image* img) {
  std::vector<oci::Mount> mounts = supersede_user_mounts(finalize_mounts(s, h, img), config_mounts());
  init_fs_mounts(mounts, h);
  return mounts;
}

// The leading `n` user mounts come in Go map order, so they are compared as a set; the rest exactly.
void expect_same_mounts(std::vector<oci::Mount> got, std::vector<oci::Mount> want, std::size_t n) {
  ASSERT_EQ(got.size(), want.size());
  const auto by_dest = [](const oci::Mount& a, const oci::Mount& b) { return a.destination < b.destination; };
  std::sort(got.begin(), got.begin() + n, by_dest);
  std::sort(want.begin(), want.begin() + n, by_dest);
  for (std::size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i], want[i]) << "mount " << i;
}

TEST(PodmanExamples, UserMountsOfOutMounts) {
  specgen::SpecGenerator s = rootfs_request();
  s.mounts = {mount("/a", "bind", "/tmp/pm/src1", {"ro"}), mount("/b", "tmpfs", "tmpfs", {"size=10m"}),
              mount("/c", "bind", "/tmp/pm/src2", {}), mount("/dev/shm", "tmpfs", "shm", {})};
  expect_same_mounts(spec_mounts(s, capture_host(), nullptr), testing::load_spec("out_mounts.json").mounts, 4);
}

TEST(PodmanExamples, InitBinaryOfOutInit) {
  specgen::SpecGenerator s = rootfs_request();
  s.init = true;
  expect_same_mounts(spec_mounts(s, capture_host(), nullptr), testing::load_spec("out_init.json").mounts, 1);
}

TEST(PodmanExamples, ImageTmpfsVolumeOfOutImgtmpfs) {
  host::Image img;
  img.id = "test";
  img.config.volumes = {"/vol"};
  specgen::SpecGenerator s;
  s.image = "localhost/test:1";
  s.pidns.nsmode = "private";
  s.image_volume_mode = "tmpfs";
  expect_same_mounts(spec_mounts(s, capture_host(), &img), testing::load_spec("out_imgtmpfs.json").mounts, 1);
}

TEST(PodmanExamples, DevicesAndMasksOfOutMisc) {
  const oci::Spec want = testing::load_spec("out_misc.json");
  Generator g;
  devices_from_path(g, "/dev/null:/dev/mynull:rw", capture_host());
  block_access_to_kernel_filesystems(false, true, {"/x", "rel", ""},
                                     std::vector<std::string>{"/proc/k*:/sys/firmware"}, g, capture_host());
  const oci::Linux& got = *g.config.linux_;
  ASSERT_EQ(got.devices.size(), want.linux_->devices.size());
  const oci::LinuxDevice& d = got.devices[0];
  const oci::LinuxDevice& w = want.linux_->devices[0];
  EXPECT_EQ(d.path, w.path);
  EXPECT_EQ(d.type, w.type);
  EXPECT_EQ(d.major, w.major);
  EXPECT_EQ(d.minor, w.minor);
  EXPECT_EQ(d.file_mode->value, w.file_mode->value);
  EXPECT_EQ(*d.uid, *w.uid);
  EXPECT_EQ(*d.gid, *w.gid);
  const auto& rules = *got.resources->devices;
  const auto& want_rules = *want.linux_->resources->devices;
  ASSERT_EQ(rules.size(), 2u);  // deny-all, then the device; the cgroup rule comes later in SpecGenToOCI
  EXPECT_EQ(rules[1].allow, want_rules[1].allow);
  EXPECT_EQ(rules[1].type, want_rules[1].type);
  EXPECT_EQ(rules[1].major, want_rules[1].major);
  EXPECT_EQ(rules[1].minor, want_rules[1].minor);
  EXPECT_EQ(rules[1].access, want_rules[1].access);
  EXPECT_EQ(got.masked_paths, want.linux_->masked_paths);
  EXPECT_EQ(got.readonly_paths, want.linux_->readonly_paths);
}

}  // namespace
}  // namespace specconf::ref
