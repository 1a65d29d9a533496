#include "tools/engines/mutant_engine.h"

#include <gtest/gtest.h>

#include "golden/builtin_hosts.h"
#include "reference/model/host_profile_json.h"

namespace specconf::engine {
namespace {

host::HostProfile root_v1() {
  host::HostProfile h;
  EXPECT_EQ(host::from_go_json(golden::builtin_host_profiles().at("root-cgroupv1"), h), "");
  return h;
}

TEST(MutantEngine, MakeEngineNamesTheMutant) {
  EXPECT_EQ(make_engine("mutant:privileged-sysfs-ro")->name(), "mutant:privileged-sysfs-ro");
}

TEST(MutantEngine, UnknownMutantIsAOneLineError) {
  try {
    make_engine("mutant:no-such-mutant");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_EQ(std::string(e.what()), "unknown mutant \"no-such-mutant\" (`specconf list mutants` lists them)");
  }
}

TEST(MutantEngine, DiffersFromTheReferenceWhereTheBugShows) {
  const host::HostProfile h = root_v1();
  const std::string body = R"({"rootfs":"/srv/specconf/rootfs","command":["/bin/true"],"privileged":true})";
  const Result mutant = make_engine("mutant:privileged-sysfs-ro")->run({&h, body});
  const Result reference = make_engine("reference")->run({&h, body});
  ASSERT_EQ(mutant.kind, Result::Kind::kSpec);
  ASSERT_EQ(reference.kind, Result::Kind::kSpec);
  EXPECT_NE(mutant.spec_json, reference.spec_json);
}

TEST(MutantEngine, RejectsWhatTheReferenceRejects) {
  const host::HostProfile h = root_v1();
  const Result r = make_engine("mutant:privileged-sysfs-ro")->run({&h, "{}"});
  EXPECT_EQ(r.kind, Result::Kind::kError);
  EXPECT_EQ(r.error, make_engine("reference")->run({&h, "{}"}).error);
}

}  // namespace
}  // namespace specconf::engine
