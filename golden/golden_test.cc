// Every golden record, judged: the engine under test (the reference) runs the record's request on the
// record's host profile, and tools/diff compares its outcome with what real podman stored or replied,
// under the comparison rules of golden/README.md. One test case per record.
#include <gtest/gtest.h>

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <ostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "reference/model/host_profile_json.h"
#include "tools/diff/semantic_diff.h"
#include "tools/engines/engine.h"
#include "tools/golden/record.h"

namespace specconf {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::vector<std::string> list_dir(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      if (e->d_name[0] != '.') out.emplace_back(e->d_name);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct RecordRef {
  std::string profile;
  std::string case_name;
  std::string path() const { return "golden/" + profile + "/" + case_name + ".json"; }
};

// gtest prints a failing parameter; without this it would be a byte dump of the struct.
void PrintTo(const RecordRef& ref, std::ostream* os) { *os << ref.path(); }

std::vector<RecordRef> all_records() {
  std::vector<RecordRef> refs;
  for (const auto& profile : list_dir("golden")) {
    if (profile == "hosts") continue;
    for (const auto& file : list_dir("golden/" + profile)) {
      if (file.size() > 5 && file.compare(file.size() - 5, 5, ".json") == 0) {
        refs.push_back({profile, file.substr(0, file.size() - 5)});
      }
    }
  }
  return refs;
}

const host::HostProfile& profile(const std::string& name) {
  static std::map<std::string, std::unique_ptr<host::HostProfile>> cache;
  auto& slot = cache[name];
  if (!slot) {
    slot = std::make_unique<host::HostProfile>();
    const std::string err = host::from_go_json(read_file("golden/hosts/" + name + ".json"), *slot);
    if (!err.empty()) ADD_FAILURE() << "golden/hosts/" << name << ".json: " << err;
  }
  return *slot;
}

class GoldenTest : public testing::TestWithParam<RecordRef> {};

TEST_P(GoldenTest, ReferenceMatchesPodman) {
  const RecordRef& ref = GetParam();
  golden::Record record;
  const std::string record_text = read_file(ref.path());
  ASSERT_EQ(golden::parse_record(record_text, record), "") << ref.path();
  const std::string body = read_file("corpus/specgen/" + ref.case_name + ".json");

  static const std::unique_ptr<engine::Engine> reference = engine::make_engine("reference");
  const engine::Result result = reference->run({&profile(ref.profile), body});
  ASSERT_NE(result.kind, engine::Result::Kind::kFault) << result.fault;

  const auto diffs = diff::compare_results(nlohmann::json::parse(record_text), result.to_json());
  std::string report;
  for (const auto& d : diffs) report += "  " + diff::format_difference(d) + "\n";
  EXPECT_TRUE(diffs.empty()) << ref.path() << " (" << diffs.size() << " differences)\n"
                             << report << "reproduce: tools/specconf.sh generate --host " << ref.profile
                             << " corpus/specgen/" << ref.case_name << ".json";
}

std::string test_name(const testing::TestParamInfo<RecordRef>& info) {
  std::string n = info.param.profile + "__" + info.param.case_name;
  for (char& c : n) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return n;
}

INSTANTIATE_TEST_SUITE_P(Records, GoldenTest, testing::ValuesIn(all_records()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(GoldenTest);

}  // namespace
}  // namespace specconf
