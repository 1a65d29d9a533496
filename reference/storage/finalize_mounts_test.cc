#include "reference/storage/finalize_mounts.h"

#include <gtest/gtest.h>

#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

using testing::debian_root;
using testing::error_of;
using testing::mount;

// A SpecGenerator as finalizeMounts sees it: after Validate, with the pidns default applied.
specgen::SpecGenerator validated() {
  specgen::SpecGenerator s;
  s.rootfs = "/tmp/pm/rootfs";
  s.pidns.nsmode = "private";
  return s;
}

specgen::NamedVolume named(std::string name, std::string dest) {
  specgen::NamedVolume v;
  v.name = std::move(name);
  v.dest = std::move(dest);
  return v;
}

host::Image image_with_volumes(std::vector<std::string> volumes) {
  host::Image img;
  img.id = "img";
  img.config.volumes = std::move(volumes);
  return img;
}

TEST(FinalizeMounts, UserMountsKeepTheirOrderAndBindSourcesBecomeAbsolute) {
  host::HostProfile h = debian_root();
  h.cwd = "/srv";
  specgen::SpecGenerator s = validated();
  s.mounts = {mount("/a/", "bind", "rel/src", {"ro"}), mount("/b", "tmpfs", "tmpfs", {"size=10m"}),
              mount("/c", "bind", "/x/../src2", {}), mount("/e", "bind", "", {})};
  const auto out = finalize_mounts(s, h, nullptr);
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[3].source, "/srv");  // verified: an empty bind source becomes the service's cwd
  EXPECT_EQ(out[0], mount("/a/", "bind", "/srv/rel/src", {"ro"}));  // the destination stays as written
  EXPECT_EQ(out[1], mount("/b", "tmpfs", "tmpfs", {"size=10m"}));
  EXPECT_EQ(out[2], mount("/c", "bind", "/src2", {}));
}

TEST(FinalizeMounts, DestinationErrors) {
  specgen::SpecGenerator s = validated();
  s.mounts = {mount("", "bind", "/x", {})};
  EXPECT_EQ(error_of([&] { finalize_mounts(s, debian_root(), nullptr); }), "container directory cannot be empty");
  s.mounts = {mount("x", "bind", "/x", {})};
  EXPECT_EQ(error_of([&] { finalize_mounts(s, debian_root(), nullptr); }),
            "invalid container path \"x\", must be an absolute path");
  s.mounts = {mount("/x", "bind", "/x", {}), mount("/x/", "tmpfs", "tmpfs", {})};
  EXPECT_EQ(error_of([&] { finalize_mounts(s, debian_root(), nullptr); }), "\"/x\": duplicate mount destination");
}

TEST(FinalizeMounts, VolumeAndOverlayConflictsStillFailTheRequest) {
  specgen::SpecGenerator s = validated();
  s.volumes = {named("a", "/v"), named("b", "/v/.")};
  EXPECT_EQ(error_of([&] { finalize_mounts(s, debian_root(), nullptr); }),
            "conflict in specified volumes - multiple volumes at \"/v\": duplicate mount destination");
  s = validated();
  specgen::OverlayVolume ov;
  ov.destination = "/o";
  ov.source = "/l";
  s.overlay_volumes = {ov, ov};
  EXPECT_EQ(error_of([&] { finalize_mounts(s, debian_root(), nullptr); }),
            "conflict in specified volumes - multiple volumes at \"/o\": duplicate mount destination");
  s = validated();
  s.volumes = {named("a", "rel")};
  EXPECT_EQ(error_of([&] { finalize_mounts(s, debian_root(), nullptr); }),
            "invalid container path \"rel\", must be an absolute path");
  s = validated();
  s.mounts = {mount("/m", "bind", "/x", {})};
  s.volumes = {named("a", "/m/")};
  EXPECT_EQ(error_of([&] { finalize_mounts(s, debian_root(), nullptr); }),
            "conflict at mount destination /m: duplicate mount destination");
}

TEST(FinalizeMounts, NullVolumeEntriesPanicLikePodman) {
  specgen::SpecGenerator s = validated();
  s.volumes = {std::nullopt};
  EXPECT_EQ(error_of([&] { finalize_mounts(s, debian_root(), nullptr); }),
            "runtime error: invalid memory address or nil pointer dereference");
  s = validated();
  s.overlay_volumes = {std::nullopt};
  EXPECT_EQ(error_of([&] { finalize_mounts(s, debian_root(), nullptr); }),
            "runtime error: invalid memory address or nil pointer dereference");
}

