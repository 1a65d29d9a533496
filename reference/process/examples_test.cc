// process.env, process.args and process.rlimits of specs stored by real podman 4.3.1
// (testdata/examples), rebuilt from their requests with this package's functions.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "reference/model/oci_spec_json.h"
#include "reference/process/process.h"
#include "reference/process/test_hosts.h"

namespace specconf::ref {
namespace {

oci::Spec load(const std::string& name) {
  std::ifstream f("reference/process/testdata/examples/" + name + ".json", std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  oci::Spec spec;
  const std::string err = oci::from_go_json(ss.str(), spec);
  EXPECT_EQ(err, "") << name;
  return spec;
}

struct Example {
  const char* name;
  bool image;
  std::function<void(specgen::SpecGenerator&)> request;
};

const Example kExamples[] = {
    {"t1", false, [](specgen::SpecGenerator& s) { s.command = std::vector<std::string>{"/bin/sh", "-c", "true"}; }},
    {"out_rlempty", false, [](specgen::SpecGenerator& s) { s.rlimits = std::vector<oci::POSIXRlimit>{}; }},
    {"out_init", false, [](specgen::SpecGenerator& s) { s.init = true; }},
    {"out_img", true, [](specgen::SpecGenerator& s) { s.command.reset(); }},
    {"out_imgtmpfs", true,
     [](specgen::SpecGenerator& s) {
       s.command.reset();
       s.env = std::map<std::string, std::string>{{"PATH", "/x"}};
       s.unset_env = {"TERM"};
     }},
    {"out_misc", false,
     [](specgen::SpecGenerator& s) {
       s.env = std::map<std::string, std::string>{{"A", "1"}, {"B", ""}};
       s.rlimits = std::vector<oci::POSIXRlimit>{{"core", 10, 5}};
     }},
};

// What Validate does for root before addRlimits: an empty r_limits takes containers.conf default_ulimits.
void validate_default_ulimits(specgen::SpecGenerator& s) {
  if (!s.rlimits || s.rlimits->empty()) s.rlimits = std::vector<oci::POSIXRlimit>{{"nproc", 32768, 32768}};
}

TEST(Examples, EnvArgsAndRlimitsMatchRealPodman) {
  const host::HostProfile h = testing::debian_root_v1();
  const host::Image img = testing::test_image();
  for (const Example& ex : kExamples) {
    SCOPED_TRACE(ex.name);
    const oci::Spec want = load(ex.name);
    ASSERT_TRUE(want.process.has_value());

    specgen::SpecGenerator s;
    s.command = std::vector<std::string>{"sh"};
    ex.request(s);
    const host::Image* image = ex.image ? &img : nullptr;

    complete_env(s, image, h);
    std::set<std::string> got_env;
    for (const auto& [k, v] : *s.env) got_env.insert(k + "=" + v);
    std::set<std::string> want_env(want.process->env.begin(), want.process->env.end());
    want_env.erase("HOSTNAME=hh");  // added by the namespaces code
    EXPECT_EQ(got_env, want_env);  // Go's order is random; compare as sets

    EXPECT_EQ(make_command(s, image, h), want.process->args);

    validate_default_ulimits(s);
    Generator g;
    add_rlimits(s, g, h);
    ASSERT_EQ(g.process().rlimits.size(), want.process->rlimits.size());
    for (std::size_t i = 0; i < want.process->rlimits.size(); ++i) {
      EXPECT_EQ(g.process().rlimits[i].type, want.process->rlimits[i].type);
      EXPECT_EQ(g.process().rlimits[i].hard, want.process->rlimits[i].hard);
      EXPECT_EQ(g.process().rlimits[i].soft, want.process->rlimits[i].soft);
    }

    init_resource_limits(s, h);
    EXPECT_TRUE(verify_container_resources(s, h).empty());
    ASSERT_TRUE(want.linux_ && want.linux_->resources && want.linux_->resources->pids);
    EXPECT_EQ(s.resource_limits->pids->limit, want.linux_->resources->pids->limit);
  }
}

}  // namespace
}  // namespace specconf::ref
