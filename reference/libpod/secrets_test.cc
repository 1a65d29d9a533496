#include "reference/libpod/secrets.h"

#include <gtest/gtest.h>

#include "reference/libpod/testing/fixtures.h"

namespace specconf::ref::libpod {
namespace {

TEST(LookupSecret, NameThenIdThenUniqueShortPrefix) {
  host::HostProfile h;
  h.secrets = {{"aaaa111111111111111111111", "one"},
               {"aaab222222222222222222222", "two"}};
  EXPECT_EQ(lookup_secret(h, "two").name, "two");
  EXPECT_EQ(lookup_secret(h, "aaab").name, "two");
  EXPECT_EQ(testing::error_of([&](ContainerConfig&) { lookup_secret(h, "aaa"); }),
            "more than one result secret with prefix aaa: secret is ambiguous");
  EXPECT_EQ(testing::error_of([&](ContainerConfig&) { lookup_secret(h, std::string(26, 'a')); }),
            "no secret with name or id \"" + std::string(26, 'a') + "\": no such secret");
}

}  // namespace
}  // namespace specconf::ref::libpod