TEST(FinalizeMounts, NamedAndOverlayVolumesStayOutOfTheSpec) {
  specgen::SpecGenerator s = validated();
  s.volumes = {named("a", "/v")};
  specgen::OverlayVolume ov;
  ov.destination = "/o";
  s.overlay_volumes = {ov};
  const FinalizedMounts f = finalize_mounts_and_volumes(s, debian_root(), nullptr);
  EXPECT_TRUE(f.mounts.empty());
  ASSERT_EQ(f.volumes.size(), 1u);
  ASSERT_EQ(f.overlays.size(), 1u);
}

TEST(FinalizeMounts, ImageVolumesFollowImageVolumeMode) {
  const host::Image img = image_with_volumes({"/vol/", "/b"});
  specgen::SpecGenerator s = validated();
  s.image_volume_mode = "tmpfs";
  // Verified (imgtmpfs): /vol tmpfs with [rprivate,rw,nodev,exec] before InitFSMounts.
  auto out = finalize_mounts(s, debian_root(), &img);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0], mount("/vol", "tmpfs", "tmpfs", {"rprivate", "rw", "nodev", "exec"}));
  s.image_volume_mode = "TMPFS";
  EXPECT_EQ(finalize_mounts(s, debian_root(), &img).size(), 2u);
  for (const char* mode : {"", "anonymous", "Anonymous"}) {
    s.image_volume_mode = mode;
    const FinalizedMounts f = finalize_mounts_and_volumes(s, debian_root(), &img);
    EXPECT_TRUE(f.mounts.empty());
    ASSERT_EQ(f.volumes.size(), 2u) << mode;
    EXPECT_EQ(f.volumes[0].dest, "/vol");
    EXPECT_EQ(f.volumes[0].name, "");
    EXPECT_EQ(*f.volumes[0].options, (std::vector<std::string>{"rprivate", "rw", "nodev", "exec"}));
  }
  s.image_volume_mode = "ignore";
  EXPECT_TRUE(finalize_mounts_and_volumes(s, debian_root(), &img).volumes.empty());
  s.image_volume_mode = "";
  EXPECT_TRUE(finalize_mounts_and_volumes(s, debian_root(), nullptr).volumes.empty());
}

TEST(FinalizeMounts, UserMountsAndVolumesSupersedeImageVolumes) {
  const host::Image img = image_with_volumes({"/vol", "/keep"});
  specgen::SpecGenerator s = validated();
  s.image_volume_mode = "tmpfs";
  s.volumes = {named("mine", "/vol")};  // deletes the image tmpfs at /vol
  s.mounts = {mount("/keep", "bind", "/srv", {})};
  const FinalizedMounts f = finalize_mounts_and_volumes(s, debian_root(), &img);
  ASSERT_EQ(f.mounts.size(), 1u);
  EXPECT_EQ(f.mounts[0], mount("/keep", "bind", "/srv", {}));
  ASSERT_EQ(f.volumes.size(), 1u);
  EXPECT_EQ(f.volumes[0].name, "mine");
  // And a user mount deletes an anonymous image volume.
  s = validated();
  s.mounts = {mount("/vol", "tmpfs", "tmpfs", {})};
  const FinalizedMounts g = finalize_mounts_and_volumes(s, debian_root(), &img);
  ASSERT_EQ(g.volumes.size(), 1u);
  EXPECT_EQ(g.volumes[0].dest, "/keep");
}

TEST(FinalizeMounts, InitBinaryIsBoundReadOnly) {
  specgen::SpecGenerator s = validated();
  s.init = true;
  // Verified (init): /run/podman-init bind from containers.conf's init_path with [bind, ro].
  auto out = finalize_mounts(s, debian_root(), nullptr);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0], mount("/run/podman-init", "bind", "/usr/libexec/podman/catatonit", {"bind", "ro"}));
  host::HostProfile h = debian_root();
  h.files["/opt/tini"] = testing::file_fact();
  s.init_path = "/opt/tini";
  EXPECT_EQ(finalize_mounts(s, h, nullptr)[0].source, "/opt/tini");
}

TEST(FinalizeMounts, InitBinaryErrors) {
  host::HostProfile h = debian_root();
  specgen::SpecGenerator s = validated();
  s.init = true;
  s.mounts = {mount("/run/podman-init/", "bind", "/x", {})};
  EXPECT_EQ(error_of([&] { finalize_mounts(s, h, nullptr); }),
            "conflict with mount added by --init to \"/run/podman-init\": duplicate mount destination");
  s.mounts.clear();
  s.systemd = "always";
  EXPECT_EQ(error_of([&] { finalize_mounts(s, h, nullptr); }), "cannot use container-init binary with systemd=always");
  s.systemd.clear();
  s.pidns.nsmode = "host";
  EXPECT_EQ(error_of([&] { finalize_mounts(s, h, nullptr); }),
            "cannot add init binary as PID 1 (PID namespace isn't private)");
  s.pidns.nsmode = "private";
  s.init_path = "/missing";
  EXPECT_EQ(error_of([&] { finalize_mounts(s, h, nullptr); }),
            "container-init binary not found on the host: stat /missing: no such file or directory");
  h.files["/locked"].error = "permission denied";  // not IsNotExist: accepted
  s.init_path = "/locked";
  EXPECT_EQ(finalize_mounts(s, h, nullptr).size(), 1u);
  h.containers_conf.init_path.clear();
  s.init_path.clear();
  EXPECT_EQ(error_of([&] { finalize_mounts(s, h, nullptr); }), "please specify a path to the container-init binary");
}

