// Byte-exact round trips of specs stored by real podman 4.3.1 (testdata/examples, see README.txt there).
#include "reference/model/oci_spec_json.h"

#include <gtest/gtest.h>

#include <dirent.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace specconf::oci {
namespace {

const char* kExamples = "reference/model/testdata/examples";

std::vector<std::string> example_files() {
  std::vector<std::string> out;
  DIR* d = opendir(kExamples);
  if (!d) return out;
  while (dirent* e = readdir(d)) {
    const std::string name = e->d_name;
    if (name.size() > 5 && name.substr(name.size() - 5) == ".json") out.push_back(name);
  }
  closedir(d);
  return out;
}

std::string read(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

TEST(OciSpecJson, PodmanExamplesRoundTripByteForByte) {
  const auto files = example_files();
  ASSERT_GE(files.size(), 12u);
  for (const auto& name : files) {
    const std::string stored = gojson::go_compact(read(std::string(kExamples) + "/" + name));
    Spec spec;
    ASSERT_EQ(from_go_json(stored, spec), "") << name;
    EXPECT_EQ(to_go_json(spec), stored) << name;
  }
}

TEST(OciSpecJson, IndentOfCompactGivesTheExampleLayout) {
  const std::string pretty = read(std::string(kExamples) + "/t1.json");
  std::string expected = pretty;
  while (!expected.empty() && expected.back() == '\n') expected.pop_back();
  EXPECT_EQ(gojson::go_indent(gojson::go_compact(pretty), " "), expected);
}

TEST(OciSpecJson, OmitEmptyAndNilSlices) {
  Spec spec;
  spec.version = "1.0.2-dev";
  spec.process.emplace();
  EXPECT_EQ(to_go_json(spec), R"({"ociVersion":"1.0.2-dev","process":{"user":{"uid":0,"gid":0},"cwd":""}})");
  spec.linux_.emplace().seccomp.emplace().syscalls.emplace_back();
  EXPECT_NE(to_go_json(spec).find(R"("syscalls":[{"names":null,"action":""}])"), std::string::npos);
  spec.linux_->seccomp->syscalls[0].names.emplace();
  EXPECT_NE(to_go_json(spec).find(R"("syscalls":[{"names":[],"action":""}])"), std::string::npos);
}

TEST(OciSpecJson, GoEscapesHtmlAndLineSeparators) {
  Spec spec;
  spec.hostname = "a<b>&c\u2028\x01\n";
  EXPECT_EQ(to_go_json(spec), R"({"ociVersion":"","hostname":"a\u003cb\u003e\u0026c\u2028\u0001\n"})");
}

TEST(OciSpecJson, TypeErrorsNameTheStructAndFieldPath) {
  Spec spec;
  EXPECT_EQ(from_go_json(R"({"linux":{"resources":{"memory":{"limit":"x"}}}})", spec),
            "json: cannot unmarshal string into Go struct field LinuxMemory.linux.resources.memory.limit of type int64");
  EXPECT_EQ(from_go_json(R"({"mounts":[{"destination":1}]})", spec),
            "json: cannot unmarshal number into Go struct field Mount.mounts.destination of type string");
  EXPECT_EQ(from_go_json(R"([])", spec), "json: cannot unmarshal array into Go value of type specs.Spec");
  EXPECT_EQ(from_go_json(R"({"linux":{"namespaces":[{"type":5}]}})", spec),
            "json: cannot unmarshal number into Go struct field LinuxNamespace.linux.namespaces.type of type "
            "specs.LinuxNamespaceType");
  EXPECT_EQ(from_go_json(R"({"process":{"user":{"uid":-1}}})", spec),
            "json: cannot unmarshal number -1 into Go struct field User.process.user.uid of type uint32");
}

}  // namespace
}  // namespace specconf::oci
