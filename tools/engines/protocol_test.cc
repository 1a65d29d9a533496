#include "tools/engines/protocol.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "golden/builtin_hosts.h"
#include "reference/model/host_profile_json.h"

namespace specconf::engine::protocol {
namespace {

using nlohmann::json;

host::HostProfile profile() {
  host::HostProfile h;
  EXPECT_EQ(host::from_go_json(golden::builtin_host_profiles().at("rootless-3gids"), h), "");
  return h;
}

TEST(EncodeRequest, IsOneLineCarryingTheBodyBytesAsAString) {
  const std::string body = "{\"command\":[\"/bin/true\"],\n \"A\":1, \"a\":2, \"x\":1.0e0}   trailing";
  const std::string line = encode_request(profile(), body);
  ASSERT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  const json j = json::parse(line);
  EXPECT_EQ(j.at("protocol"), 1);
  EXPECT_EQ(j.at("specgen").get<std::string>(), body);
  EXPECT_FALSE(j.contains("specgen_base64"));
}

TEST(EncodeRequest, HostIsTheProfileInGoForm) {
  const host::HostProfile h = profile();
  const json j = json::parse(encode_request(h, "{}"));
  host::HostProfile back;
  ASSERT_EQ(host::from_go_json(j.at("host").dump(), back), "");
  EXPECT_EQ(host::to_go_json(back), host::to_go_json(h));
}

TEST(EncodeRequest, BodyThatIsNotUtf8GoesAsBase64) {
  const std::string body = "{\"hostname\":\"\xff\xfe\"}";
  const json j = json::parse(encode_request(profile(), body));
  EXPECT_FALSE(j.contains("specgen"));
  EXPECT_EQ(j.at("specgen_base64").get<std::string>(), base64(body));
}

TEST(Base64, MatchesRfc4648Vectors) {
  EXPECT_EQ(base64(""), "");
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64(std::string("\xff\x00\x80", 3)), "/wCA");
}

TEST(ValidUtf8, AcceptsWhatGoAcceptsAndRejectsTheRest) {
  EXPECT_TRUE(valid_utf8("plain"));
  EXPECT_TRUE(valid_utf8("h\xc3\xb4te \xe2\x82\xac \xf0\x9f\x98\x80"));
  EXPECT_FALSE(valid_utf8("\xc3"));          // truncated
  EXPECT_FALSE(valid_utf8("\xc0\xaf"));      // overlong '/'
  EXPECT_FALSE(valid_utf8("\xed\xa0\x80"));  // surrogate
  EXPECT_FALSE(valid_utf8("\xf4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(valid_utf8("\x80"));
}

TEST(DecodeResponse, ReadsAnErrorAndASpec) {
  Result e = decode_response("{\"error\":\"no such image\"}\n");
  EXPECT_EQ(e.kind, Result::Kind::kError);
  EXPECT_EQ(e.error, "no such image");
  Result s = decode_response(R"({"spec":{"ociVersion":"1.0.2-dev","process":{"cwd":"/"}},"warnings":[]})");
  ASSERT_EQ(s.kind, Result::Kind::kSpec) << s.fault;
  EXPECT_EQ(json::parse(s.spec_json), json::parse(R"({"ociVersion":"1.0.2-dev","process":{"cwd":"/"}})"));
}

TEST(DecodeResponse, AnythingElseIsAFaultQuotingWhatCame) {
  const std::pair<const char*, const char*> cases[] = {
      {"", "no response (empty output)"},
      {"hello", "the response is not JSON: \"hello\""},
      {"[1]", "the response is not a JSON object"},
      {"{}", "neither \"spec\" nor \"error\""},
      {R"({"spec":{},"error":"x"})", "both \"spec\" and \"error\""},
      {R"({"error":3})", "\"error\" is not a string"},
      {R"({"spec":"x"})", "\"spec\" is not a JSON object"},
      {R"({"spec":{"process":"x"}})", "the spec does not decode as an OCI runtime spec"},
  };
  for (const auto& [text, why] : cases) {
    const Result r = decode_response(text);
    EXPECT_EQ(r.kind, Result::Kind::kFault) << text;
    EXPECT_NE(r.fault.find(why), std::string::npos) << text << " -> " << r.fault;
  }
}

}  // namespace
}  // namespace specconf::engine::protocol
