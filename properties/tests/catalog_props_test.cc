// One RapidCheck property per invariant of the catalog, generated from the catalog table: the reference
// satisfies the invariant on generated inputs (podman's own known violations aside). Each invariant is its
// own test case, CatalogProperty.HoldsOnGeneratedInputs/<ID with '_' for '-'>, so
//   bazel test //properties/tests:catalog_props_test --test_filter='*SYS_002*'
// runs one, and RC_PARAMS="reproduce=..." replays a failure by that name.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <rapidcheck.h>

#include "properties/catalog/catalog.h"
#include "properties/generators/case_gen.h"
#include "properties/tests/judge.h"
#include "properties/tests/rc_gtest.h"
#include "properties/tests/report.h"

namespace specconf::props::test {
namespace {

std::vector<std::string> catalog_ids() {
  std::vector<std::string> ids;
  for (const auto& inv : catalog()) ids.push_back(inv.id);
  return ids;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (auto& c : name) {
    if (c == '-') c = '_';
  }
  return name;
}

class CatalogProperty : public ::testing::TestWithParam<std::string> {};

TEST_P(CatalogProperty, HoldsOnGeneratedInputs) {
  const Invariant* inv = find_invariant(GetParam());
  ASSERT_NE(inv, nullptr);
  check_gtest_property([inv] {
    const gen::Case c = *gen::gen_case();
    const EngineRun run = run_reference(c);
    if (auto message = unexpected_violation(*inv, run)) {
      const std::string what = std::string(inv->id) + " (" + inv->statement + ")";
      RC_FAIL(report({what, *message, ""}, run, inv->id));
    }
  });
}

INSTANTIATE_TEST_SUITE_P(Catalog, CatalogProperty, ::testing::ValuesIn(catalog_ids()), test_name);

TEST(CatalogProperties, TheCatalogHasAtLeastFortyInvariants) { EXPECT_GE(catalog().size(), 40u); }

}  // namespace
}  // namespace specconf::props::test
