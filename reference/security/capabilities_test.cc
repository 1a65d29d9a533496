#include "reference/security/capabilities.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "reference/core/error.h"
#include "reference/security/testdata/testdata.h"

namespace specconf::ref::caps {
namespace {

using Caps = std::vector<std::string>;
using testdata::error_of;

TEST(CapsList, CutAtCapLastCapInNumberOrder) {
  host::HostProfile h;
  h.capabilities.last_cap = 40;
  EXPECT_EQ(caps_list(h).size(), 41u);
  EXPECT_EQ(caps_list(h).front(), "CAP_CHOWN");
  EXPECT_EQ(caps_list(h).back(), "CAP_CHECKPOINT_RESTORE");
  h.capabilities.last_cap = 37;
  EXPECT_EQ(caps_list(h).back(), "CAP_AUDIT_READ");
}

TEST(CapsList, UnreadableCapLastCapStopsAtBlockSuspend) {
  host::HostProfile h;
  h.capabilities.last_cap = 63;  // gocapability's value when /proc/sys/kernel/cap_last_cap is unreadable
  EXPECT_EQ(caps_list(h).size(), 37u);
  EXPECT_EQ(caps_list(h).back(), "CAP_BLOCK_SUSPEND");
}

TEST(CapsList, NewerKernelsStillStopAtTheLastKnownCap) {
  host::HostProfile h;
  h.capabilities.last_cap = 50;
  EXPECT_EQ(caps_list(h).size(), 41u);
}

TEST(AllCapabilities, SortedNames) {
  host::HostProfile h;
  const Caps all = all_capabilities(h);
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
  EXPECT_EQ(all.front(), "CAP_AUDIT_CONTROL");
}

TEST(BoundingSet, ServerBoundingLimitedToKnownCapsAndSorted) {
  host::HostProfile h;
  h.capabilities.last_cap = 36;
  h.capabilities.bounding = {"CAP_SETUID", "CAP_BPF", "CAP_CHOWN", "CAP_NOT_A_CAP"};
  EXPECT_EQ(bounding_set(h), (Caps{"CAP_CHOWN", "CAP_SETUID"}));  // CAP_BPF is 39 > 36
}

TEST(NormalizeCapabilities, UppercasesPrefixesAndSorts) {
  host::HostProfile h;
  EXPECT_EQ(normalize_capabilities({"setuid", "Cap_Chown", "all", "NET_ADMIN"}, h),
            (Caps{"ALL", "CAP_CHOWN", "CAP_NET_ADMIN", "CAP_SETUID"}));
  EXPECT_EQ(normalize_capabilities({}, h), Caps{});
}

TEST(NormalizeCapabilities, UnknownNameIsAnErrorWithTheNormalizedName) {
  host::HostProfile h;
  EXPECT_EQ(error_of([&] { normalize_capabilities({"chown", "foo"}, h); }), "\"CAP_FOO\": unknown capability");
  EXPECT_EQ(error_of([&] { normalize_capabilities({""}, h); }), "\"CAP_\": unknown capability");
  EXPECT_EQ(error_of([&] { normalize_capabilities({"\xC3\xA9\n"}, h); }), "\"CAP_\xC3\x89\\n\": unknown capability");
  h.capabilities.last_cap = 36;
  EXPECT_EQ(error_of([&] { normalize_capabilities({"bpf"}, h); }), "\"CAP_BPF\": unknown capability");
}

TEST(MergeCapabilities, NoAddsOrDropsReturnsNormalizedBase) {
  host::HostProfile h;
  EXPECT_EQ(merge_capabilities({"kill", "chown"}, {}, {}, h), (Caps{"CAP_CHOWN", "CAP_KILL"}));
  EXPECT_EQ(error_of([&] { merge_capabilities({"bogus"}, {}, {}, h); }), "\"CAP_BOGUS\": unknown capability");
}

TEST(MergeCapabilities, AddsAndDropsAreApplied) {
  host::HostProfile h;
  EXPECT_EQ(merge_capabilities({"CHOWN", "KILL", "SETUID"}, {"net_admin", "chown"}, {"CAP_KILL"}, h),
            (Caps{"CAP_CHOWN", "CAP_NET_ADMIN", "CAP_SETUID"}));
}

TEST(MergeCapabilities, DropsAreCheckedBeforeAdds) {
  host::HostProfile h;
  EXPECT_EQ(error_of([&] { merge_capabilities({}, {"bad1"}, {"bad2"}, h); }), "\"CAP_BAD2\": unknown capability");
}

TEST(MergeCapabilities, DropAllReturnsTheAdds) {
  host::HostProfile h;
  EXPECT_EQ(merge_capabilities({"CHOWN"}, {"setuid", "kill"}, {"all"}, h), (Caps{"CAP_KILL", "CAP_SETUID"}));
}

TEST(MergeCapabilities, AddAllAndDropAllIsAnError) {
  host::HostProfile h;
  EXPECT_EQ(error_of([&] { merge_capabilities({}, {"ALL"}, {"all"}, h); }),
            "adding all caps and removing all caps not allowed");
}

TEST(MergeCapabilities, AddAllStartsFromTheBoundingSet) {
  host::HostProfile h;
  h.capabilities.bounding = {"CAP_SETUID", "CAP_CHOWN", "CAP_KILL"};
  EXPECT_EQ(merge_capabilities({"NET_ADMIN"}, {"all", "SYS_ADMIN"}, {"kill"}, h), (Caps{"CAP_CHOWN", "CAP_SETUID"}));
}

TEST(MergeCapabilities, SameCapAddedAndDroppedIsAnError) {
  host::HostProfile h;
  EXPECT_EQ(error_of([&] {
              merge_capabilities({}, {"kill", "chown"}, {"CAP_CHOWN"}, h);
            }),
            "capability \"CAP_CHOWN\" cannot be dropped and added");
}

TEST(MergeCapabilities, DuplicateAddsAreKept) {
  host::HostProfile h;
  EXPECT_EQ(merge_capabilities({}, {"net_admin", "NET_ADMIN"}, {}, h), (Caps{"CAP_NET_ADMIN", "CAP_NET_ADMIN"}));
  EXPECT_EQ(merge_capabilities({"CHOWN"}, {"chown"}, {}, h), (Caps{"CAP_CHOWN"}));  // already in base
}

}  // namespace
}  // namespace specconf::ref::caps
