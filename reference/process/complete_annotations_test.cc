#include "reference/process/complete_annotations.h"

#include <gtest/gtest.h>

#include "reference/core/db_lookup.h"
#include "reference/core/error.h"
#include "reference/process/test_hosts.h"

namespace specconf::ref {
namespace {

using Map = std::map<std::string, std::string>;

std::string error_of(specgen::SpecGenerator& s, const host::Image* image, const host::HostProfile& h) {
  try {
    complete_annotations(s, image, h);
  } catch (const PodmanError& e) {
    return e.message();
  }
  return "";
}

host::HostProfile with_pods() {
  host::HostProfile h = testing::debian_root_v1();
  host::Pod infra_pod;
  infra_pod.id = "aaaa1111";
  infra_pod.name = "withinfra";
  infra_pod.infra_id = "ffff0000";
  host::Pod bare_pod;
  bare_pod.id = "aaaa2222";
  bare_pod.name = "noinfra";
  h.pods = {infra_pod, bare_pod};
  host::Container c;
  c.id = "cccc";
  c.name = "ctr";
  h.containers = {c};
  return h;
}

TEST(ReservedAnnotations, PodmanOwnKeysAndTrueFalse) {
  for (const char* k : {"io.podman.annotations.cid-file", "io.podman.annotations.autoremove",
                        "io.podman.annotations.volumes-from", "io.podman.annotations.privileged",
                        "io.podman.annotations.publish-all", "io.podman.annotations.init", "io.podman.annotations.label",
                        "io.podman.annotations.seccomp", "io.podman.annotations.apparmor", "TRUE", "FALSE"}) {
    EXPECT_TRUE(is_reserved_annotation(k)) << k;
  }
  EXPECT_FALSE(is_reserved_annotation("io.podman.annotations.userns"));
  EXPECT_FALSE(is_reserved_annotation("true"));
}

TEST(CompleteAnnotations, NothingGivenLeavesAnEmptyMap) {
  specgen::SpecGenerator s;
  complete_annotations(s, nullptr, testing::debian_root_v1());
  EXPECT_EQ(s.annotations, Map{});
  EXPECT_FALSE(s.labels.has_value());
}

TEST(CompleteAnnotations, ImageAnnotationsWithoutReservedKeys) {
  specgen::SpecGenerator s;
  host::Image img = testing::test_image();
  img.annotations = {{"io.podman.annotations.init", "TRUE"}, {"org.example", "x"}};
  complete_annotations(s, &img, testing::debian_root_v1());
  EXPECT_EQ(s.annotations, (Map{{"org.example", "x"}}));
}

TEST(CompleteAnnotations, ImageLabelsFillOnlyMissingUserLabels) {
  specgen::SpecGenerator s;
  s.labels = Map{{"io.containers.capabilities", "NET_ADMIN"}};
  host::Image img = testing::test_image();
  img.config.labels["other"] = "1";
  complete_annotations(s, &img, testing::debian_root_v1());
  EXPECT_EQ(s.labels, (Map{{"io.containers.capabilities", "NET_ADMIN"}, {"other", "1"}}));
}

TEST(CompleteAnnotations, ImageWithoutLabelsLeavesLabelsUnset) {
  specgen::SpecGenerator s;
  host::Image img = testing::test_image();
  img.config.labels.clear();
  complete_annotations(s, &img, testing::debian_root_v1());
  EXPECT_FALSE(s.labels.has_value());
}

TEST(CompleteAnnotations, ConfAnnotationsSplitAtFirstEqualsAndUserWins) {
  specgen::SpecGenerator s;
  s.annotations = Map{{"b", "user"}};
  host::HostProfile h = testing::debian_root_v1();
  h.containers_conf.annotations = {"a=1=2", "b=conf", "bare"};
  host::Image img = testing::test_image();
  img.annotations = {{"a", "image"}};
  complete_annotations(s, &img, h);
  EXPECT_EQ(s.annotations, (Map{{"a", "1=2"}, {"b", "user"}, {"bare", ""}}));
}

TEST(CompleteAnnotations, PodWithInfraUsesInfraIdAsSandbox) {
  specgen::SpecGenerator s;
  s.pod = "withinfra";
  complete_annotations(s, nullptr, with_pods());
  EXPECT_EQ(s.annotations, (Map{{"io.kubernetes.cri-o.ContainerType", "container"},
                                {"io.kubernetes.cri-o.SandboxID", "ffff0000"}}));
}

TEST(CompleteAnnotations, PodWithoutInfraUsesPodIdAndUserCanOverride) {
  specgen::SpecGenerator s;
  s.pod = "aaaa2222";
  s.annotations = Map{{"io.kubernetes.cri-o.ContainerType", "sandbox"}};
  complete_annotations(s, nullptr, with_pods());
  EXPECT_EQ(s.annotations, (Map{{"io.kubernetes.cri-o.ContainerType", "sandbox"},
                                {"io.kubernetes.cri-o.SandboxID", "aaaa2222"}}));
}

TEST(CompleteAnnotations, InitContainerRefusedInRunningPod) {
  host::HostProfile h = with_pods();
  host::Container member;
  member.id = "dddd";
  member.name = "member";
  member.pod = "aaaa1111";
  member.running = true;
  h.containers.push_back(member);
  specgen::SpecGenerator s;
  s.pod = "withinfra";
  s.init_container_type = "always";
  EXPECT_EQ(error_of(s, nullptr, h), "cannot add init-ctr to a running pod");
  specgen::SpecGenerator other;
  other.pod = "noinfra";
  other.init_container_type = "always";
  EXPECT_EQ(error_of(other, nullptr, h), "");
  specgen::SpecGenerator plain;
  plain.pod = "withinfra";
  EXPECT_EQ(error_of(plain, nullptr, h), "");
}

TEST(LookupPod, ErrorsNameTheInput) {
  const host::HostProfile h = with_pods();
  specgen::SpecGenerator s;
  s.pod = "aaaa";
  EXPECT_EQ(error_of(s, nullptr, h), "more than one result for ID or name aaaa: pod already exists");
  s.pod = "ctr";
  EXPECT_EQ(error_of(s, nullptr, h), "ctr is a container, not a pod: no such pod");
  s.pod = "zzz";
  EXPECT_EQ(error_of(s, nullptr, h), "no pod with name or ID zzz found: no such pod");
  EXPECT_THROW(db::lookup_pod(h, ""), PodmanError);
}

}  // namespace
}  // namespace specconf::ref
