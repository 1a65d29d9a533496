#include "tools/capture/case_capture.h"

#include <gtest/gtest.h>

namespace specconf::capture {
namespace {

const char* kSpecA =
    R"({"ociVersion":"1.0.2-dev","process":{"user":{"uid":0,"gid":0},"args":["/bin/true"],"env":["A=1","B=2"],"cwd":"/"},"root":{"path":"rootfs"},"mounts":[{"destination":"/b","type":"tmpfs","source":"tmpfs"},{"destination":"/a","type":"tmpfs","source":"tmpfs"},{"destination":"/proc","type":"proc","source":"proc"}],"linux":{}})";
// The same spec as podman may store it another time: env and the leading user mounts in another order.
const char* kSpecB =
    R"({"ociVersion":"1.0.2-dev","process":{"user":{"uid":0,"gid":0},"args":["/bin/true"],"env":["B=2","A=1"],"cwd":"/"},"root":{"path":"rootfs"},"mounts":[{"destination":"/a","type":"tmpfs","source":"tmpfs"},{"destination":"/b","type":"tmpfs","source":"tmpfs"},{"destination":"/proc","type":"proc","source":"proc"}],"linux":{}})";

Capture spec_capture(const char* spec) {
  Capture c;
  c.status = 201;
  c.spec = spec;
  return c;
}

Capture error_capture(const std::string& message) {
  Capture c;
  c.status = 500;
  c.error = golden::PodmanErrorBody{message, message, 500};
  return c;
}

TEST(Disagreement, IgnoresPodmansMapOrder) {
  EXPECT_EQ(disagreement(spec_capture(kSpecA), spec_capture(kSpecB)), "");
}

TEST(Disagreement, ReportsRealDifferences) {
  std::string other = kSpecB;
  other.replace(other.find("\"B=2\""), 5, "\"B=3\"");
  EXPECT_EQ(disagreement(spec_capture(kSpecA), spec_capture(other.c_str())),
            "1 difference(s): .process.env: missing \"B=2\"; unexpected \"B=3\"");
  EXPECT_EQ(disagreement(spec_capture(kSpecA), error_capture("x")), "status 201 then 500");
  EXPECT_EQ(disagreement(error_capture("x"), error_capture("y")), "message \"x\" then \"y\"");
  Capture warned = spec_capture(kSpecA);
  warned.warnings = {"w"};
  EXPECT_EQ(disagreement(spec_capture(kSpecA), warned), "warnings differ");
}

TEST(MakeRecord, KeepsPodmansBytesThroughTheModel) {
  golden::Record r;
  const RecordMeta meta{"c", "root-cgroupv1", "4.3.1+ds1-8+deb12u1+b3", "2024-01-01", "abc"};
  ASSERT_EQ(make_record(meta, spec_capture(kSpecA), r), "");
  ASSERT_TRUE(r.spec.has_value());
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(r.case_name, "c");
  ASSERT_EQ(make_record(meta, error_capture("no"), r), "");
  EXPECT_EQ(r.error->message, "no");
  EXPECT_FALSE(r.spec.has_value());
}

TEST(MakeRecord, RefusesASpecTheModelWouldChange) {
  golden::Record r;
  const RecordMeta meta{"c", "p", "v", "d", "s"};
  // Not in Go's field order: the model would write it back differently, so it is no golden.
  const char* reordered = R"({"process":{"user":{"uid":0,"gid":0},"cwd":"/"},"ociVersion":"1.0.2-dev"})";
  const std::string err = make_record(meta, spec_capture(reordered), r);
  EXPECT_EQ(err.rfind("the model does not give back podman's bytes at byte 2", 0), 0u) << err;
}

}  // namespace
}  // namespace specconf::capture
