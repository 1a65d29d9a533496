#include "reference/namespaces/id_mappings.h"

#include <gtest/gtest.h>

#include "reference/namespaces/testing/error_of.h"
#include "reference/namespaces/testing/fixtures.h"

namespace specconf::ref::idmap {
namespace {

using testing::error_of;
using testing::idm;

using Maps = std::vector<specgen::IDMap>;

void expect_maps(const std::optional<Maps>& got, const Maps& want) {
  ASSERT_TRUE(got.has_value());
  ASSERT_EQ(got->size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ((*got)[i].container_id, want[i].container_id) << i;
    EXPECT_EQ((*got)[i].host_id, want[i].host_id) << i;
    EXPECT_EQ((*got)[i].size, want[i].size) << i;
  }
}

TEST(GetKeepIdOptions, ParsesUidAndGid) {
  EXPECT_FALSE(get_keep_id_options("keep-id").uid);
  const KeepIDOptions o = get_keep_id_options("keep-id:uid=5,gid=6");
  EXPECT_EQ(o.uid, 5u);
  EXPECT_EQ(o.gid, 6u);
  EXPECT_EQ(get_keep_id_options("keep-id:gid=7").gid, 7u);
}

TEST(GetKeepIdOptions, FailsWithPodmanTexts) {
  const struct { const char* mode; const char* error; } cases[] = {
      {"auto", "wrong user namespace mode"},
      {"keep-id:", "invalid option specified: \"\""},
      {"keep-id:uid", "invalid option specified: \"uid\""},
      {"keep-id:size=1", "unknown option specified: \"size\""},
      {"keep-id:uid=x", "strconv.ParseUint: parsing \"x\": invalid syntax"},
      {"keep-id:gid=4294967296", "strconv.ParseUint: parsing \"4294967296\": value out of range"},
  };
  for (const auto& c : cases) EXPECT_EQ(error_of([&] { get_keep_id_options(c.mode); }), c.error) << c.mode;
}

TEST(GetConfiguredMappings, SortsRangesAndCountsContainerIds) {
  host::HostProfile h = testing::rootless_v1();
  h.identity.subuid = {{500000, 10}, {300000, 5}};
  Maps uids, gids;
  get_configured_mappings(h, uids, gids);
  expect_maps(uids, {idm(0, 300000, 5), idm(5, 500000, 10)});
  expect_maps(gids, {idm(0, 165536, 65536)});
}

TEST(GetConfiguredMappings, EitherFileMissingGivesNoMappings) {
  host::HostProfile h = testing::rootless_v1();
  h.identity.subgid.clear();
  Maps uids, gids;
  get_configured_mappings(h, uids, gids);
  EXPECT_TRUE(uids.empty());
  EXPECT_TRUE(gids.empty());
}

TEST(GetKeepIdMapping, MapsTheUserToItselfAroundTheSubids) {
  // Verified on 4.3.1: uid 1004 gives [0→1 size 1004, 1004→0 size 1, 1005→1005 size 64532].
  for (const char* engine : {host::kEnginePodman431, host::kEngineSeed}) {
    const UserMapping m = get_keep_id_mapping(testing::rootless_v1(engine), {});
    EXPECT_FALSE(m.mappings.host_uid_mapping);
    EXPECT_FALSE(m.mappings.host_gid_mapping);
    expect_maps(m.mappings.uid_map, {idm(0, 1, 1004), idm(1004, 0, 1), idm(1005, 1005, 64532)});
    expect_maps(m.mappings.gid_map, {idm(0, 1, 1004), idm(1004, 0, 1), idm(1005, 1005, 64532)});
    EXPECT_EQ(m.uid, 1004);
    EXPECT_EQ(m.gid, 1004);
  }
}

TEST(GetKeepIdMapping, UidAndGidOptionsMoveTheUser) {
  KeepIDOptions o;
  o.uid = 0;
  o.gid = 70000;
  const UserMapping m = get_keep_id_mapping(testing::rootless_v1(), o);
  expect_maps(m.mappings.uid_map, {idm(0, 1, 0), idm(0, 0, 1), idm(1, 1, 65536)});  // size maxUID - uid
  // A gid beyond the subgid total gets no upper range.
  expect_maps(m.mappings.gid_map, {idm(0, 1, 65536), idm(70000, 0, 1)});
  EXPECT_EQ(m.uid, 0);
  EXPECT_EQ(m.gid, 70000);
}

TEST(GetKeepIdMapping, WithoutSubidsSeedDropsTheLowRangeAnd431Fails) {
  host::HostProfile h = testing::rootless_v1(host::kEngineSeed);
  h.identity.subuid.clear();
  const UserMapping m = get_keep_id_mapping(h, {});
  expect_maps(m.mappings.uid_map, {idm(1004, 0, 1)});
  expect_maps(m.mappings.gid_map, {idm(1004, 0, 1)});

  h.engine = host::kEnginePodman431;
  EXPECT_EQ(error_of([&] { get_keep_id_mapping(h, {}); }),
            "keep-id requires additional UIDs or GIDs defined in /etc/subuid and /etc/subgid to function "
            "correctly: %!w(<nil>)");
}

TEST(GetKeepIdMapping, RootIsRefused) {
  EXPECT_EQ(error_of([&] { get_keep_id_mapping(testing::root_v1(), {}); }),
            "keep-id is only supported in rootless mode");
}

TEST(GetNoMapMapping, MapsEveryRangeAboveTheUser) {
  host::HostProfile h = testing::rootless_v1();
  h.identity.subuid = {{296608, 65536}, {100, 10}};
  const UserMapping m = get_no_map_mapping(h);
  expect_maps(m.mappings.uid_map, {idm(0, 1, 10), idm(10, 11, 65536)});
  expect_maps(m.mappings.gid_map, {idm(0, 1, 65536)});
  EXPECT_EQ(m.uid, 0);
  EXPECT_EQ(m.gid, 0);
  EXPECT_FALSE(m.mappings.host_uid_mapping);
}

TEST(GetNoMapMapping, NeedsRootlessAndSubids) {
  EXPECT_EQ(error_of([&] { get_no_map_mapping(testing::root_v1()); }), "nomap is only supported in rootless mode");
  for (const char* engine : {host::kEnginePodman431, host::kEngineSeed}) {
    host::HostProfile h = testing::rootless_v1(engine);
    h.identity.subgid.clear();
    EXPECT_EQ(error_of([&] { get_no_map_mapping(h); }),
              "nomap requires additional UIDs or GIDs defined in /etc/subuid and /etc/subgid to function "
              "correctly: %!w(<nil>)");
  }
}

TEST(ParseIdMapping, ModesGiveHostAutoOrUnmappedOptions) {
  const struct { const char* mode; bool host; bool autons; } cases[] = {
      {"host", true, false},    {"private", true, false}, {"pod", true, false},
      {"container", true, false}, {"keep-id", false, false}, {"nomap", false, false},
      {"no-map", true, false},  // UsernsMode.IsNoMap compares with "nomap"
      {"auto", false, true},
  };
  for (const auto& c : cases) {
    const specgen::IDMappingOptions o = parse_id_mapping(c.mode);
    EXPECT_EQ(o.host_uid_mapping, c.host) << c.mode;
    EXPECT_EQ(o.host_gid_mapping, c.host) << c.mode;
    EXPECT_EQ(o.auto_userns, c.autons) << c.mode;
    EXPECT_FALSE(o.uid_map) << c.mode;
    EXPECT_FALSE(o.gid_map) << c.mode;
  }
}

}  // namespace
}  // namespace specconf::ref::idmap
