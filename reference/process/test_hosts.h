// Host profiles for the unit tests: the Debian 12 machine the examples were captured on (root, cgroup
// v1, pid_max 32768, stock containers.conf), and variations of it.
#pragma once

#include "reference/model/host_profile.h"

namespace specconf::ref::testing {

inline host::HostProfile debian_root_v1() {
  host::HostProfile h;
  h.name = "root-cgroupv1";
  h.identity.rootless = false;
  h.cgroups.version = 1;
  h.cgroups.manager = "systemd";
  host::CgroupV1Info& v1 = h.cgroups.v1;
  for (bool* f : {&v1.memory_limit, &v1.swap_limit, &v1.memory_reservation, &v1.oom_kill_disable,
                  &v1.memory_swappiness, &v1.kernel_memory, &v1.cpu_shares, &v1.cpu_cfs_period, &v1.cpu_cfs_quota,
                  &v1.cpu_realtime_period, &v1.cpu_realtime_runtime, &v1.cpuset, &v1.blkio_weight,
                  &v1.blkio_weight_device, &v1.blkio_read_bps_device, &v1.blkio_write_bps_device,
                  &v1.blkio_read_iops_device, &v1.blkio_write_iops_device, &v1.pids_limit}) {
    *f = true;
  }
  h.cgroups.cpus = "0-1";
  h.cgroups.mems = "0";
  h.limits.nofile = {1048576, 1048576};
  h.limits.nproc = {32768, 32768};
  h.limits.pid_max = 32768;
  h.limits.default_process_limits = {"nproc=32768:32768"};
  h.environment = {"PATH=/usr/sbin:/usr/bin", "HOME=/root", "LANG=C.UTF-8", "http_proxy=http://proxy:3128",
                   "NO_PROXY=localhost"};
  h.containers_conf.env = {"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm"};
  h.containers_conf.init_path = "/usr/libexec/podman/catatonit";
  h.containers_conf.pids_limit = 2048;
  h.containers_conf.default_ulimits = {"nproc=32768:32768"};
  return h;
}

inline host::HostProfile debian_rootless_v1() {
  host::HostProfile h = debian_root_v1();
  h.name = "rootless-cgroupv1";
  h.identity.rootless = true;
  h.identity.uid = 1000;
  h.cgroups.manager = "cgroupfs";
  h.limits.nofile = {20000, 20000};
  h.limits.nproc = {32768, 62000};
  return h;
}

inline host::HostProfile debian_root_v2() {
  host::HostProfile h = debian_root_v1();
  h.name = "root-cgroupv2";
  h.cgroups.version = 2;
  h.cgroups.v1 = {};
  h.cgroups.own_memory_max = true;
  h.cgroups.own_memory_swap_max = true;
  return h;
}

// The image the examples used: podman import with ENV FOO=bar, WORKDIR /wd, VOLUME /vol, CMD /bin/sh and
// LABEL io.containers.capabilities=CHOWN,SETUID.
inline host::Image test_image() {
  host::Image img;
  img.id = "0123456789abcdef";
  img.names = {"localhost/test:1"};
  img.config.env = {"FOO=bar"};
  img.config.working_dir = "/wd";
  img.config.volumes = {"/vol"};
  img.config.cmd = std::vector<std::string>{"/bin/sh"};
  img.config.labels = {{"io.containers.capabilities", "CHOWN,SETUID"}};
  return img;
}

}  // namespace specconf::ref::testing
