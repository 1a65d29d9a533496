// The files table of a host profile: stat/lstat/statfs facts of the paths podman looks at while
// creating containers (H13-H16 of docs/podman-semantics.md). Meant to run inside run_in_service_view,
// so the facts are the service's.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "reference/model/host_profile.h"

namespace specconf::capture {

struct FileSurvey {
  std::vector<std::string> paths;          // each one, and every directory above it
  std::vector<std::string> walk_dirs;      // whole trees: entries of every directory and facts of every node
  std::vector<std::string> content_files;  // regular files whose content podman reads (seccomp profiles)
  std::vector<std::string> content_under;  // every regular file below these directories likewise
  bool block_devices = true;               // add every block device directly in /dev
};

// The paths podman's create path may stat on any profile (see README.md, "The files table").
std::vector<std::string> standard_paths();

// Runs the survey. A path that does not exist is left out (the reference reads a missing entry as
// ENOENT); any other stat error is recorded as Go's errno text.
std::map<std::string, host::FileFact> survey_files(const FileSurvey& survey);

// Go's syscall.Errno text for an errno ("permission denied").
std::string go_errno_text(int err);

}  // namespace specconf::capture
