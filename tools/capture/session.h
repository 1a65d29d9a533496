// One profile's service for the length of a capture or probe: started fresh, given the corpus images
// and donors, and always stopped again (the destructor stops it if the caller did not), after which
// podman-profile.sh check must find nothing of it left.
#pragma once

#include <memory>
#include <set>
#include <string>

#include "tools/capture/corpus.h"
#include "tools/capture/profiles.h"
#include "tools/capture/rest_client.h"

namespace specconf::capture {

class ProfileSession {
 public:
  ProfileSession(const ProfileScript& script, std::string profile) : script_(script), profile_(std::move(profile)) {}
  ~ProfileSession();
  ProfileSession(const ProfileSession&) = delete;
  ProfileSession& operator=(const ProfileSession&) = delete;

  // Starts the service and waits until it answers.
  std::string start();
  // Imports the images and creates the donors; remembers which containers exist afterwards.
  std::string prepare(const Corpus& corpus, const std::string& tarball);
  // Deletes every container that was not there after prepare() (what a create left behind).
  std::string remove_strays();
  // Removes the donors, stops the service and checks that nothing is left. Idempotent.
  std::string stop();

  const std::string& profile() const { return profile_; }
  const ProfileInfo& info() const { return info_; }
  const PodmanClient& client() const { return *client_; }

 private:
  std::string list_containers(std::set<std::string>& ids) const;

  const ProfileScript& script_;
  std::string profile_;
  ProfileInfo info_;
  std::unique_ptr<PodmanClient> client_;
  const Corpus* corpus_ = nullptr;
  std::set<std::string> baseline_;
  bool running_ = false;
};

}  // namespace specconf::capture
