// RC_GTEST_PROP for properties defined at run time (one per catalog row): runs a RapidCheck property as
// the current gtest case, with at least `min_cases` successful cases whatever RC_PARAMS says (RC_PARAMS
// may ask for more, set the seed or reproduce a failure by this test's name).
#pragma once

#include <algorithm>
#include <iostream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <rapidcheck.h>

namespace specconf::props::test {

// `bazel test` runs each property on at least this many generated cases.
inline constexpr int kMinCases = 200;

// Returns RapidCheck's distribution of the cases' tags (RC_TAG, RC_CLASSIFY); prints it when `print`.
template <class Property>
rc::detail::Distribution check_gtest_property(Property&& property, int min_cases = kMinCases, bool print = true) {
  using namespace rc::detail;
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  TestMetadata metadata;
  metadata.id = std::string(info->test_suite_name()) + "/" + info->name();
  metadata.description = info->name();
  TestParams params = configuration().testParams;
  params.maxSuccess = std::max(params.maxSuccess, min_cases);
  const TestResult result = checkProperty(toProperty(std::forward<Property>(property)), metadata, params);
  if (result.template is<SuccessResult>()) {
    const auto success = result.template get<SuccessResult>();
    if (print && !success.distribution.empty()) {
      printResultMessage(result, std::cout);
      std::cout << std::endl;
    }
    return success.distribution;
  }
  std::ostringstream ss;
  printResultMessage(result, ss);
  ADD_FAILURE() << ss.str();
  return {};
}

}  // namespace specconf::props::test
