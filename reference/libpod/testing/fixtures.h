// Test helpers for reference/libpod: small host profiles, donors and applying one option.
#pragma once

#include <string>

#include "reference/core/error.h"
#include "reference/libpod/options.h"
#include "reference/model/host_profile.h"

namespace specconf::ref::libpod::testing {

// The option's error text, or "" when it applies cleanly.
inline std::string error_of(const CtrCreateOption& option, ContainerConfig& c) {
  try {
    option(c);
  } catch (const PodmanError& e) {
    return e.message();
  }
  return "";
}

inline std::string error_of(const CtrCreateOption& option) {
  oci::Spec spec;
  ContainerConfig c;
  c.spec = &spec;
  return error_of(option, c);
}

inline host::FileFact fact(const char* type) {
  host::FileFact f;
  f.type = type;
  return f;
}

// A profile with a rootfs, a zoneinfo directory with one zone, and the service's cwd at /srv.
inline host::HostProfile test_host() {
  host::HostProfile h;
  h.cwd = "/srv";
  h.files["/srv/rootfs"] = fact("dir");
  h.files["/usr/share/zoneinfo"] = fact("dir");
  h.files["/usr/share/zoneinfo/Europe"] = fact("dir");
  h.files["/usr/share/zoneinfo/Europe/Paris"] = fact("file");
  return h;
}

inline host::Container donor(const char* id, const char* pod = "") {
  host::Container c;
  c.id = id;
  c.pod = pod;
  return c;
}

}  // namespace specconf::ref::libpod::testing
