// Test helpers: small HostProfiles built in code, and the stored specs of testdata/.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include "reference/core/error.h"
#include "reference/model/host_profile.h"
#include "reference/model/oci_spec_json.h"

namespace specconf::ref::testing {

inline host::FileFact dir_fact(std::vector<std::string> entries = {}) {
  host::FileFact f;
  f.type = "dir";
  f.mode = 040755;
  if (!entries.empty()) f.entries = std::move(entries);
  return f;
}

inline host::FileFact file_fact() {
  host::FileFact f;
  f.type = "file";
  f.mode = 0100755;
  return f;
}

inline host::FileFact char_dev(std::int64_t major, std::int64_t minor, std::uint32_t perm = 0666) {
  host::FileFact f;
  f.type = "char";
  f.mode = 020000 | perm;
  f.major = major;
  f.minor = minor;
  return f;
}

inline host::FileFact block_dev(std::int64_t major, std::int64_t minor) {
  host::FileFact f;
  f.type = "block";
  f.mode = 060660;
  f.major = major;
  f.minor = minor;
  f.gid = 6;
  return f;
}

inline host::FileFact symlink_to(std::string target) {
  host::FileFact f;
  f.type = "symlink";
  f.mode = 0120777;
  f.target = std::move(target);
  return f;
}

inline host::FileFact with_flags(host::FileFact f, bool nosuid, bool nodev, bool noexec) {
  f.nosuid = nosuid;
  f.nodev = nodev;
  f.noexec = noexec;
  return f;
}

// A root host on Debian 12 like the one the examples were captured on.
inline host::HostProfile debian_root() {
  host::HostProfile h;
  h.name = "test-root";
  h.cwd = "/";
  h.containers_conf.init_path = "/usr/libexec/podman/catatonit";
  h.files["/"] = dir_fact();
  h.files["/dev"] = with_flags(dir_fact({"null", "zero", "snd"}), true, false, false);
  h.files["/dev/null"] = with_flags(char_dev(1, 3), true, false, false);
  h.files["/dev/zero"] = with_flags(char_dev(1, 5), true, false, false);
  h.files["/dev/mqueue"] = with_flags(dir_fact(), true, true, true);
  h.files["/proc"] = with_flags(dir_fact(), true, true, true);
  h.files["/tmp"] = dir_fact();
  h.files["/usr/libexec/podman/catatonit"] = file_fact();
  return h;
}

inline host::HostProfile debian_rootless() {
  host::HostProfile h = debian_root();
  h.identity.rootless = true;
  h.identity.uid = 1000;
  h.identity.gid = 1000;
  return h;
}

inline oci::Mount mount(std::string dest, std::string type, std::string source, std::vector<std::string> options) {
  oci::Mount m;
  m.destination = std::move(dest);
  m.type = std::move(type);
  m.source = std::move(source);
  m.options = std::move(options);
  return m;
}

// The message of the PodmanError `body` throws, or "" when it returns.
template <class F>
std::string error_of(F&& body) {
  try {
    body();
  } catch (const PodmanError& e) {
    return e.message();
  }
  return "";
}

inline oci::Spec load_spec(const std::string& name) {
  std::ifstream f("reference/storage/testdata/" + name, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  oci::Spec spec;
  const std::string err = oci::from_go_json(ss.str(), spec);
  EXPECT_EQ(err, "") << name;
  return spec;
}

}  // namespace specconf::ref::testing

namespace specconf::oci {

inline bool operator==(const Mount& a, const Mount& b) {
  return a.destination == b.destination && a.type == b.type && a.source == b.source && a.options == b.options;
}

inline std::ostream& operator<<(std::ostream& os, const Mount& m) {
  os << "{" << m.destination << " " << m.type << " " << m.source << " [";
  for (std::size_t i = 0; i < m.options.size(); ++i) os << (i ? "," : "") << m.options[i];
  return os << "]}";
}

}  // namespace specconf::oci
