// The namespace stage against specs real podman 4.3.1 stored (testdata/, root, cgroup v1): the
// namespace list, hostname, ID mappings, process user and publish-all annotation must match, and the
// r_limits Validate leaves must explain the stored rlimits.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "reference/model/oci_spec_json.h"
#include "reference/model/specgen_json.h"
#include "reference/namespaces/namespaces.h"
#include "reference/namespaces/testing/fixtures.h"

namespace specconf::ref {
namespace {

oci::Spec stored(const std::string& name) {
  std::ifstream f("reference/namespaces/testdata/" + name + ".json", std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  oci::Spec spec;
  EXPECT_EQ(oci::from_go_json(ss.str(), spec), "") << name;
  return spec;
}

// The stages in podman's order, with the env CompleteSpec would have built from s.Env.
oci::Spec run(specgen::SpecGenerator& s, const host::HostProfile& h) {
  apply_namespace_defaults(s, h);
  clear_hostname_naming_pod(s, h);
  validate_specgen(s, h);
  namespace_options(s, h);
  Generator g;
  g.clear_process_env();
  if (s.env)
    for (const auto& [k, v] : *s.env) g.add_process_env(k, v);
  spec_configure_namespaces(s, g, h);
  return g.config;
}

std::string namespaces(const oci::Spec& spec) {
  std::string out;
  for (const auto& n : spec.linux_->namespaces) out += n.type.str() + (n.path.empty() ? "" : "=" + n.path) + ",";
  return out;
}

std::string mappings(const std::vector<oci::LinuxIDMapping>& maps) {
  std::string out;
  for (const auto& m : maps)
    out += std::to_string(m.container_id) + ":" + std::to_string(m.host_id) + ":" + std::to_string(m.size) + ",";
  return out;
}

struct Example {
  const char* file;
  const char* request;
  const char* rlimit_type;  // the single r_limits entry Validate leaves
};

const Example kExamples[] = {
    {"t1", R"({"name":"t1","rootfs":"/tmp/pm/rootfs","command":["/bin/sh","-c","true"]})", "nproc"},
    {"out_nethost", R"({"rootfs":"/tmp/pm/rootfs","netns":{"nsmode":"host"}})", "nproc"},
    {"out_netnone", R"({"rootfs":"/tmp/pm/rootfs","netns":{"nsmode":"none"},"ipcns":{"nsmode":"none"}})", "nproc"},
    {"out_usernshost",
     R"({"rootfs":"/tmp/pm/rootfs","netns":{"nsmode":"host"},"userns":{"nsmode":"private"},
         "idmappings":{"UIDMap":[{"container_id":0,"host_id":100000,"size":65536}],
                       "GIDMap":[{"container_id":0,"host_id":100000,"size":3}]}})",
     "nproc"},
    {"out_misc",
     R"({"rootfs":"/tmp/pm/rootfs","hostname":"hh","env":{"A":"1","B":""},"pidns":{"nsmode":"host"},
         "ipcns":{"nsmode":"host"},"cgroupns":{"nsmode":"private"},"r_limits":[{"type":"core","hard":10,"soft":5}]})",
     "core"},
};

TEST(PodmanExamples, NamespaceStageMatchesTheStoredSpecs) {
  const host::HostProfile h = testing::root_v1();
  for (const auto& ex : kExamples) {
    specgen::SpecGenerator s;
    ASSERT_EQ(specgen::from_go_json(ex.request, s), "") << ex.file;
    const oci::Spec got = run(s, h);
    const oci::Spec want = stored(ex.file);
    EXPECT_EQ(namespaces(got), namespaces(want)) << ex.file;
    EXPECT_EQ(got.hostname, want.hostname) << ex.file;
    EXPECT_EQ(mappings(got.linux_->uid_mappings), mappings(want.linux_->uid_mappings)) << ex.file;
    EXPECT_EQ(mappings(got.linux_->gid_mappings), mappings(want.linux_->gid_mappings)) << ex.file;
    EXPECT_EQ(got.process->user.uid, want.process->user.uid) << ex.file;
    EXPECT_EQ(got.process->user.gid, want.process->user.gid) << ex.file;
    EXPECT_EQ(got.annotations.at("io.podman.annotations.publish-all"),
              want.annotations.at("io.podman.annotations.publish-all"))
        << ex.file;
    ASSERT_TRUE(s.rlimits) << ex.file;
    ASSERT_EQ(s.rlimits->size(), 1u) << ex.file;
    EXPECT_EQ((*s.rlimits)[0].type, ex.rlimit_type) << ex.file;
  }
}

TEST(PodmanExamples, UserHostnameIsExportedLast) {
  specgen::SpecGenerator s;
  ASSERT_EQ(specgen::from_go_json(kExamples[4].request, s), "");
  const oci::Spec got = run(s, testing::root_v1());
  const oci::Spec want = stored("out_misc");
  EXPECT_EQ(got.process->env.back(), "HOSTNAME=hh");
  EXPECT_EQ(want.process->env.back(), "HOSTNAME=hh");
}

TEST(PodmanExamples, StoredNprocIsTheDefaultUlimit) {
  specgen::SpecGenerator s;
  ASSERT_EQ(specgen::from_go_json(kExamples[0].request, s), "");
  run(s, testing::root_v1());
  const oci::Spec want = stored("t1");
  ASSERT_EQ(want.process->rlimits.size(), 2u);
  EXPECT_EQ(want.process->rlimits[1].type, "RLIMIT_NPROC");
  EXPECT_EQ((*s.rlimits)[0].hard, want.process->rlimits[1].hard);
  EXPECT_EQ((*s.rlimits)[0].soft, want.process->rlimits[1].soft);
}

}  // namespace
}  // namespace specconf::ref
