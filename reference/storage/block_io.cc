#include "reference/storage/block_io.h"

#include "reference/core/error.h"
#include "reference/storage/host_syscalls.h"

namespace specconf::ref {

// pkg/specgen/generate/oci_linux.go:WeightDevices (podman aa47e05ae4, same in v4.3.1).
std::vector<oci::LinuxWeightDevice> weight_devices(const std::map<std::string, oci::LinuxWeightDevice>& devices,
                                                   const host::HostProfile& h) {
  std::vector<oci::LinuxWeightDevice> out;
  for (const auto& [path, v] : devices) {
    const StatResult st = sys_stat(h, path);  // unix.Stat: the bare errno
    if (!st.ok()) fail("failed to inspect '" + path + "' in --blkio-weight-device: " + st.errno_text);
    oci::LinuxWeightDevice dev;
    dev.major = st.fact->major;
    dev.minor = st.fact->minor;
    dev.weight = v.weight;
    out.push_back(dev);
  }
  return out;
}

namespace {

// One of FinishThrottleDevices' four identical blocks.
void finish_throttle_list(const std::map<std::string, oci::LinuxThrottleDevice>& devices,
                          std::vector<oci::LinuxThrottleDevice>& list, const host::HostProfile& h) {
  for (const auto& [path, v] : devices) {
    const StatResult st = sys_stat(h, path);
    if (!st.ok()) fail("could not parse throttle device at " + path + ": " + st.errno_text);
    oci::LinuxThrottleDevice dev = v;
    dev.major = st.fact->major;
    dev.minor = st.fact->minor;
    list.push_back(dev);
  }
}

}  // namespace

// pkg/specgen/utils_linux.go:FinishThrottleDevices (podman aa47e05ae4, same in v4.3.1).
void finish_throttle_devices(specgen::SpecGenerator& s, const host::HostProfile& h) {
  if (!s.resource_limits) s.resource_limits.emplace();
  oci::LinuxResources& r = *s.resource_limits;
  using Member = std::vector<oci::LinuxThrottleDevice> oci::LinuxBlockIO::*;
  const std::pair<const std::map<std::string, oci::LinuxThrottleDevice>*, Member> lists[] = {
      {&s.throttle_read_bps_device, &oci::LinuxBlockIO::throttle_read_bps_device},
      {&s.throttle_write_bps_device, &oci::LinuxBlockIO::throttle_write_bps_device},
      {&s.throttle_read_iops_device, &oci::LinuxBlockIO::throttle_read_iops_device},
      {&s.throttle_write_iops_device, &oci::LinuxBlockIO::throttle_write_iops_device},
  };
  for (const auto& [devices, member] : lists) {
    if (devices->empty()) continue;
    if (!r.block_io) r.block_io.emplace();
    finish_throttle_list(*devices, (*r.block_io).*member, h);
  }
}

}  // namespace specconf::ref
