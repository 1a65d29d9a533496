// SpecGenerator decoding as podman's REST handler does it (json.NewDecoder(body).Decode(&s)).
#include "reference/model/specgen_json.h"

#include <gtest/gtest.h>

#include <string>

namespace specconf::specgen {
namespace {

// Every kind of field the model has, once.
const char* kRich = R"({
 "name":"t","pod":"","entrypoint":[""],"command":["/bin/sh","-c","true"],"env_host":true,"httpproxy":true,
 "env":{"A":"1","B":""},"terminal":true,"stdin":true,"labels":{"l":"v"},"annotations":{"a":"b"},
 "stop_signal":15,"stop_timeout":10,"timeout":5,"log_configuration":{"driver":"k8s-file","size":10,"options":{"o":"p"}},
 "restart_tries":3,"systemd":"false","sdnotifyMode":"container","namespace":"ns",
 "pidns":{"nsmode":"host"},"utsns":{"nsmode":"private"},"hostname":"h","hostusers":["u"],
 "sysctl":{"net.ipv4.ip_forward":"1"},"remove":true,"containerCreateCommand":["podman"],"timezone":"UTC",
 "dependencyContainers":["d"],"secret_env":{"S":"s"},"init_container_type":"always",
 "personality":{"domain":"LINUX32","flags":["f"]},"envmerge":["A=${A}x"],"unsetenv":["TERM"],"unsetenvall":true,
 "manage_password":false,"passwd_entry":"p","image":"localhost/i:1","rootfs":"/r","rootfs_overlay":true,
 "image_volume_mode":"tmpfs","volumes_from":["c:ro"],"init":true,"init_path":"/init",
 "mounts":[{"destination":"/a","type":"bind","source":"/src","options":["ro"],"uidMappings":[{"containerID":0,"hostID":1,"size":2}]}],
 "volumes":[{"Name":"v","Dest":"/v","Options":null,"IsAnonymous":true},null],
 "overlay_volumes":[{"destination":"/o","source":"/s"}],"image_volumes":[{"Source":"i","Destination":"/d","ReadWrite":true}],
 "devices":[{"path":"/dev/null:/dev/x:rw","type":"","major":0,"minor":0}],
 "device_cgroup_rule":[{"allow":true,"type":"c","major":1,"minor":3,"access":"rwm"}],"devices_from":["x"],
 "ipcns":{"nsmode":"shareable"},"shm_size":65536,"work_dir":"/w","create_working_dir":true,"storage_opts":{"size":"1G"},
 "rootfs_propagation":"rslave","secrets":[{"Source":"s","Target":"t","UID":1,"GID":2,"Mode":384}],"volatile":true,
 "chroot_directories":["/c"],"privileged":true,"user":"1000:1000","groups":["g"],"cap_add":["NET_ADMIN"],"cap_drop":["ALL"],
 "selinux_opts":["disable"],"apparmor_profile":"unconfined","seccomp_policy":"default","seccomp_profile_path":"/s.json",
 "no_new_privileges":true,"userns":{"nsmode":"private"},
 "idmappings":{"HostUIDMapping":false,"UIDMap":[{"container_id":0,"host_id":100000,"size":65536}],"GIDMap":[{"container_id":0,"host_id":100000,"size":3}],"AutoUserNs":true,"AutoUserNsOpts":{"Size":10,"AdditionalUIDMappings":null}},
 "read_only_filesystem":true,"umask":"0022","procfs_opts":[],"mask":["/x"],"unmask":["ALL"],"cgroupns":{"nsmode":"private"},
 "cgroups_mode":"enabled","cgroup_parent":"/p","netns":{"nsmode":"bridge"},
 "portmappings":[{"host_ip":"127.0.0.1","container_port":80,"host_port":8080,"range":1,"protocol":"tcp"}],
 "publish_image_ports":true,"expose":{"8080":"tcp"},"Networks":{"podman":{"static_ips":["10.88.0.5"],"aliases":["x"],"static_mac":"02:42:ac:11:00:02","interface_name":"eth0"}},
 "cni_networks":["podman"],"use_image_resolve_conf":true,"dns_server":["1.1.1.1","::1"],"dns_search":["s"],"dns_option":["o"],
 "use_image_hosts":true,"hostadd":["h:1.2.3.4"],"network_options":{"slirp4netns":["a"]},
 "resource_limits":{"memory":{"limit":1024,"swap":2048},"cpu":{"shares":2,"cpus":"0"},"pids":{"limit":5},"unified":{}},
 "r_limits":[{"type":"nofile","hard":10,"soft":5}],"oom_score_adj":-500,
 "weightDevice":{"/dev/vda":{"weight":10}},"throttleReadBpsDevice":{"/dev/vda":{"rate":1}},
 "throttleWriteBpsDevice":{"/dev/vda":{"rate":2}},"throttleReadIOPSDevice":{"/dev/vda":{"rate":3}},
 "throttleWriteIOPSDevice":{"/dev/vda":{"rate":4}},"unified":{"k":"v"},"cpu_period":100000,"cpu_quota":50000,
 "healthconfig":{"Test":["CMD","true"],"Interval":1000000000,"Retries":3},"health_check_on_failure_action":2
})";

