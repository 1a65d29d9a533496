// Host profiles and requests shared by the namespace tests. The rootless identity is the one the
// examples' README describes (uid 1004, subuid 296608:65536, subgid 165536:65536).
#pragma once

#include <string>

#include "reference/model/host_profile.h"
#include "reference/model/specgen.h"

namespace specconf::ref::testing {

inline host::HostProfile root_v1(const char* engine = host::kEnginePodman431) {
  host::HostProfile h;
  h.name = "root-cgroupv1";
  h.engine = engine;
  h.hostname = "vm";
  h.cgroups.version = 1;
  h.limits.pid_max = 32768;
  h.limits.default_process_limits = {"nproc=32768:32768"};
  h.containers_conf.ipcns = "shareable";
  h.containers_conf.netns = "private";
  h.containers_conf.pidns = "private";
  h.containers_conf.utsns = "private";
  h.containers_conf.cgroupns = "host";
  return h;
}

inline host::HostProfile root_v2(const char* engine = host::kEnginePodman431) {
  host::HostProfile h = root_v1(engine);
  h.name = "root-cgroupv2";
  h.cgroups.version = 2;
  h.containers_conf.cgroupns = "private";
  return h;
}

inline host::HostProfile rootless_v1(const char* engine = host::kEnginePodman431) {
  host::HostProfile h = root_v1(engine);
  h.name = "rootless-cgroupv1";
  h.identity.rootless = true;
  h.identity.uid = 1004;
  h.identity.gid = 1004;
  h.identity.user = "specconf";
  h.identity.subuid = {{296608, 65536}};
  h.identity.subgid = {{165536, 65536}};
  h.identity.gid_map_total = 65537;
  return h;
}

inline specgen::Namespace nsm(const char* mode, const char* value = "") {
  specgen::Namespace n;
  n.nsmode = mode;
  n.value = value;
  return n;
}

inline specgen::IDMap idm(long long container, long long host, long long size) {
  return specgen::IDMap{container, host, size};
}

// Donors: container "web" (in no pod), pod "pod1" with infra "infra1..." sharing ipc, net, uts.
inline host::Container container(const char* id, const char* name) {
  host::Container c;
  c.id = id;
  c.name = name;
  return c;
}

inline void add_pod(host::HostProfile& h, std::vector<std::string> shared = {"ipc", "net", "uts"},
                    std::vector<std::string> host_namespaces = {}) {
  host::Pod p;
  p.id = "0a1b2c3d4e5f00112233445566778899aabbccddeeff00112233445566778899";
  p.name = "pod1";
  p.hostname = "pod1host";
  p.infra_id = "1111111111111111111111111111111111111111111111111111111111111111";
  p.shared = std::move(shared);
  p.host_namespaces = std::move(host_namespaces);
  h.pods.push_back(p);
  host::Container infra = container(p.infra_id.c_str(), "0a1b2c3d4e5f-infra");
  infra.pod = p.id;
  infra.uid_map = {idm(0, 100000, 65536)};
  infra.gid_map = {idm(0, 100000, 65536)};
  h.containers.push_back(infra);
}

inline void add_web(host::HostProfile& h) {
  host::Container c = container("2222222222222222222222222222222222222222222222222222222222222222", "web");
  c.hostname = "webhost";
  c.uid_map = {idm(0, 200000, 1000), idm(1000, 300000, 10)};
  c.gid_map = {idm(0, 200000, 1000)};
  h.containers.push_back(c);
}

}  // namespace specconf::ref::testing
