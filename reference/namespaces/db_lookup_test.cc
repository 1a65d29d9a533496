#include "reference/namespaces/db_lookup.h"

#include <gtest/gtest.h>

#include "reference/namespaces/testing/error_of.h"
#include "reference/namespaces/testing/fixtures.h"

namespace specconf::ref::db {
namespace {

using testing::error_of;

host::HostProfile profile() {
  host::HostProfile h = testing::root_v1();
  testing::add_pod(h);
  testing::add_web(h);
  h.containers.push_back(testing::container("22ab000000000000000000000000000000000000000000000000000000000000", "db"));
  return h;
}

TEST(LookupContainer, FindsByFullIdNameAndUniquePrefix) {
  const host::HostProfile h = profile();
  EXPECT_EQ(lookup_container(h, "web").name, "web");
  EXPECT_EQ(lookup_container(h, "2222222222222222222222222222222222222222222222222222222222222222").name, "web");
  EXPECT_EQ(lookup_container(h, "2222").name, "web");
  EXPECT_EQ(lookup_container(h, "22a").name, "db");
  EXPECT_EQ(lookup_container(h, "111").name, "0a1b2c3d4e5f-infra");
}

TEST(LookupContainer, FailsWithBoltStateTexts) {
  const host::HostProfile h = profile();
  EXPECT_EQ(error_of([&] { lookup_container(h, ""); }), "name or ID cannot be empty");
  EXPECT_EQ(error_of([&] { lookup_container(h, "22"); }),
            "more than one result for container ID 22: container already exists");
  EXPECT_EQ(error_of([&] { lookup_container(h, "nope"); }),
            "no container with name or ID \"nope\" found: no such container");
  EXPECT_EQ(error_of([&] { lookup_container(h, "pod1"); }), "\"pod1\" is a pod, not a container: no such container");
}

TEST(LookupPod, FindsByFullIdNameAndUniquePrefix) {
  const host::HostProfile h = profile();
  EXPECT_EQ(lookup_pod(h, "pod1").name, "pod1");
  EXPECT_EQ(lookup_pod(h, "0a1b").name, "pod1");
  EXPECT_EQ(lookup_pod(h, h.pods[0].id).name, "pod1");
  EXPECT_TRUE(pod_exists(h, "pod1"));
  EXPECT_FALSE(pod_exists(h, ""));
  EXPECT_FALSE(pod_exists(h, "web"));
}

TEST(LookupPod, FailsWithBoltStateTexts) {
  host::HostProfile h = profile();
  EXPECT_EQ(error_of([&] { lookup_pod(h, ""); }), "name or ID cannot be empty");
  EXPECT_EQ(error_of([&] { lookup_pod(h, "web"); }), "web is a container, not a pod: no such pod");
  EXPECT_EQ(error_of([&] { lookup_pod(h, "nope"); }), "no pod with name or ID nope found: no such pod");
  host::Pod other = h.pods[0];
  other.id = "0a1bffff";
  other.name = "pod2";
  h.pods.push_back(other);
  EXPECT_EQ(error_of([&] { lookup_pod(h, "0a1b"); }), "more than one result for ID or name 0a1b: pod already exists");
}

TEST(GetContainer, NeedsTheFullId) {
  const host::HostProfile h = profile();
  EXPECT_EQ(get_container(h, h.pods[0].infra_id).name, "0a1b2c3d4e5f-infra");
  EXPECT_EQ(error_of([&] { get_container(h, "web"); }), "container web not found in DB: no such container");
  EXPECT_EQ(error_of([&] { get_container(h, ""); }), "name or ID cannot be empty");
}

TEST(ContainerHostname, FallsBackToTheShortId) {
  host::Container c = testing::container("0123456789abcdef0123", "x");
  EXPECT_EQ(container_hostname(c), "0123456789ab");
  c.id = "short";
  EXPECT_EQ(container_hostname(c), "short");
  c.hostname = "named";
  EXPECT_EQ(container_hostname(c), "named");
}

TEST(PodFacts, SharesHostNamespacesAndMembership) {
  const host::HostProfile h = profile();
  host::Pod p = h.pods[0];
  p.host_namespaces = {"net"};
  EXPECT_TRUE(pod_shares(p, "uts"));
  EXPECT_FALSE(pod_shares(p, "pid"));
  EXPECT_TRUE(pod_namespace_is_host(p, "net"));
  EXPECT_FALSE(pod_namespace_is_host(p, "uts"));
  EXPECT_TRUE(container_in_pod(h.containers[0], p));
  host::Container by_name = h.containers[1];
  by_name.pod = "pod1";
  EXPECT_TRUE(container_in_pod(by_name, p));
  EXPECT_FALSE(container_in_pod(h.containers[1], p));
}

}  // namespace
}  // namespace specconf::ref::db