TEST(SpecGeneratorJson, EveryFieldRoundTripsThroughGoForm) {
  SpecGenerator s;
  ASSERT_EQ(from_go_json(kRich, s), "");
  EXPECT_EQ(s.userns.nsmode, "private");
  ASSERT_TRUE(s.idmappings && s.idmappings->gid_map);
  EXPECT_EQ((*s.idmappings->gid_map)[0].size, 3);
  ASSERT_TRUE(s.procfs_opts.has_value());
  EXPECT_TRUE(s.procfs_opts->empty());  // [] is not nil: podman replaces /proc's options with nothing
  EXPECT_EQ(s.networks->at("podman").static_mac.to_string(), "02:42:ac:11:00:02");
  const std::string once = to_go_json(s);
  SpecGenerator again;
  ASSERT_EQ(from_go_json(once, again), "");
  EXPECT_EQ(to_go_json(again), once);
}

TEST(SpecGeneratorJson, TypeErrorUsesPodmansWording) {
  SpecGenerator s;
  EXPECT_EQ(from_go_json(R"({"privileged":1})", s),
            "json: cannot unmarshal number into Go struct field SpecGenerator.privileged of type bool");
  std::string path;
  EXPECT_EQ(from_go_json(R"({"resource_limits":{"memory":{"limit":"x"}}})", s, &path),
            "json: cannot unmarshal string into Go struct field LinuxMemory.resource_limits.memory.limit of type int64");
  EXPECT_EQ(path, ".resource_limits.memory.limit");
  EXPECT_EQ(from_go_json(R"({"idmappings":{"GIDMap":[{"size":"x"}]}})", s, &path),
            "json: cannot unmarshal string into Go struct field IDMap.idmappings.GIDMap.size of type int");
  EXPECT_EQ(path, ".idmappings.GIDMap[0].size");
  EXPECT_EQ(from_go_json(R"({"expose":{"abc":"tcp"}})", s),
            "json: cannot unmarshal number abc into Go struct field SpecGenerator.expose of type uint16");
  EXPECT_EQ(from_go_json(R"({"stop_signal":"TERM"})", s),
            "json: cannot unmarshal string into Go struct field SpecGenerator.stop_signal of type syscall.Signal");
  EXPECT_EQ(from_go_json(R"([])", s), "json: cannot unmarshal array into Go value of type specgen.SpecGenerator");
}

TEST(SpecGeneratorJson, SlicesOfPointersAreNamedWithAStar) {
  SpecGenerator s;
  EXPECT_EQ(from_go_json(R"({"volumes":5})", s),
            "json: cannot unmarshal number into Go struct field SpecGenerator.volumes of type []*specgen.NamedVolume");
  EXPECT_EQ(from_go_json(R"({"overlay_volumes":{}})", s),
            "json: cannot unmarshal object into Go struct field SpecGenerator.overlay_volumes of type "
            "[]*specgen.OverlayVolume");
  EXPECT_EQ(from_go_json(R"({"image_volumes":"x"})", s),
            "json: cannot unmarshal string into Go struct field SpecGenerator.image_volumes of type "
            "[]*specgen.ImageVolume");
}

