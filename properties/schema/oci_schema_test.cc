// The embedded OCI schema accepts what the runtime-spec allows and rejects what it forbids, including
// through $refs into the other schema files (which exercises the completion of rapidjson's short names).
#include "properties/schema/oci_schema.h"

#include <gtest/gtest.h>

#include <string>

namespace specconf::schema {
namespace {

// The smallest spec podman could store, with a device and a mount to hang violations on.
std::string spec_with(const std::string& linux_extra, const std::string& process_extra = "",
                      const std::string& top_extra = "") {
  return R"({"ociVersion":"1.0.2-dev","process":{"user":{"uid":0,"gid":0},"args":["/bin/true"],"cwd":"/")" +
         process_extra + R"(},"root":{"path":"rootfs"},"mounts":[{"destination":"/proc","type":"proc","source":"proc"}],)" +
         top_extra + R"("linux":{"namespaces":[{"type":"pid"},{"type":"mount"}])" + linux_extra + "}}";
}

TEST(OciSchema, EmbedsEveryFileConfigSchemaRefersTo) {
  const auto& files = oci_schema_files();
  for (const char* name : {"config-schema", "config-linux", "defs", "defs-linux"}) {
    EXPECT_TRUE(files.count(name)) << name;
  }
}

TEST(OciSchema, AcceptsAMinimalSpec) { EXPECT_EQ(validate_spec_json(spec_with("")), std::nullopt); }

TEST(OciSchema, AcceptsADeviceWithPermissionBitsOnly) {
  EXPECT_EQ(validate_spec_json(spec_with(
                R"(,"devices":[{"path":"/dev/null","type":"c","major":1,"minor":3,"fileMode":438,"uid":0,"gid":0}])")),
            std::nullopt);
}

TEST(OciSchema, RejectsFileModeWithFileTypeBitsThroughDefsLinux) {
  const auto v = validate_spec_json(
      spec_with(R"(,"devices":[{"path":"/dev/null","type":"c","major":1,"minor":3,"fileMode":8630}])"));
  ASSERT_TRUE(v);
  EXPECT_NE(v->find("/linux/devices/0/fileMode"), std::string::npos) << *v;
  EXPECT_NE(v->find("maximum"), std::string::npos) << *v;
}

TEST(OciSchema, RejectsADeviceTypeOutsideCbup) {
  EXPECT_TRUE(validate_spec_json(spec_with(R"(,"devices":[{"path":"/dev/x","type":"x","major":1,"minor":3}])")));
}

TEST(OciSchema, RejectsAnRlimitTypeOutsideThePattern) {
  const auto v = validate_spec_json(spec_with("", R"(,"rlimits":[{"type":"RLIMIT_RLIMIT_NOFILE","hard":1,"soft":1}])"));
  ASSERT_TRUE(v);
  EXPECT_NE(v->find("/process/rlimits/0/type"), std::string::npos) << *v;
}

TEST(OciSchema, AcceptsAWellFormedRlimit) {
  EXPECT_EQ(validate_spec_json(spec_with("", R"(,"rlimits":[{"type":"RLIMIT_NOFILE","hard":1,"soft":1}])")),
            std::nullopt);
}

TEST(OciSchema, RejectsAnEmptySeccompDefaultAction) {
  EXPECT_TRUE(validate_spec_json(spec_with(R"(,"seccomp":{"defaultAction":""})")));
  EXPECT_EQ(validate_spec_json(spec_with(R"(,"seccomp":{"defaultAction":"SCMP_ACT_ERRNO"})")), std::nullopt);
}

TEST(OciSchema, RejectsAnUnknownNamespaceType) {
  EXPECT_TRUE(validate_spec_json(R"({"ociVersion":"1.0.2-dev","linux":{"namespaces":[{"type":"bogus"}]}})"));
}

TEST(OciSchema, RejectsAMissingOciVersion) {
  EXPECT_TRUE(validate_spec_json(R"({"root":{"path":"rootfs"}})"));
}

TEST(OciSchema, RejectsAProcessWithoutCwd) {
  EXPECT_TRUE(validate_spec_json(R"({"ociVersion":"1.0.2-dev","process":{"user":{"uid":0,"gid":0},"args":["a"]}})"));
}

TEST(OciSchema, RejectsAStringWhereAnIntegerBelongs) {
  EXPECT_TRUE(validate_spec_json(spec_with("", "", R"("hostname":7,)")));
}

TEST(OciSchema, RejectsAHugepageSizeOutsideItsPattern) {
  EXPECT_TRUE(validate_spec_json(spec_with(R"(,"resources":{"hugepageLimits":[{"pageSize":"2XB","limit":1}]})")));
  EXPECT_EQ(validate_spec_json(spec_with(R"(,"resources":{"hugepageLimits":[{"pageSize":"2MB","limit":1}]})")),
            std::nullopt);
}

// mapStringString constrains values through patternProperties ".{1,}" (rapidjson's own regex engine).
TEST(OciSchema, RejectsANonStringAnnotationValue) {
  EXPECT_TRUE(validate_spec_json(spec_with("", "", R"("annotations":{"k":1},)")));
  EXPECT_EQ(validate_spec_json(spec_with("", "", R"("annotations":{"k":"x"},)")), std::nullopt);
}

TEST(OciSchema, ReportsTextThatIsNotJson) {
  const auto v = validate_spec_json("{\"ociVersion\":");
  ASSERT_TRUE(v);
  EXPECT_NE(v->find("not JSON"), std::string::npos);
}

TEST(OciSchema, RefusesAbsurdNestingWithoutRecursing) {
  EXPECT_TRUE(validate_spec_json(std::string(100000, '[') + std::string(100000, ']')));
}

}  // namespace
}  // namespace specconf::schema
