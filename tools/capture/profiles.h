// The six host profiles (names fixed: golden/<profile>/ and golden/hosts/<profile>.json use them) and
// the C++ side of tools/capture/podman-profile.sh, which owns how each one is set up and torn down.
#pragma once

#include <string>
#include <vector>

#include "tools/capture/subprocess.h"

namespace specconf::capture {

const std::vector<std::string>& all_profiles();

// "root-cgroupv1,rootless-3gids" -> names, checked against all_profiles(). Returns "" or an error.
std::string parse_profile_list(const std::string& csv, std::vector<std::string>& out);

// What `podman-profile.sh describe` says about a profile.
struct ProfileInfo {
  std::string name;
  std::string user;
  unsigned uid = 0;
  unsigned gid = 0;
  std::string home;
  int cgroup_version = 1;
  std::string dir;
  std::string socket;
  std::string db;
  std::string xdg_runtime_dir;
  int service_pid = 0;  // the outer podman process; 0 when not running
};

// Parses describe's key=value lines. Returns "" or an error.
std::string parse_profile_info(const std::string& text, ProfileInfo& out);

class ProfileScript {
 public:
  explicit ProfileScript(std::string path) : path_(std::move(path)) {}

  std::string setup() const;
  std::string start(const std::string& profile) const;
  std::string stop(const std::string& profile) const;
  // "" when nothing of the profile is left; otherwise what is.
  std::string check(const std::string& profile) const;
  std::string describe(const std::string& profile, ProfileInfo& out) const;
  // The podman CLI on the profile's store, as its user, in its namespaces.
  ProcessResult podman(const std::string& profile, const std::vector<std::string>& args,
                       int timeout_seconds = 600) const;

  const std::string& path() const { return path_; }

 private:
  std::string run(const std::vector<std::string>& args, int timeout_seconds, std::string* out = nullptr) const;
  std::string path_;
};

}  // namespace specconf::capture