TEST(SpecGeneratorJson, KeysMatchCaseInsensitivelyAndUnknownKeysAreIgnored) {
  SpecGenerator s;
  ASSERT_EQ(from_go_json(R"({"Privileged":true,"CAP_ADD":["x"],"NoSuchField":{"a":[1]},"NETNS":{"NSMODE":"host"}})", s), "");
  EXPECT_TRUE(s.privileged);
  EXPECT_EQ(s.cap_add, std::vector<std::string>{"x"});
  EXPECT_EQ(s.netns.nsmode, "host");
}

TEST(SpecGeneratorJson, DecoderReadsOnlyTheFirstValue) {
  SpecGenerator s;
  EXPECT_EQ(from_go_json(R"({"name":"a"} trailing garbage)", s), "");
  EXPECT_EQ(s.name, "a");
  EXPECT_EQ(from_go_json("", s), "EOF");
  EXPECT_EQ(from_go_json(R"({"name":)", s), "unexpected EOF");
}

TEST(SpecGeneratorJson, PrefilledDefaultsSurviveUnlessTheBodySetsThem) {
  SpecGenerator s;
  s.umask = "0022";
  s.use_image_hosts = true;
  ASSERT_EQ(from_go_json(R"({"use_image_hosts":false})", s), "");
  EXPECT_EQ(s.umask, "0022");
  EXPECT_FALSE(s.use_image_hosts);
}

TEST(SpecGeneratorJson, CustomUnmarshalersStopDecodingWithTheirOwnErrors) {
  SpecGenerator s;
  EXPECT_EQ(from_go_json(R"({"dns_server":["not-an-ip"]})", s), "invalid IP address: not-an-ip");
  EXPECT_EQ(from_go_json(R"({"privileged":1,"dns_server":["x"]})", s), "invalid IP address: x");
  EXPECT_EQ(from_go_json(R"({"Networks":{"n":{"static_mac":5}}})", s),
            "json: cannot unmarshal number into Go value of type net.HardwareAddr");
  EXPECT_EQ(from_go_json(R"({"Networks":{"n":{"static_mac":"zz"}}})", s), "illegal base64 data at input byte 0");
}

// Bad input of every kind gets one line with a JSON path, and never a crash.
TEST(SpecGeneratorJson, BadInputGivesOneLineErrorWithPath) {
  const struct {
    std::string body;
    const char* error;
    const char* path;
  } cases[] = {
      {"not json", "invalid character 'o' in literal null (expecting 'u')", "."},
      {R"({"mounts":[{"destination":"/a"},)", "unexpected EOF", ".mounts[1]"},
      {R"({"mounts":{}})", "json: cannot unmarshal object into Go struct field SpecGenerator.mounts of type []specs.Mount",
       ".mounts"},
      {"{\"name\":1\xff}", "invalid character '\xc3\xbf' after object key:value pair", ".name"},
      {std::string(10001, '[') + std::string(10001, ']'), "invalid character '[' exceeded max depth", "[0][0]"},
  };
  for (const auto& c : cases) {
    SpecGenerator s;
    std::string path;
    EXPECT_EQ(from_go_json(c.body, s, &path), c.error) << c.body.substr(0, 40);
    EXPECT_EQ(path.substr(0, std::string(c.path).size()), c.path) << c.body.substr(0, 40);
  }
}

TEST(SpecGeneratorJson, InvalidUtf8InsideStringsIsReplacedAsGoDoes) {
  SpecGenerator s;
  ASSERT_EQ(from_go_json("{\"hostname\":\"a\xff" "b\"}", s), "");
  EXPECT_EQ(s.hostname, "a\xef\xbf\xbd" "b");
}

}  // namespace
}  // namespace specconf::specgen
