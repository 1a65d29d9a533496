#include "reference/libpod/runtime_ctr.h"

#include <gtest/gtest.h>

#include "reference/libpod/testing/fixtures.h"

namespace specconf::ref::libpod {
namespace {

std::string new_container_error(const std::vector<CtrCreateOption>& options, const host::HostProfile& h) {
  oci::Spec spec;
  spec.process.emplace();
  spec.linux_.emplace().namespaces = {oci::LinuxNamespace{oci::LinuxNamespaceType("pid"), ""}};
  try {
    new_container(spec, options, h);
  } catch (const PodmanError& e) {
    return e.message();
  }
  return "";
}

TEST(NewContainer, FirstFailingOptionIsReportedWithThePrefix) {
  const host::HostProfile h = testing::test_host();
  EXPECT_EQ(new_container_error({with_rootfs("/srv/rootfs", false, h), with_umask("9"), with_restart_policy("x")}, h),
            "running container create option: invalid umask string 9: invalid argument");
}

TEST(NewContainer, ValidateRunsAfterEveryOptionAndIsNotPrefixed) {
  const host::HostProfile h = testing::test_host();
  EXPECT_EQ(new_container_error({with_init_ctr_type("once")}, h),
            "must set root filesystem source to either image or rootfs: invalid argument");
  EXPECT_EQ(new_container_error({with_rootfs("/srv/rootfs", false, h), with_init_ctr_type("once")}, h),
            "init containers must be created in a pod: invalid argument");
}

TEST(SetupContainer, CgroupfsRefusesASliceParent) {
  host::HostProfile h = testing::test_host();
  h.cgroups.manager = "cgroupfs";
  const CtrCreateOption rootfs = with_rootfs("/srv/rootfs", false, h);
  EXPECT_EQ(new_container_error({rootfs, with_cgroup_parent("/a/b.slice/")}, h),
            "systemd slice received as cgroup parent when using cgroupfs: invalid argument");
  EXPECT_EQ(new_container_error({rootfs, with_cgroup_parent("/a/b")}, h), "");
}

TEST(SetupContainer, SystemdWantsASliceParent) {
  host::HostProfile h = testing::test_host();
  h.cgroups.manager = "systemd";
  const CtrCreateOption rootfs = with_rootfs("/srv/rootfs", false, h);
  EXPECT_EQ(new_container_error({rootfs, with_cgroup_parent("machine.slice")}, h), "");
  EXPECT_EQ(new_container_error({rootfs, with_cgroup_parent("/a/b")}, h),
            "did not receive systemd slice as cgroup parent when using systemd to manage cgroups: invalid argument");
  EXPECT_EQ(new_container_error({rootfs, with_cgroup_parent(".slice")}, h), "");  // six characters are enough
}

TEST(SetupContainer, NoCgroupsSkipsTheParentCheck) {
  host::HostProfile h = testing::test_host();
  h.cgroups.manager = "bogus";
  const CtrCreateOption rootfs = with_rootfs("/srv/rootfs", false, h);
  EXPECT_EQ(new_container_error({rootfs}, h),
            "unsupported Cgroup manager: bogus - cannot validate cgroup parent: invalid argument");
  EXPECT_EQ(new_container_error({rootfs, with_cgroups_mode("disabled")}, h), "");
}

}  // namespace
}  // namespace specconf::ref::libpod