TEST(FinalizeMounts, ContainersConfVolumesFillFreeDestinations) {
  host::HostProfile h = debian_root();
  h.containers_conf.volumes = {"/host/a:/a:ro", "/host/b:/b", "confvol:/cv", "/l:/ov:O"};
  specgen::SpecGenerator s = validated();
  s.mounts = {mount("/a", "tmpfs", "tmpfs", {})};
  s.volumes = {named("mine", "/cv")};
  const FinalizedMounts f = finalize_mounts_and_volumes(s, h, nullptr);
  ASSERT_EQ(f.mounts.size(), 2u);
  EXPECT_EQ(f.mounts[0], mount("/a", "tmpfs", "tmpfs", {}));
  EXPECT_EQ(f.mounts[1], mount("/b", "bind", "/host/b", {}));
  ASSERT_EQ(f.volumes.size(), 1u);
  EXPECT_EQ(f.volumes[0].name, "mine");
  ASSERT_EQ(f.overlays.size(), 1u);
  h.containers_conf.volumes = {"/x:/y:bad"};
  EXPECT_EQ(error_of([&] { finalize_mounts(s, h, nullptr); }), "invalid option type \"bad\"");
  for (const char* bad : {"/x:rel", "v:rel", "/l:rel:O"}) {
    h.containers_conf.volumes = {bad};
    EXPECT_EQ(error_of([&] { finalize_mounts(s, h, nullptr); }),
              "invalid container path \"rel\", must be an absolute path")
        << bad;
  }
}

TEST(FinalizeMounts, VolumesFromMountsComeAfterTheRequestsAndLoseToThem) {
  host::HostProfile h = debian_root();
  host::Container c;
  c.id = "d0";
  c.name = "donor";
  c.mounts = {mount("/shared", "bind", "/srv/s", {"rw"}), mount("/mine", "bind", "/srv/m", {})};
  c.user_volumes = {"/shared", "/mine"};
  c.named_volumes = {named("dv", "/dv")};
  h.containers.push_back(c);
  specgen::SpecGenerator s = validated();
  s.volumes_from = {"donor"};
  s.mounts = {mount("/mine", "tmpfs", "tmpfs", {})};
  const FinalizedMounts f = finalize_mounts_and_volumes(s, h, nullptr);
  ASSERT_EQ(f.mounts.size(), 2u);
  EXPECT_EQ(f.mounts[0], mount("/mine", "tmpfs", "tmpfs", {}));
  EXPECT_EQ(f.mounts[1], mount("/shared", "bind", "/srv/s", {"rw"}));
  ASSERT_EQ(f.volumes.size(), 1u);
  EXPECT_EQ(f.volumes[0].name, "dv");
  // A donor's bind mount and its named volume at one destination conflict.
  h.containers[0].named_volumes = {named("dv", "/shared")};
  EXPECT_EQ(error_of([&] { finalize_mounts(s, h, nullptr); }),
            "conflict at mount destination /shared: duplicate mount destination");
}

TEST(FinalizeMounts, VolumesFromKeysAreTheDonorsUncleanedDestinations) {
  // Verified: a donor mount at "/data/" survives a user volume at "/data", and both reach the container.
  host::HostProfile h = debian_root();
  host::Container c;
  c.id = "d0";
  c.name = "donor1";
  c.mounts = {mount("/data/", "bind", "/tmp", {"ro", "rprivate", "rbind"})};
  c.user_volumes = {"/data/", "/dv/"};
  c.named_volumes = {named("dv", "/dv/")};
  h.containers.push_back(c);
  specgen::SpecGenerator s = validated();
  s.volumes_from = {"donor1"};
  s.volumes = {named("mine", "/data")};
  const FinalizedMounts f = finalize_mounts_and_volumes(s, h, nullptr);
  ASSERT_EQ(f.mounts.size(), 1u);
  EXPECT_EQ(f.mounts[0].destination, "/data/");
  ASSERT_EQ(f.volumes.size(), 2u);
  EXPECT_EQ(f.volumes[0].name, "mine");
  EXPECT_EQ(f.volumes[1].dest, "/dv");
}

}  // namespace
}  // namespace specconf::ref
