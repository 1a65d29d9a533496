#include "reference/core/db_lookup.h"

#include <gtest/gtest.h>

#include "reference/core/error.h"

namespace specconf::ref::db {
namespace {

// error_of(f): the PodmanError message f throws, or "" when it returns normally.
template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const PodmanError& e) {
    return e.message();
  }
  return "";
}

host::Container container(const char* id, const char* name) {
  host::Container c;
  c.id = id;
  c.name = name;
  return c;
}

// Pod "pod1" with its infra container, container "web" (in no pod) and container "db", whose ID shares
// the prefix "22" with web's.
host::HostProfile profile() {
  host::HostProfile h;
  host::Pod p;
  p.id = "0a1b2c3d4e5f00112233445566778899aabbccddeeff00112233445566778899";
  p.name = "pod1";
  p.hostname = "pod1host";
  p.infra_id = "1111111111111111111111111111111111111111111111111111111111111111";
  p.shared = {"ipc", "net", "uts"};
  h.pods.push_back(p);
  host::Container infra = container(p.infra_id.c_str(), "0a1b2c3d4e5f-infra");
  infra.pod = p.id;
  h.containers.push_back(infra);
  host::Container web = container("2222222222222222222222222222222222222222222222222222222222222222", "web");
  web.hostname = "webhost";
  h.containers.push_back(web);
  h.containers.push_back(container("22ab000000000000000000000000000000000000000000000000000000000000", "db"));
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

TEST(LookupContainer, ErrorsQuoteTheInputLikeStrconvQuote) {
  const host::HostProfile h = profile();
  // An unassigned rune (U+0378) is not printable for Go, so %q escapes it.
  EXPECT_EQ(error_of([&] { lookup_container(h, "x\xCD\xB8"); }),
            "no container with name or ID \"x\\u0378\" found: no such container");
}

TEST(LookupContainer, FullIdThenNameThenUniquePrefix) {
  host::HostProfile h;
  host::Container donor = container("aaaa1111", "donor");
  h.containers = {donor, container("aaaa2222", "other")};
  EXPECT_EQ(lookup_container(h, "aaaa2222").name, "other");
  EXPECT_EQ(lookup_container(h, "donor").id, "aaaa1111");
  EXPECT_EQ(lookup_container(h, "aaaa2").name, "other");
  h.containers[1].name = "aaaa1111";  // a full ID wins over a name
  EXPECT_EQ(lookup_container(h, "aaaa1111").name, "donor");
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

TEST(LookupPod, PodExistsExactlyWhenLookupSucceeds) {
  host::HostProfile h = profile();
  host::Pod other = h.pods[0];
  other.id = "0a1bffff";
  other.name = "pod2";
  h.pods.push_back(other);
  for (const std::string key : {"", "pod1", "pod2", "0a1b", "0a1b2c", "0a1bf", "0a1bffff", "0", "web", "nope", "0a1bffff0"}) {
    EXPECT_EQ(pod_exists(h, key), error_of([&] { lookup_pod(h, key); }).empty()) << key;
  }
}

// Pods "withinfra" and "noinfra" whose IDs share the prefix "aaaa", and container "ctr".
host::HostProfile with_pods() {
  host::HostProfile h;
  host::Pod infra_pod;
  infra_pod.id = "aaaa1111";
  infra_pod.name = "withinfra";
  infra_pod.infra_id = "ffff0000";
  host::Pod bare_pod;
  bare_pod.id = "aaaa2222";
  bare_pod.name = "noinfra";
  h.pods = {infra_pod, bare_pod};
  h.containers = {container("cccc", "ctr")};
  return h;
}

TEST(LookupPod, FullIdThenNameThenUniquePrefix) {
  const host::HostProfile h = with_pods();
  EXPECT_EQ(lookup_pod(h, "aaaa1111").name, "withinfra");
  EXPECT_EQ(lookup_pod(h, "noinfra").id, "aaaa2222");
  EXPECT_EQ(lookup_pod(h, "aaaa2").id, "aaaa2222");
}

TEST(GetContainer, NeedsTheFullId) {
  const host::HostProfile h = profile();
  EXPECT_EQ(get_container(h, h.pods[0].infra_id).name, "0a1b2c3d4e5f-infra");
  EXPECT_EQ(error_of([&] { get_container(h, "web"); }), "container web not found in DB: no such container");
  EXPECT_EQ(error_of([&] { get_container(h, ""); }), "name or ID cannot be empty");
}

TEST(ContainerHostname, FallsBackToTheShortId) {
  host::Container c = container("0123456789abcdef0123", "x");
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

TEST(PodFacts, ARunningMemberMakesThePodRunning) {
  host::HostProfile h = profile();
  const host::Pod& p = h.pods[0];
  EXPECT_FALSE(pod_has_running_container(h, p));
  h.containers[1].running = true;  // web is in no pod
  EXPECT_FALSE(pod_has_running_container(h, p));
  h.containers[0].running = true;  // the infra container is
  EXPECT_TRUE(pod_has_running_container(h, p));
}

}  // namespace
}  // namespace specconf::ref::db
