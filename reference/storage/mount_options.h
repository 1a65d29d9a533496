// Mount option validation: podman's util.ProcessOptions (what every bind and tmpfs mount of the spec goes
// through in InitFSMounts) and containers/common's parse.ValidateVolumeOpts / ValidateVolumeCtrDir.
#pragma once

#include <string>
#include <vector>

#include "reference/model/host_profile.h"

namespace specconf::ref {

// pkg/util/mountOpts.go:ProcessOptions (podman aa47e05ae4, same in v4.3.1): validates `options` in order,
// drops consistency and notmpcopyup, then appends rw, rprivate, noexec/nosuid/nodev, tmpcopyup and rbind
// where missing. The noexec/nosuid/nodev defaults of a bind come from statfs(source_path) on the host;
// an empty source_path (tmpfs, named volumes) uses nosuid+nodev. Also a fuzz entry point: linear time.
std::vector<std::string> process_options(const std::vector<std::string>& options, bool is_tmpfs,
                                         const std::string& source_path, const host::HostProfile& h);

// common/pkg/parse/parse.go:ValidateVolumeOpts (containers/common 0.50.1): the options of a
// containers.conf `volumes` entry; drops cached and delegated.
std::vector<std::string> validate_volume_opts(const std::vector<std::string>& options);

// common/pkg/parse/parse.go:ValidateVolumeCtrDir (containers/common 0.50.1).
void validate_volume_ctr_dir(const std::string& ctr_dir);

}  // namespace specconf::ref
