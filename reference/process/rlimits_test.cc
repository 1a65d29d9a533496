#include "reference/process/rlimits.h"

#include <gtest/gtest.h>

#include <tuple>

#include "reference/process/test_hosts.h"

namespace specconf::ref {
namespace {

using Rlimits = std::vector<oci::POSIXRlimit>;
using Limit = std::tuple<std::string, std::uint64_t, std::uint64_t>;  // type, hard, soft
using Limits = std::vector<Limit>;

Limits run(const std::optional<Rlimits>& user, const host::HostProfile& h) {
  specgen::SpecGenerator s;
  s.rlimits = user;
  Generator g;
  add_rlimits(s, g, h);
  Limits out;
  for (const oci::POSIXRlimit& r : g.process().rlimits) out.emplace_back(r.type, r.hard, r.soft);
  return out;
}

TEST(AddRlimits, NilRlimitsClearsTheDefault) {
  EXPECT_TRUE(run(std::nullopt, testing::debian_root_v1()).empty());
  EXPECT_TRUE(run(std::nullopt, testing::debian_rootless_v1()).empty());
}

TEST(AddRlimits, EmptyListStillGetsNofileAndNproc) {
  EXPECT_EQ(run(Rlimits{}, testing::debian_root_v1()),
            (Limits{{"RLIMIT_NOFILE", 1048576, 1048576}, {"RLIMIT_NPROC", 1048576, 1048576}}));
}

TEST(AddRlimits, UserEntryAppendedBetweenNofileAndNproc) {
  // out_misc: r_limits core hard 10 soft 5, root.
  EXPECT_EQ(run(Rlimits{{"core", 10, 5}}, testing::debian_root_v1()),
            (Limits{{"RLIMIT_NOFILE", 1048576, 1048576}, {"RLIMIT_CORE", 10, 5}, {"RLIMIT_NPROC", 1048576, 1048576}}));
}

TEST(AddRlimits, DefaultUlimitNprocKeepsItsValue) {
  // What Validate leaves for root from default_ulimits nproc=32768:32768 (out_img, t1, ...).
  EXPECT_EQ(run(Rlimits{{"nproc", 32768, 32768}}, testing::debian_root_v1()),
            (Limits{{"RLIMIT_NOFILE", 1048576, 1048576}, {"RLIMIT_NPROC", 32768, 32768}}));
}

TEST(AddRlimits, UserNofileReplacesInPlaceAndSuppressesDefault) {
  EXPECT_EQ(run(Rlimits{{"NoFile", 7, 3}}, testing::debian_root_v1()),
            (Limits{{"RLIMIT_NOFILE", 7, 3}, {"RLIMIT_NPROC", 1048576, 1048576}}));
}

TEST(AddRlimits, PrefixedTypeIsDoubled) {
  EXPECT_EQ(run(Rlimits{{"RLIMIT_NOFILE", 1, 1}}, testing::debian_root_v1()),
            (Limits{{"RLIMIT_NOFILE", 1048576, 1048576}, {"RLIMIT_RLIMIT_NOFILE", 1, 1}, {"RLIMIT_NPROC", 1048576, 1048576}}));
}

TEST(AddRlimits, TypeUppercasedWithGoUnicodeRules) {
  // strings.ToUpper maps dotless i to I, so this counts as NOFILE.
  EXPECT_EQ(run(Rlimits{{"nof\xC4\xB1le", 9, 9}}, testing::debian_root_v1()),
            (Limits{{"RLIMIT_NOFILE", 9, 9}, {"RLIMIT_NPROC", 1048576, 1048576}}));
}

TEST(AddRlimits, DuplicateUserTypesLastWinsInPlace) {
  EXPECT_EQ(run(Rlimits{{"core", 1, 1}, {"nproc", 2, 2}, {"core", 3, 3}}, testing::debian_root_v1()),
            (Limits{{"RLIMIT_NOFILE", 1048576, 1048576}, {"RLIMIT_CORE", 3, 3}, {"RLIMIT_NPROC", 2, 2}}));
}

TEST(AddRlimits, RootlessCapsDefaultsAtTheServicesOwnLimits) {
  // nofile 20000/20000, nproc soft 32768 hard 62000.
  EXPECT_EQ(run(Rlimits{}, testing::debian_rootless_v1()),
            (Limits{{"RLIMIT_NOFILE", 20000, 20000}, {"RLIMIT_NPROC", 62000, 32768}}));
  host::HostProfile h = testing::debian_rootless_v1();
  h.limits.nofile = {~std::uint64_t{0}, ~std::uint64_t{0}};  // RLIM_INFINITY
  EXPECT_EQ(run(Rlimits{{"nproc", 5, 5}}, h), (Limits{{"RLIMIT_NOFILE", 1048576, 1048576}, {"RLIMIT_NPROC", 5, 5}}));
}

}  // namespace
}  // namespace specconf::ref
