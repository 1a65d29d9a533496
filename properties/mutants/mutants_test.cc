#include <functional>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "golden/builtin_hosts.h"
#include "properties/mutants/mutant.h"
#include "reference/model/host_profile_json.h"
#include "reference/model/oci_spec_json.h"
#include "reference/pipeline/create.h"

namespace specconf::props::mut {
namespace {

using nlohmann::json;

host::HostProfile profile(const std::string& name) {
  host::HostProfile h;
  const auto& all = golden::builtin_host_profiles();
  EXPECT_EQ(host::from_go_json(all.at(name), h), "");
  return h;
}

const json kMaps = {{"UIDMap", {{{"container_id", 0}, {"host_id", 1}, {"size", 65536}}}},
                    {"GIDMap", {{{"container_id", 0}, {"host_id", 1}, {"size", 65536}}}}};

// One input on which the mutant's bug shows: a captured profile (optionally changed) and the request's
// fields beyond rootfs and command.
struct Trigger {
  const char* mutant;
  const char* profile;
  json fields;
  std::function<void(host::HostProfile&)> tweak = nullptr;
};

const std::vector<Trigger>& triggers() {
  static const std::vector<Trigger> t = {
      {"cgroup-mount-with-sys-bind", "rootless-cgroupv2", {{"netns", {{"nsmode", "host"}}}}},
      {"canmountsys-ignores-nethost", "root-cgroupv1",
       {{"netns", {{"nsmode", "host"}}}, {"userns", {{"nsmode", "private"}}}, {"idmappings", kMaps}}},
      {"pasta-not-counted-by-canmountsys", "rootless-cgroupv2",
       {{"netns", {{"nsmode", "pasta"}}}, {"userns", {{"nsmode", "private"}}}, {"idmappings", kMaps}},
       [](host::HostProfile& h) { h.engine = host::kEngineSeed; }},
      {"privileged-sysfs-ro", "root-cgroupv1", {{"privileged", true}}},
      {"privileged-cgroup-ro", "root-cgroupv1", {{"privileged", true}}},
      {"unmask-all-any-case-cgroup", "root-cgroupv2", {{"unmask", {"all"}}}},
      {"unmask-cgroup-path-not-cleaned", "root-cgroupv2", {{"unmask", {"/sys/fs/cgroup/"}}}},
      {"unmask-all-anywhere-cgroup", "root-cgroupv2", {{"unmask", {"/proc/kcore", "ALL"}}}},
      {"sys-kernel-not-masked", "rootless-cgroupv1", {{"netns", {{"nsmode", "host"}}}}},
      {"gid5-kept-when-unmapped", "rootless-3gids", json::object()},
      {"devpts-edited-in-place", "rootless-3gids", json::object()},
      {"gid5-map-end-inclusive", "root-cgroupv1",
       {{"userns", {{"nsmode", "private"}}},
        {"idmappings", {{"UIDMap", kMaps["UIDMap"]}, {"GIDMap", {{{"container_id", 0}, {"host_id", 1}, {"size", 5}}}}}}}},
      {"gid5-rootless-needs-six", "rootless-4gids", json::object()},
      {"mqueue-bound-without-userns", "root-cgroupv1", {{"ipcns", {{"nsmode", "host"}}}}},
      {"proc-not-bound-in-userns", "rootless-cgroupv1", {{"pidns", {{"nsmode", "host"}}}}},
      {"procfs-opts-appended", "root-cgroupv1", {{"procfs_opts", {"hidepid=2"}}}},
      {"deny-rule-in-userns", "rootless-cgroupv1", json::object()},
      {"deny-rule-when-privileged", "root-cgroupv1", {{"privileged", true}}},
      {"masks-when-privileged", "root-cgroupv1", {{"privileged", true}}},
      {"unmask-all-ignored", "root-cgroupv1", {{"unmask", {"ALL"}}}},
      {"unmask-colon-list-not-split", "root-cgroupv1", {{"unmask", {"/proc/acpi:/proc/kcore"}}}},
      {"mask-empty-entry-dropped", "root-cgroupv1", {{"mask", {""}}}},
      {"user-masks-kept-rootless-pidhost", "rootless-cgroupv1", {{"pidns", {{"nsmode", "host"}}}, {"mask", {"/tmp/x"}}}},
      {"device-cgroup-rule-allow-kept", "root-cgroupv1",
       {{"device_cgroup_rule", {{{"allow", false}, {"type", "c"}, {"major", 1}, {"minor", 3}, {"access", "r"}}}}}},
      {"rootless-device-as-node", "rootless-cgroupv1", {{"devices", {{{"path", "/dev/null"}}}}}},
      {"caps-beyond-bounding-set", "root-cgroupv1", {{"cap_add", {"CAP_SYS_RESOURCE"}}}},
      {"ambient-without-kernel-support", "root-cgroupv1", {{"user", "1000"}, {"cap_add", {"NET_ADMIN"}}},
       [](host::HostProfile& h) { h.capabilities.ambient = false; }},
      {"seccomp-kept-privileged", "root-cgroupv1", {{"privileged", true}}},
      {"net-sysctls-with-host-network", "root-cgroupv1", {{"netns", {{"nsmode", "host"}}}}},
      {"host-env-leaks", "root-cgroupv1", json::object()},
      {"rlimit-appended-not-replaced", "root-cgroupv1", {{"r_limits", {{{"type", "nofile"}, {"hard", 4096}, {"soft", 1024}}}}}},
      {"nproc-default-missing", "root-cgroupv1", json::object()},
      {"rootless-gets-default-ulimits", "rootless-cgroupv1", json::object()},
      {"cgroupns-private-on-v1", "root-cgroupv1", json::object()},
      {"hostname-with-host-uts", "root-cgroupv1", {{"utsns", {{"nsmode", "host"}}}}},
      {"hostname-env-missing", "root-cgroupv1", {{"hostname", "myhost"}}},
      {"oom-score-zero-dropped", "root-cgroupv1", {{"oom_score_adj", 0}}},
      {"privileged-annotation-lowercase", "root-cgroupv1", json::object()},
      {"init-annotation-always-false", "root-cgroupv1", {{"init", true}}},
  };
  return t;
}

std::string body_of(const Trigger& t) {
  json b = {{"rootfs", "/srv/specconf/rootfs"}, {"command", {"/bin/true"}}};
  b.update(t.fields);
  return b.dump();
}

std::string outcome(const ref::CreateResult& r) { return r.ok() ? oci::to_go_json(*r.spec) : "error: " + r.error; }

TEST(Mutants, NamesAreUniqueKebabCaseAndEachSaysItsBug) {
  std::set<std::string> names;
  for (const auto& m : mutants()) {
    const std::string name = m.name;
    EXPECT_TRUE(names.insert(name).second) << name;
    EXPECT_EQ(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-"), std::string::npos) << name;
    EXPECT_FALSE(std::string(m.bug).empty()) << name;
    EXPECT_FALSE(std::string(m.podman).empty()) << name;
    EXPECT_EQ(find_mutant(name), &m);
  }
  EXPECT_GE(names.size(), 25u);
  EXPECT_EQ(find_mutant("no-such-mutant"), nullptr);
}

TEST(Mutants, EveryMutantHasATrigger) {
  std::set<std::string> triggered;
  for (const auto& t : triggers()) triggered.insert(t.mutant);
  for (const auto& m : mutants()) EXPECT_TRUE(triggered.count(m.name)) << m.name << " has no trigger input";
}

TEST(Mutants, EachMutantChangesTheReferenceOnItsTrigger) {
  for (const auto& t : triggers()) {
    const Mutant* m = find_mutant(t.mutant);
    ASSERT_NE(m, nullptr) << t.mutant;
    host::HostProfile h = profile(t.profile);
    if (t.tweak) t.tweak(h);
    const std::string body = body_of(t);
    const ref::CreateResult reference = ref::create_container(h, body);
    ASSERT_TRUE(reference.ok()) << t.mutant << ": " << reference.error;
    const ref::CreateResult mutated = run_mutant(*m, h, body);
    EXPECT_NE(outcome(mutated), outcome(reference)) << t.mutant << " on " << t.profile << " " << body;
  }
}

TEST(Mutants, MutantsLeaveUndecodableBodiesAlone) {
  const host::HostProfile h = profile("rootless-3gids");
  for (const auto& m : mutants()) {
    const ref::CreateResult r = run_mutant(m, h, "{\"privileged\": 1}");
    EXPECT_FALSE(r.ok()) << m.name;
    EXPECT_EQ(r.error, ref::create_container(h, "{\"privileged\": 1}").error) << m.name;
  }
}

TEST(Mutants, ListHasOneTabSeparatedLinePerMutant) {
  const std::string list = mutants_list();
  std::size_t lines = 0;
  for (std::size_t pos = 0; (pos = list.find('\n', pos)) != std::string::npos; ++pos) ++lines;
  EXPECT_EQ(lines, mutants().size());
  EXPECT_NE(list.find(std::string(mutants().front().name) + "\t" + mutants().front().bug + "\n"), std::string::npos);
}

}  // namespace
}  // namespace specconf::props::mut
