// The texts Go 1.19's runtime gives these panics, as podman's panic handler returns them.
#include "reference/goport/panics.h"

#include <gtest/gtest.h>

namespace specconf::goport::panics {
namespace {

TEST(GoPanics, RuntimeErrorTexts) {
  EXPECT_STREQ(kNilDereference, "runtime error: invalid memory address or nil pointer dereference");
  EXPECT_EQ(index_out_of_range(1, 1), "runtime error: index out of range [1] with length 1");
  EXPECT_EQ(slice_bounds_out_of_range(1, 0), "runtime error: slice bounds out of range [1:0]");
}

}  // namespace
}  // namespace specconf::goport::panics
