#include "reference/libpod/container_validate.h"

#include <gtest/gtest.h>

#include "reference/core/error.h"

namespace specconf::ref::libpod {
namespace {

std::string error_of(const ContainerConfig& c) {
  try {
    validate(c);
  } catch (const PodmanError& e) {
    return e.message();
  }
  return "";
}

// A valid rootfs container with a private PID namespace.
struct Valid {
  oci::Spec spec;
  ContainerConfig c;
  Valid() {
    spec.process.emplace();
    spec.linux_.emplace().namespaces = {oci::LinuxNamespace{oci::LinuxNamespaceType("pid"), ""}};
    c.spec = &spec;
    c.rootfs = "/srv/rootfs";
  }
};

TEST(Validate, ValidRootfsContainerPasses) {
  Valid v;
  EXPECT_EQ(error_of(v.c), "");
}

TEST(Validate, RootFilesystemSourceChecksComeFirst) {
  Valid v;
  v.c.rootfs.clear();
  EXPECT_EQ(error_of(v.c), "must set root filesystem source to either image or rootfs: invalid argument");
  v.c.rootfs_image_id = "abc";
  EXPECT_EQ(error_of(v.c), "both RootfsImageName and RootfsImageID must be set if either is set: invalid argument");
  v.c.rootfs_image_name = "img";
  v.c.rootfs = "/r";
  EXPECT_EQ(error_of(v.c), "cannot set both an image ID and rootfs for a container: invalid argument");
}

TEST(Validate, SplitCgroupModeRefusesAParentBeforeTheNoCgroupsChecks) {
  Valid v;
  v.c.cgroups_mode = "split";
  v.c.cgroup_parent = "/p";
  EXPECT_EQ(error_of(v.c), "cannot specify --cgroup-mode=split with a cgroup-parent: invalid argument");
}

TEST(Validate, NoCgroupsNeedsAPrivatePidNamespaceOfItsOwn) {
  Valid v;
  v.c.no_cgroups = true;
  v.c.cgroups_mode = "disabled";
  EXPECT_EQ(error_of(v.c), "");
  v.c.pid_ns_ctr = "c1";
  EXPECT_EQ(error_of(v.c), "cannot join another container's PID namespace if not creating cgroups: invalid argument");
  v.c.pid_ns_ctr.clear();
  v.c.cgroup_parent = "/p";
  EXPECT_EQ(error_of(v.c), "cannot set cgroup parent if not creating cgroups: invalid argument");
  v.c.cgroup_parent.clear();
  v.spec.linux_->namespaces[0].path = "/proc/1/ns/pid";
  EXPECT_EQ(error_of(v.c),
            "containers not creating Cgroups must create a private PID namespace - cannot use another: invalid argument");
  v.spec.linux_->namespaces.clear();
  EXPECT_EQ(error_of(v.c), "containers not creating Cgroups must create a private PID namespace: invalid argument");
}

TEST(Validate, StaticAddressesNeedOwnNetworkNamespaceAndOneNetwork) {
  Valid v;
  v.c.static_ip = gojson::GoIP{{10, 0, 0, 2}};
  EXPECT_EQ(error_of(v.c), "cannot set static IP or MAC address if not creating a network namespace: invalid argument");
  v.c.create_net_ns = true;
  v.c.networks = std::map<std::string, specgen::PerNetworkOptions>{{"a", {}}, {"b", {}}};
  EXPECT_EQ(error_of(v.c), "cannot set static IP or MAC address if joining more than one network: invalid argument");
}

TEST(Validate, ImageResolvConfAndHostsExcludeTheirOptions) {
  Valid v;
  v.c.use_image_resolv_conf = true;
  v.c.dns_search = {"example.com"};
  EXPECT_EQ(error_of(v.c), "cannot configure DNS options if using image's resolv.conf: invalid argument");
  v.c = Valid().c;
  v.c.spec = &v.spec;
  v.c.use_image_hosts = true;
  v.c.host_add = {"h:1.2.3.4"};
  EXPECT_EQ(error_of(v.c), "cannot add to /etc/hosts if using image's /etc/hosts: invalid argument");
}

TEST(Validate, OneVolumePerDestination) {
  Valid v;
  specgen::NamedVolume n;
  n.name = "a";
  n.dest = "/d";
  v.c.named_volumes = {n};
  v.c.overlay_volumes = {specgen::OverlayVolume{"/d", "/src", {}}};
  EXPECT_EQ(error_of(v.c), "two volumes found with destination /d: invalid argument");
}

TEST(Validate, SpecUserNeedsConfigUser) {
  Valid v;
  v.spec.process->user.uid = 1000;
  EXPECT_EQ(error_of(v.c), "please set User explicitly via WithUser() instead of in OCI spec directly: invalid argument");
  v.c.user = "1000";
  EXPECT_EQ(error_of(v.c), "");
}

TEST(Validate, InitContainersNeedAPod) {
  Valid v;
  v.c.init_container_type = "once";
  EXPECT_EQ(error_of(v.c), "init containers must be created in a pod: invalid argument");
  v.c.pod = "pod1";
  EXPECT_EQ(error_of(v.c), "");
}

TEST(Validate, IgnoredSdNotifyTakesNoSocket) {
  Valid v;
  v.c.sd_notify_mode = "ignore";
  v.c.sd_notify_socket = "/run/notify";
  EXPECT_EQ(error_of(v.c), "cannot set sd-notify socket \"/run/notify\" with sd-notify mode \"ignore\"");
}

TEST(Validate, OnFailureActionNeedsAHealthCheckAndNamesTheAction) {
  Valid v;
  v.c.health_check_on_failure_action = 3;
  EXPECT_EQ(error_of(v.c), "cannot set on-failure action to restart without a health check");
  v.c.health_check_on_failure_action = 9;
  EXPECT_EQ(error_of(v.c), "cannot set on-failure action to invalid without a health check");
  v.c.has_health_check = true;
  EXPECT_EQ(error_of(v.c), "");
}

TEST(Validate, AutoUpdateLabelNeedsAFullyQualifiedDockerReference) {
  Valid v;
  v.c.labels = {{"io.containers.autoupdate", "registry"}};
  EXPECT_EQ(error_of(v.c), "");  // a rootfs container has no raw image name: nothing to refuse
  v.c.raw_image_name = "busybox";
  EXPECT_EQ(error_of(v.c), "short name: auto updates require fully-qualified image reference: \"busybox\"");
  v.c.raw_image_name = "oci:/srv/layout";
  EXPECT_EQ(error_of(v.c), "auto updates require the docker image transport but image is of transport \"oci\"");
  v.c.raw_image_name = "docker://quay.io/podman/stable:latest";
  EXPECT_EQ(error_of(v.c), "");
  v.c.raw_image_name = "quay.io/podman/stable:latest";  // no transport, but fully qualified
  EXPECT_EQ(error_of(v.c), "");
  v.c.labels = {{"io.containers.autoupdate", "disabled"}};
  v.c.raw_image_name = "busybox";
  EXPECT_EQ(error_of(v.c), "");
}

}  // namespace
}  // namespace specconf::ref::libpod
