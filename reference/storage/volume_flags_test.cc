#include "reference/storage/volume_flags.h"

#include <gtest/gtest.h>

#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

using testing::debian_root;
using testing::error_of;

template <class V>
std::vector<V> values(const InsertionOrderedMap<V>& m) {
  std::vector<V> out;
  m.for_each([&](const std::string&, const V& v) { out.push_back(v); });
  return out;
}

TEST(GenVolumeMounts, SortsEntriesIntoBindsNamedVolumesAndOverlays) {
  host::HostProfile h = debian_root();
  h.cwd = "/srv";
  h.files["/srv/data"] = testing::dir_fact();
  const VolumeFlags v = gen_volume_mounts(
      {"/host:/ctr:ro,z", "./data:/d", "named:/n:rw", "/anon-dest", "/lower:/o:O", ".hidden:/h"}, h);
  const auto mounts = values(v.mounts);
  ASSERT_EQ(mounts.size(), 3u);
  EXPECT_EQ(mounts[0], testing::mount("/ctr", "bind", "/host", {"ro", "z"}));
  EXPECT_EQ(mounts[1], testing::mount("/d", "bind", "/srv/data", {}));
  EXPECT_EQ(mounts[2], testing::mount("/h", "bind", ".hidden", {}));  // made absolute later, by finalizeMounts
  const auto volumes = values(v.volumes);
  ASSERT_EQ(volumes.size(), 2u);
  EXPECT_EQ(volumes[0].name, "named");
  EXPECT_EQ(volumes[0].dest, "/n");
  EXPECT_EQ(volumes[0].options, (std::vector<std::string>{"rw"}));
  EXPECT_EQ(volumes[1].name, "");
  EXPECT_EQ(volumes[1].dest, "/anon-dest");
  EXPECT_FALSE(volumes[1].options.has_value());
  const auto overlays = values(v.overlays);
  ASSERT_EQ(overlays.size(), 1u);
  EXPECT_EQ(overlays[0].source, "/lower");
  EXPECT_EQ(overlays[0].options, (std::vector<std::string>{"O"}));
}

TEST(GenVolumeMounts, IdenticalRepeatsAreSkippedAndConflictsRejected) {
  const host::HostProfile h = debian_root();
  EXPECT_EQ(values(gen_volume_mounts({"/a:/x", "/a:/x"}, h).mounts).size(), 1u);
  EXPECT_EQ(values(gen_volume_mounts({"v:/x", "v:/x:ro"}, h).volumes).size(), 1u);
  EXPECT_EQ(values(gen_volume_mounts({"/l:/o:O", "/l:/o:O"}, h).overlays).size(), 1u);
  EXPECT_EQ(error_of([&] { gen_volume_mounts({"/a:/x", "/b:/x"}, h); }), "/x: duplicate mount destination");
  EXPECT_EQ(error_of([&] { gen_volume_mounts({"/a:/x", "/a:/x:ro"}, h); }), "/x: duplicate mount destination");
  EXPECT_EQ(error_of([&] { gen_volume_mounts({"v:/x", "w:/x"}, h); }), "/x: duplicate mount destination");
  EXPECT_EQ(error_of([&] { gen_volume_mounts({"/l:/o:O", "/m:/o:O"}, h); }), "/o: duplicate mount destination");
}

TEST(GenVolumeMounts, FormatErrors) {
  const host::HostProfile h = debian_root();
  EXPECT_EQ(error_of([&] { gen_volume_mounts({"a:b:c:d"}, h); }),
            "a:b:c:d: incorrect volume format, should be [host-dir:]ctr-dir[:option]");
  EXPECT_EQ(error_of([&] { gen_volume_mounts({":/x"}, h); }), "host directory cannot be empty");
  EXPECT_EQ(error_of([&] { gen_volume_mounts({"/a:/x:bogus"}, h); }), "invalid option type \"bogus\"");
  EXPECT_EQ(error_of([&] { gen_volume_mounts({"./missing/x:/x"}, h); }),
            "lstat missing: no such file or directory");  // verified against podman 4.3.1
}

TEST(GenVolumeMounts, OverlayOptionRules) {
  const host::HostProfile h = debian_root();
  EXPECT_EQ(error_of([&] { gen_volume_mounts({"/l:/o:O,upperdir=/u"}, h); }), "must set both `upperdir` and `workdir`");
  EXPECT_EQ(error_of([&] { gen_volume_mounts({"/l:/o:O,ro"}, h); }), "can't use 'O' with other options");
  EXPECT_EQ(error_of([&] { gen_volume_mounts({"/l:/o:O,ro,nodev"}, h); }), "can't use 'O' with other options");
  EXPECT_EQ(values(gen_volume_mounts({"/l:/o:O,U"}, h).overlays).size(), 1u);
  EXPECT_EQ(values(gen_volume_mounts({"/l:/o:O,upperdir=/u,workdir=/w"}, h).overlays).size(), 1u);
  // A named volume never becomes an overlay, whatever its options.
  EXPECT_EQ(values(gen_volume_mounts({"v:/o:O"}, h).volumes).size(), 1u);
}

}  // namespace
}  // namespace specconf::ref
