// The storage part of podman's create path, in one include: mounts (finalize_mounts, supersede_user_mounts,
// init_fs_mounts, process_options), devices (devices_from_path, parse_device, extract_cdi_devices),
// masked and read-only paths (block_access_to_kernel_filesystems) and block I/O devices (weight_devices,
// finish_throttle_devices), plus the libpod-side volume checks.
#pragma once

#include "reference/storage/block_io.h"
#include "reference/storage/cdi_devices.h"
#include "reference/storage/devices.h"
#include "reference/storage/finalize_mounts.h"
#include "reference/storage/libpod_volumes.h"
#include "reference/storage/masked_paths.h"
#include "reference/storage/mount_options.h"
#include "reference/storage/spec_mounts.h"
