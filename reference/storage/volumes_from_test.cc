#include "reference/storage/volumes_from.h"

#include <gtest/gtest.h>

#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

using testing::error_of;
using testing::mount;

host::HostProfile with_donor() {
  host::HostProfile h = testing::debian_root();
  host::Container c;
  c.id = "aaaa1111";
  c.name = "donor";
  c.mounts = {mount("/proc", "proc", "proc", {}), mount("/data/", "bind", "/srv/d", {"rw", "rprivate", "rbind"}),
              mount("/tmpfs", "tmpfs", "tmpfs", {}), mount("/not-user", "bind", "/srv/n", {})};
  c.user_volumes = {"/data/", "/tmpfs", "/vol"};
  specgen::NamedVolume nv;
  nv.name = "myvol";
  nv.dest = "/vol/";
  nv.options = std::vector<std::string>{"rw", "rprivate", "nosuid", "nodev", "rbind"};
  c.named_volumes = {nv};
  h.containers.push_back(c);
  host::Container other;
  other.id = "aaaa2222";
  other.name = "other";
  h.containers.push_back(other);
  host::Pod p;
  p.id = "pod1";
  p.name = "mypod";
  h.pods.push_back(p);
  return h;
}

TEST(GetVolumesFrom, CopiesTheDonorsUserBindMountsAndNamedVolumes) {
  const VolumesFrom vf = get_volumes_from({"donor"}, with_donor());
  ASSERT_EQ(vf.mounts.size(), 1u);
  const oci::Mount* m = vf.mounts.find("/data/");  // keyed by the donor's destination as written
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(*m, mount("/data/", "bind", "/srv/d", {"rw", "rprivate", "rbind"}));
  const specgen::NamedVolume* v = vf.volumes.find("/vol/");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->dest, "/vol");
  EXPECT_EQ(v->name, "myvol");
  EXPECT_EQ(v->options->size(), 5u);
}

TEST(GetVolumesFrom, AnOptionSuffixReplacesTheOptions) {
  const VolumesFrom vf = get_volumes_from({"aaaa1:ro,z"}, with_donor());
  EXPECT_EQ(vf.mounts.find("/data/")->options, (std::vector<std::string>{"ro", "z"}));
  EXPECT_EQ(*vf.volumes.find("/vol/")->options, (std::vector<std::string>{"ro", "z"}));
}

TEST(GetVolumesFrom, OptionErrors) {
  const host::HostProfile h = with_donor();
  EXPECT_EQ(error_of([&] { get_volumes_from({"donor:z,z"}, h); }), "cannot set :z more than once in mount options");
  EXPECT_EQ(error_of([&] { get_volumes_from({"donor:ro,rw"}, h); }), "cannot set ro or rw options more than once");
  EXPECT_EQ(error_of([&] { get_volumes_from({"donor:"}, h); }),
            "invalid option \"\" specified - volumes from another container can only use z,ro,rw options");
}

TEST(GetVolumesFrom, LookupErrors) {
  const host::HostProfile h = with_donor();
  EXPECT_EQ(error_of([&] { get_volumes_from({"nope"}, h); }),
            "looking up container \"nope\" for volumes-from: no container with name or ID \"nope\" found: no such container");
  EXPECT_EQ(error_of([&] { get_volumes_from({"aaaa"}, h); }),
            "looking up container \"aaaa\" for volumes-from: more than one result for container ID aaaa: container "
            "already exists");
  EXPECT_EQ(error_of([&] { get_volumes_from({"mypod"}, h); }),
            "looking up container \"mypod\" for volumes-from: \"mypod\" is a pod, not a container: no such container");
  EXPECT_EQ(error_of([&] { get_volumes_from({":ro"}, h); }),
            "looking up container \"\" for volumes-from: name or ID cannot be empty");
}

TEST(GetVolumesFrom, ADonorNamedVolumeNeedsAnAbsoluteDestination) {
  host::HostProfile h = with_donor();
  h.containers[0].named_volumes[0].dest = "rel";
  EXPECT_EQ(error_of([&] { get_volumes_from({"donor"}, h); }), "invalid container path \"rel\", must be an absolute path");
}

}  // namespace
}  // namespace specconf::ref
