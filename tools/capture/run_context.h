// What `specconf capture` and `specconf probe` share: their flags, where the checkout is, the podman
// they are talking to, and the host-wide preparation around the per-profile sessions (users, hostfs,
// image tarball), undone at the end whatever happened.
#pragma once

#include <string>
#include <vector>

#include "tools/capture/corpus.h"
#include "tools/capture/profiles.h"

namespace specconf::capture {

struct CommonOptions {
  std::string repo;        // the checkout: --repo, else $BUILD_WORKSPACE_DIRECTORY, $SPECCONF_ROOT, the cwd
  std::string corpus_dir;  // --corpus, default <repo>/corpus
  std::string golden_dir;  // --golden, default <repo>/golden
  std::vector<std::string> profiles;  // --profiles, default all six
  std::vector<std::string> cases;     // --cases (capture only)
  bool update = false;                // --update (capture only)
};

// Parses the flags; `allow_capture_flags` admits --cases and --update. Returns "" or a usage error.
std::string parse_common_options(const std::vector<std::string>& args, bool allow_capture_flags, CommonOptions& out);

// dpkg-query's version of podman; it must be a 4.3.1 build, since the goldens are for 4.3.1.
std::string podman_package_version(std::string& version);

// Today's date in UTC, YYYY-MM-DD.
std::string utc_date();

// One run at a time (an exclusive flock on /var/tmp/specconf/run.lock, held until end()), as root; then
// users and packages (podman-profile.sh setup), /srv/specconf, the image tarball. end() undoes the
// host-wide parts; the destructor calls it if the caller did not.
class HostPreparation {
 public:
  explicit HostPreparation(const ProfileScript& script) : script_(script) {}
  ~HostPreparation();
  std::string begin(const Corpus& corpus);
  std::string end();
  const std::string& tarball() const { return tarball_; }

 private:
  const ProfileScript& script_;
  std::string tarball_;
  bool hostfs_installed_ = false;
  int lock_fd_ = -1;
};

// golden/hosts/<profile>.json
std::string host_profile_path(const CommonOptions& o, const std::string& profile);

}  // namespace specconf::capture
