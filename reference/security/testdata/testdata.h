// Test inputs of //reference/security, read from the runfiles tree (tests may touch files; the library
// may not).
#pragma once

#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "reference/core/error.h"
#include "reference/core/generator.h"
#include "reference/model/host_profile.h"

namespace specconf::ref::testdata {

inline std::string read(const std::string& name) {
  std::ifstream f("reference/security/testdata/" + name, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The PodmanError message `f` throws, or "" when it returns.
inline std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const PodmanError& e) {
    return e.message();
  }
  return "";
}

// The compact JSON of one member of an example spec, e.g. member("t1.json", {"linux", "seccomp"}).
inline std::string member(const std::string& file, std::initializer_list<const char*> path) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(read(file));
  for (const char* key : path) j = j.at(key);
  return j.dump();
}

// The host the examples were captured on: Debian 12 amd64, root, the stock containers.conf and
// seccomp.json, a bounding set of every cap up to CAP_CHECKPOINT_RESTORE except CAP_SYS_RESOURCE.
inline host::HostProfile debian_root_host() {
  host::HostProfile h;
  for (const std::string& c : all_capability_names()) {
    if (c != "CAP_SYS_RESOURCE") h.capabilities.bounding.push_back(c);
  }
  h.capabilities.last_cap = 40;
  h.capabilities.ambient = true;
  h.containers_conf.default_capabilities = {"CHOWN",  "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL",      "NET_BIND_SERVICE",
                                            "SETFCAP", "SETGID",      "SETPCAP", "SETUID", "SYS_CHROOT"};
  h.containers_conf.default_sysctls = {"net.ipv4.ping_group_range=0 0"};
  h.seccomp.native_arch = "amd64";
  host::FileFact f;
  f.type = "file";
  f.content = read("seccomp.json");
  h.files["/usr/share/containers/seccomp.json"] = f;
  return h;
}

}  // namespace specconf::ref::testdata
