#include "tools/capture/stored_spec.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "reference/model/oci_spec_json.h"
#include "tools/capture/sha256.h"

namespace specconf::capture {
namespace {

std::string member(std::string_view json, std::string_view name, bool* found_out = nullptr) {
  std::string raw;
  bool found = false;
  const std::string err = json_member_raw(json, name, raw, found);
  if (found_out) *found_out = found;
  return err.empty() ? raw : "ERR " + err;
}

TEST(JsonMemberRaw, ReturnsTheMembersBytesVerbatim) {
  EXPECT_EQ(member(R"({"spec":{"a": [1, 2 ]},"id":"x"})", "spec"), R"({"a": [1, 2 ]})");
  EXPECT_EQ(member(" { \"id\" : \"x\" ,\n \"spec\" :\t1.50e3 } ", "spec"), "1.50e3");
  EXPECT_EQ(member(R"({"id":"x","spec":null})", "spec"), "null");
  EXPECT_EQ(member(R"({"id":"x","spec":"str\"ing"})", "spec"), R"("str\"ing")");
}

TEST(JsonMemberRaw, IsNotFooledByTheKeyTextInsideOtherValues) {
  const std::string json =
      R"({"name":"\"spec\":{\"x\":1}","inner":{"spec":"nested"},"list":["spec",{"spec":2}],"spec":{"real":true}})";
  EXPECT_EQ(member(json, "spec"), R"({"real":true})");
}

TEST(JsonMemberRaw, MatchesKeysAfterGoUnquoting) {
  EXPECT_EQ(member(R"({"sp\u0065c":[true]})", "spec"), "[true]");
}

TEST(JsonMemberRaw, ReportsAbsentDuplicateAndInvalid) {
  bool found = true;
  EXPECT_EQ(member(R"({"id":"x"})", "spec", &found), "");
  EXPECT_FALSE(found);
  EXPECT_EQ(member(R"({"spec":1,"spec":2})", "spec"), "ERR duplicate member \"spec\"");
  EXPECT_EQ(member(R"({"spec":1)", "spec"), "ERR not valid JSON: unexpected end of JSON input");
  EXPECT_EQ(member("[1]", "spec"), "ERR not a JSON object");
}

std::string slurp(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(ReadStoredSpec, GivesPodmansBytesWhichTheModelRoundTrips) {
  BoltDb db;
  ASSERT_EQ(BoltDb::open("tools/capture/testdata/bolt_state.db", db), "");
  const auto want = nlohmann::json::parse(slurp("tools/capture/testdata/bolt_state.expected.json"));
  for (const auto& c : want["containers"]) {
    std::string spec;
    ASSERT_EQ(read_stored_spec(db, c["id"], spec), "");
    EXPECT_EQ(sha256_hex(spec), c["spec_sha256"].get<std::string>());
    // A golden record keeps the spec as the model; the model must give back podman's exact bytes.
    oci::Spec parsed;
    ASSERT_EQ(oci::from_go_json(spec, parsed), "");
    EXPECT_EQ(oci::to_go_json(parsed), spec) << c["name"];
  }
}

TEST(ReadStoredSpec, RefusesAConfigFiledUnderAnotherId) {
  BoltDb db;
  ASSERT_EQ(BoltDb::open("tools/capture/testdata/bolt_state.db", db), "");
  std::string spec;
  EXPECT_EQ(read_stored_spec(db, "0000", spec), "bolt: bucket \"ctr/0000\" not found");
}

}  // namespace
}  // namespace specconf::capture
