// `specconf diff` on files: exit 0 on a match, 1 on differences, 2 on bad input naming the file.
#include "tools/diff/diff_command.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "tools/diff/test_util.h"

namespace specconf::diff {
namespace {

using testing::json;

class DiffCommand : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& text) {
    const char* tmp = std::getenv("TEST_TMPDIR");
    const std::string path = std::string(tmp ? tmp : "/tmp") + "/" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::string write(const std::string& name, const json& doc) { return write(name, doc.dump(1)); }

  int run(const std::vector<std::string>& args) {
    out_.str("");
    err_.str("");
    return run_diff(args, out_, err_);
  }

  std::ostringstream out_, err_;
};

TEST_F(DiffCommand, IdenticalSpecsExitZeroSilently) {
  const std::string t1 = write("t1.json", testing::load_example("t1.json"));
  EXPECT_EQ(run({t1, t1}), 0);
  EXPECT_EQ(out_.str(), "");
  EXPECT_EQ(err_.str(), "");
}

TEST_F(DiffCommand, PodmansOwnReorderingExitsZero) {
  json spec = testing::load_example("out_mounts.json");
  const std::string original = write("mounts.json", spec);
  testing::shuffle_range(spec["mounts"], 0, 4, 3);
  testing::shuffle_range(spec["process"]["env"], 0, spec["process"]["env"].size(), 3);
  EXPECT_EQ(run({original, write("mounts_shuffled.json", spec)}), 0);
}

TEST_F(DiffCommand, DifferencesExitOneWithOneLineEach) {
  json spec = testing::load_example("out_misc.json");
  const std::string original = write("misc.json", spec);
  spec["process"]["env"][2] = "A=2";
  spec["process"]["cwd"] = "/x";
  EXPECT_EQ(run({original, write("misc_changed.json", spec)}), 1);
  EXPECT_EQ(out_.str(), ".process.cwd: expected \"/w\" actual \"/x\"\n"
                        ".process.env: missing \"A=1\"; unexpected \"A=2\"\n");
  EXPECT_EQ(err_.str(), "");
}

TEST_F(DiffCommand, GoldenRecordAgainstEngineResults) {
  const json t1 = testing::load_example("t1.json");
  const std::string record = write("record.json", json{{"case", "t1"}, {"profile", "root-v1"}, {"podman", "4.3.1"},
                                                       {"captured", "2024-01-01"}, {"specgen_sha256", "0"},
                                                       {"status", 201}, {"spec", t1}});
  EXPECT_EQ(run({record, write("result.json", json{{"spec", t1}})}), 0);
  EXPECT_EQ(run({record, write("result_err.json", json{{"error", "boom"}})}), 1);
  EXPECT_EQ(out_.str(), ".: expected (spec) actual (error) \"boom\"\n");
}

struct BadInput {
  const char* name;
  const char* content;  // nullptr: the file does not exist
  const char* reason;
};

const BadInput kBadInputs[] = {
    {"missing.json", nullptr, "cannot read: No such file or directory"},
    {"empty.json", "", "not JSON (parse error at byte 1)"},
    {"garbage.json", "{\"a\": nope}", "not JSON (parse error at byte 8)"},
    {"array.json", "[1,2]", "neither a spec nor a result: not a JSON object"},
    {"other.json", "{\"process\": {}}", "neither a spec (no \"ociVersion\") nor a result (no \"spec\" or \"error\")"},
};

TEST_F(DiffCommand, UnusableInputExitsTwoNamingTheFile) {
  const std::string t1 = write("t1.json", testing::load_example("t1.json"));
  for (const BadInput& bad : kBadInputs) {
    const char* tmp = std::getenv("TEST_TMPDIR");
    const std::string path = bad.content ? write(bad.name, std::string(bad.content))
                                         : std::string(tmp ? tmp : "/tmp") + "/" + bad.name;
    for (const auto& args : {std::vector<std::string>{path, t1}, std::vector<std::string>{t1, path}}) {
      EXPECT_EQ(run(args), 2) << bad.name;
      EXPECT_EQ(err_.str(), "specconf diff: " + path + ": " + bad.reason + "\n");
      EXPECT_EQ(out_.str(), "");
    }
  }
}

TEST_F(DiffCommand, DirectoryIsUnusable) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  const std::string dir = tmp ? tmp : "/tmp";
  EXPECT_EQ(run({dir, dir}), 2);
  EXPECT_EQ(err_.str(), "specconf diff: " + dir + ": cannot read: Is a directory\n");
}

TEST_F(DiffCommand, WrongArgumentCountIsAUsageError) {
  EXPECT_EQ(run({}), 2);
  EXPECT_EQ(err_.str().rfind("usage: specconf diff EXPECTED ACTUAL\n", 0), 0u);
  EXPECT_EQ(run({"a", "b", "c"}), 2);
  EXPECT_EQ(run({"--help"}), 0);
  EXPECT_EQ(out_.str().rfind("usage: specconf diff", 0), 0u);
}

}  // namespace
}  // namespace specconf::diff
