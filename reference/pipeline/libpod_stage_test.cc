// The libpod stage of the whole create path: which error podman reports first, and what a pod's infra
// container hands its members.
#include <gtest/gtest.h>

#include "reference/pipeline/create.h"

namespace specconf::ref {
namespace {

host::FileFact fact(const char* type) {
  host::FileFact f;
  f.type = type;
  return f;
}

// Root on cgroup v2 with a rootfs and a pod whose infra shares ipc, net and uts.
host::HostProfile host_with_pod() {
  host::HostProfile h;
  h.cgroups.version = 2;
  h.files["/srv/rootfs"] = fact("dir");
  h.files["/dev/null"] = fact("char");
  host::Container infra;
  infra.id = "1nfra";
  infra.name = "p-infra";
  infra.pod = "p0d";
  infra.infra_inherit.emplace().shm_size = 65536000;
  infra.spec_annotations = {{"io.podman.annotations.seccomp", "unconfined"}};
  h.containers.push_back(infra);
  host::Container outsider;
  outsider.id = "0uts1der";
  outsider.name = "outsider";
  h.containers.push_back(outsider);
  h.pods.push_back(host::Pod{"p0d", "pod", "", "1nfra", {"ipc", "net", "uts"}, {}});
  return h;
}

std::string error_of(const host::HostProfile& h, const std::string& extra) {
  const std::string body = R"({"rootfs":"/srv/rootfs","command":["/bin/true"])" + extra + "}";
  return create_container(h, body).error;
}

TEST(LibpodStage, OptionsFailInTheOrderMakeContainerAppendsThem) {
  const host::HostProfile h = host_with_pod();
  // WithCgroupsMode (namespaceOptions' list) comes before WithRestartPolicy, which comes before
  // WithInitCtrType (appended by MakeContainer after createContainerOptions).
  EXPECT_EQ(error_of(h, R"(,"restart_policy":"x","cgroups_mode":"x","init_container_type":"x")"),
            "running container create option: invalid cgroup mode \"x\": invalid argument");
  EXPECT_EQ(error_of(h, R"(,"restart_policy":"x","init_container_type":"x")"),
            "running container create option: \"x\" is not a valid restart policy: invalid argument");
  EXPECT_EQ(error_of(h, R"(,"umask":"9","timezone":"No/Where")"),
            "running container create option: stat /usr/share/zoneinfo/No/Where: no such file or directory");
}

TEST(LibpodStage, MakeContainerErrorsComeBeforeAnyOption) {
  const host::HostProfile h = host_with_pod();
  // SpecGenToOCI's device error is returned by MakeContainer; the options only run in NewContainer.
  EXPECT_EQ(error_of(h, R"(,"restart_policy":"x","devices":[{"path":"/dev/nope"}])"),
            "stat /dev/nope: no such file or directory");
  EXPECT_EQ(error_of(h, R"(,"restart_policy":"x","systemd":"True")"),
            "invalid value \"True\" systemd option requires 'true, false, always': %!w(<nil>)");
}

TEST(LibpodStage, ValidateRunsAfterTheOptions) {
  const host::HostProfile h = host_with_pod();
  EXPECT_EQ(error_of(h, R"(,"init_container_type":"once")"), "init containers must be created in a pod: invalid argument");
  EXPECT_EQ(error_of(h, R"(,"init_container_type":"once","pod":"pod")"), "");
  EXPECT_EQ(error_of(h, R"(,"cgroups_mode":"disabled","pidns":{"nsmode":"host"})"),
            "containers not creating Cgroups must create a private PID namespace: invalid argument");
}

TEST(LibpodStage, PodMembersTakeTheInfrasSecurityAnnotationsAndShmSize) {
  const host::HostProfile h = host_with_pod();
  const CreateResult r = create_container(h, R"({"rootfs":"/srv/rootfs","command":["/bin/true"],"pod":"pod"})");
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.spec->annotations.at("io.podman.annotations.seccomp"), "unconfined");
  EXPECT_EQ(r.spec->annotations.at("io.kubernetes.cri-o.SandboxID"), "1nfra");
  // The infra's shm_size reaches Validate, which refuses it for a container without IPC namespace.
  EXPECT_EQ(error_of(h, R"(,"pod":"pod","ipcns":{"nsmode":"none"})"),
            "invalid config provided: cannot set shmsize when running in the {none } IPC Namespace");
}

TEST(LibpodStage, PodMembersMayOnlyJoinOrDependOnMembers) {
  const host::HostProfile h = host_with_pod();
  EXPECT_EQ(error_of(h, R"(,"pod":"pod","dependencyContainers":["outsider"])"),
            "running container create option: container has joined pod p0d and dependency container 0uts1der is not "
            "a member of the pod: invalid argument");
  EXPECT_EQ(error_of(h, R"(,"dependencyContainers":["outsider"])"), "");
}

TEST(LibpodStage, APodWhoseInfraIsGoneFailsWithTheDatabasesError) {
  host::HostProfile h = host_with_pod();
  h.containers.erase(h.containers.begin());
  EXPECT_EQ(error_of(h, R"(,"pod":"pod")"), "container 1nfra not found in DB: no such container");
}

}  // namespace
}  // namespace specconf::ref
