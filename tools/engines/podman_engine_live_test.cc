// Live podman as an engine (root, podman 4.3.1; tagged manual, run with
//   bazel test //tools/engines:podman_engine_live_test
// ): the engine answers what the goldens say, and two kinds of disagreement the reference-vs-podman
// campaigns found are podman's own nondeterminism, shown here by asking podman the same thing again.
#include <limits.h>
#include <stdlib.h>

#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tools/diff/semantic_diff.h"
#include "tools/engines/engine.h"

namespace specconf::engine {
namespace {

// The checkout behind the runfiles (the test runs unsandboxed): podman-profile.sh and corpus/ live there.
std::string checkout() {
  char real[PATH_MAX];
  if (!realpath("corpus/cases.json", real)) return "";
  std::string path = real;
  return path.substr(0, path.size() - std::string("/corpus/cases.json").size());
}

// One live service per suite: PROFILE is its podman profile.
template <const char* kProfile>
class LiveService : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    Options o;
    o.repo = checkout();
    engine_ = make_engine(std::string("podman:") + kProfile, o).release();
    start_error_ = new std::string(engine_->start());
  }
  static void TearDownTestSuite() {
    EXPECT_EQ(engine_->stop(), "") << "the service left something behind";
    delete engine_;
    delete start_error_;
  }
  void SetUp() override { ASSERT_EQ(*start_error_, "") << "cannot start podman:" << kProfile; }

  static Result ask(const std::string& body) { return engine_->run({engine_->fixed_host(), body}); }
  static Result reference(const std::string& body) {
    return make_engine("reference")->run({engine_->fixed_host(), body});
  }

  static Engine* engine_;
  static std::string* start_error_;
};
template <const char* kProfile>
Engine* LiveService<kProfile>::engine_ = nullptr;
template <const char* kProfile>
std::string* LiveService<kProfile>::start_error_ = nullptr;

constexpr char kRootV1[] = "root-cgroupv1";
constexpr char kRootlessV1[] = "rootless-cgroupv1";
using LivePodman = LiveService<kRootV1>;
using LiveRootlessPodman = LiveService<kRootlessV1>;

TEST_F(LivePodman, IsBoundToItsProbedHostAndNotDeterministic) {
  ASSERT_NE(engine_->fixed_host(), nullptr);
  EXPECT_EQ(engine_->fixed_host()->name, "root-cgroupv1");
  EXPECT_EQ(engine_->fixed_profile(), "root-cgroupv1");
  EXPECT_FALSE(engine_->deterministic());
}

TEST_F(LivePodman, StoresWhatTheReferenceStoresForAPlainRequest) {
  const std::string body = R"({"rootfs":"/srv/specconf/rootfs","command":["/bin/true"]})";
  const Result live = ask(body);
  ASSERT_EQ(live.kind, Result::Kind::kSpec) << live.fault << live.error;
  EXPECT_TRUE(diff::compare_results(reference(body).to_json(), live.to_json()).empty());
}

TEST_F(LivePodman, RejectsWithPodmansMessage) {
  const Result live = ask(R"({"rootfs":"/srv/specconf/rootfs"})");
  ASSERT_EQ(live.kind, Result::Kind::kError) << live.fault;
  EXPECT_EQ(live.error, reference(R"({"rootfs":"/srv/specconf/rootfs"})").error);
}

// InitFSMounts (pkg/specgen/generate/storage.go) validates the user mounts in finalizeMounts' Go map
// order, so of two invalid mounts either may be reported: campaign disagreements of class ".error"
// between "the 'X' option is only allowed with tmpfs mounts" messages. The reference reports the first
// in request order, which is one of podman's answers.
TEST_F(LivePodman, MountOptionErrorDependsOnGoMapOrder) {
  const std::string body = R"({"rootfs":"/srv/specconf/rootfs","command":["/bin/true"],"mounts":[)"
                           R"({"destination":"/a","type":"bind","source":"/srv/specconf/src/a","options":["size=10m"]},)"
                           R"({"destination":"/b","type":"bind","source":"/srv/specconf/src/a","options":["tmpcopyup"]}]})";
  std::set<std::string> messages;
  for (int i = 0; i < 40 && messages.size() < 2; ++i) {
    const Result r = ask(body);
    ASSERT_EQ(r.kind, Result::Kind::kError) << r.fault;
    messages.insert(r.error);
  }
  EXPECT_EQ(messages, (std::set<std::string>{
                          "the 'size' option is only allowed with tmpfs mounts: invalid mount option",
                          "the 'tmpcopyup' option is only allowed with tmpfs mounts: invalid mount option"}));
  EXPECT_EQ(messages.count(reference(body).error), 1u);
}

