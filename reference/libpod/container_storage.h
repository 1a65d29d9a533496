// What containers/storage checks when libpod sets up storage for a container from an image, as far as
// the request decides it: the ID mappings of the stored spec.
#pragma once

#include "reference/libpod/container_config.h"
#include "reference/model/host_profile.h"

namespace specconf::ref::libpod {

// libpod/container_internal.go:(*Container).setupStorage (podman v4.3.1) reduced to what the request
// decides. setupStorageMapping hands containers/storage the stored spec's linux.uidMappings and
// gidMappings, and storage (v1.43.0, vendored by podman 4.3.1) store.go:(*store).CreateContainer then
//  1. asks canUseShifting: on a driver that can shift IDs (overlay with idmapped mounts), the maps are
//     checked with idtools.IsContiguous, which sorts them in place (by host ID, then, when that order
//     has no hole, by container ID); contiguous maps are shifted at mount time and nothing is copied;
//  2. otherwise, when there are mappings, makes an ID-mapped copy of the image's top layer
//     (imageTopLayerForMapping). On overlay every file's owner goes through idtools toHost, and
//     specconf's images (corpus/images, the pause image) hold files owned by 0:0 only, so the copy
//     fails when a non-empty map lacks ID 0; vfs maps such owners to the overflow ID and never fails;
//     vfs first chowns its layer directory to the maps' root pair, which a rootless service can only
//     do within its user namespace;
//  3. refuses mappings whose container or host ranges overlap, in their (possibly sorted) order
//     (containers.go:(*containerStore).Create, idset.go:hasOverlappingRanges), the UID map first;
// and then setupStorage chowns the container's directories to RootUID/RootGID (rootless: the same
// limit).
// Host fact not in the profile: the storage driver. The capture machines run podman as root on overlay
// with kernel idmapped mounts (it can shift) and rootless on vfs (it cannot), so the reference takes
// root for overlay and rootless for vfs. Deliberate difference: podman's message for 2. names the image's top
// layer and a random new layer ID, and the rootless messages name the store's directories and the new
// container's ID; the host profile records none of these, so the reference writes <placeholders> there.
// Containers with a rootfs have no storage: nothing is checked.
void setup_storage_mappings(const ContainerConfig& c, const host::HostProfile& h);

}  // namespace specconf::ref::libpod