// containers/storage names the image's top layer and a freshly generated layer ID when the ID-mapped
// copy of an image layer fails: campaign disagreements of class ".error" on "creating an ID-mapped copy
// of layer". No two answers are alike, and the reference's (placeholders for the IDs, which the host
// profile does not record) matches podman's once the IDs are blanked out.
TEST_F(LivePodman, LayerCopyErrorNamesANewRandomLayerEachTime) {
  const std::string body =
      R"({"image":"localhost/specconf-bare:1","command":["/bin/true"],"userns":{"nsmode":"private"},)"
      R"("idmappings":{"UIDMap":[{"container_id":5,"host_id":1,"size":4},{"container_id":10,"host_id":100,"size":4}],"GIDMap":[]}})";
  const Result first = ask(body), second = ask(body);
  ASSERT_EQ(first.kind, Result::Kind::kError) << first.fault;
  ASSERT_EQ(second.kind, Result::Kind::kError) << second.fault;
  EXPECT_NE(first.error, second.error);
  const std::regex ids("\"[0-9a-f]{64}\"|\"<[^\"]*>\"");
  const auto blank = [&](const std::string& s) { return std::regex_replace(s, ids, "\"ID\""); };
  EXPECT_EQ(blank(first.error), blank(second.error));
  const Result ref = reference(body);
  ASSERT_EQ(ref.kind, Result::Kind::kError);
  EXPECT_EQ(blank(ref.error), blank(first.error));
}

// The rootless service (vfs) chowns the new container's directories to its root IDs, which it can only
// do within its own user namespace (UIDs 0-65536 here): the message names the container's run
// directory, with the random ID podman just gave the container. The reference names it <container ID>.
TEST_F(LiveRootlessPodman, ChownBeyondTheUserNamespaceNamesANewContainerEachTime) {
  const std::string body =
      R"({"image":"localhost/specconf-bare:1","command":["/bin/true"],"userns":{"nsmode":"private"},)"
      R"("idmappings":{"UIDMap":[{"container_id":1,"host_id":1000,"size":1},{"container_id":0,"host_id":100000,"size":0}],)"
      R"("GIDMap":[{"container_id":0,"host_id":1,"size":65536}]}})";
  const Result first = ask(body), second = ask(body);
  ASSERT_EQ(first.kind, Result::Kind::kError) << first.fault;
  ASSERT_EQ(second.kind, Result::Kind::kError) << second.fault;
  EXPECT_NE(first.error, second.error);
  const Result ref = reference(body);
  ASSERT_EQ(ref.kind, Result::Kind::kError);
  EXPECT_EQ(ref.error, "chown <run root>/vfs-containers/<container ID>/userdata: invalid argument");
  const std::regex live("chown /var/tmp/specconf/rootless-cgroupv1/run/vfs-containers/[0-9a-f]{64}/userdata: invalid argument");
  EXPECT_TRUE(std::regex_match(first.error, live)) << first.error;
}

TEST_F(LiveRootlessPodman, VfsLayerCopyIntoIdsBeyondTheUserNamespaceFails) {
  const std::string body =
      R"({"image":"localhost/specconf-bare:1","command":["/bin/true"],"userns":{"nsmode":"private"},)"
      R"("idmappings":{"UIDMap":[{"container_id":0,"host_id":100000,"size":65536}],"GIDMap":[{"container_id":0,"host_id":1,"size":65536}]}})";
  const Result live = ask(body);
  ASSERT_EQ(live.kind, Result::Kind::kError) << live.fault;
  const std::regex id("\"[0-9a-f]{64}\"|\"<[^\"]*>\"|/var/tmp/specconf/rootless-cgroupv1/root|<graph root>");
  EXPECT_EQ(std::regex_replace(live.error, id, "X"), std::regex_replace(reference(body).error, id, "X"));
}

}  // namespace
}  // namespace specconf::engine
