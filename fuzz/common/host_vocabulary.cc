// The HostProfile vocabulary for host overlays: the facts podman's branches read (docs' H1–H24), with
// values the six captured hosts do not cover (gid maps of 5 or 6, cgroup v1 without controllers, a
// second engine, devices that are symlinks).
#include "fuzz/common/vocabulary.h"

namespace specconf::fuzz {
namespace {

constexpr std::string_view kHost = R"json({
"fields": {
  "": ["engine", "identity", "cgroups", "capabilities", "limits", "apparmor", "seccomp", "hostname", "cwd",
       "environment", "containers_conf", "files", "secrets"],
  "secrets": ["id", "name"],
  "identity": ["rootless", "uid", "gid", "user", "subuid", "subgid", "gid_map_total"],
  "subuid": ["start", "count"], "subgid": ["start", "count"],
  "cgroups": ["version", "manager", "v1", "own_memory_max", "own_memory_swap_max", "cpus", "mems"],
  "v1": ["memory_limit", "swap_limit", "memory_reservation", "oom_kill_disable", "memory_swappiness",
         "kernel_memory", "cpu_shares", "cpu_cfs_period", "cpu_cfs_quota", "cpu_realtime_period",
         "cpu_realtime_runtime", "cpuset", "blkio_weight", "blkio_weight_device", "blkio_read_bps_device",
         "blkio_write_bps_device", "blkio_read_iops_device", "blkio_write_iops_device", "pids_limit"],
  "capabilities": ["bounding", "last_cap", "ambient"],
  "limits": ["nofile", "nproc", "pid_max", "default_process_limits"],
  "nofile": ["soft", "hard"], "nproc": ["soft", "hard"],
  "apparmor": ["enabled", "default_profile"],
  "seccomp": ["supported", "native_arch"],
  "containers_conf": ["annotations", "apparmor_profile", "cgroupns", "cgroups", "default_capabilities",
                      "default_sysctls", "default_ulimits", "devices", "env", "init_path", "ipcns", "netns",
                      "no_hosts", "pidns", "pids_limit", "seccomp_profile", "umask", "userns", "utsns", "volumes"],
  "files": ["/dev/specconf-new", "/srv/specconf/devlink", "/srv/specconf/devdir", "/usr/share/containers/seccomp.json",
            "/etc/containers/seccomp.json", "/srv/specconf/src/a"]
},
"enums": {
  "engine": ["podman 4.3.1", "aa47e05ae4", "bogus"],
  "manager": ["cgroupfs", "systemd", ""],
  "native_arch": ["amd64", "arm64", "s390x", "ppc64le", "riscv64", ""],
  "cgroupns": ["host", "private", ""], "ipcns": ["shareable", "private", "host", ""],
  "netns": ["private", "host", "slirp4netns", "bridge", ""], "pidns": ["private", "host", ""],
  "utsns": ["private", "host", ""], "userns": ["", "host", "auto", "keep-id", "private"],
  "cgroups": ["enabled", "disabled", "no-conmon", ""],
  "umask": ["0022", "0077", "bogus"],
  "seccomp_profile": ["", "/usr/share/containers/seccomp.json", "/srv/specconf/seccomp/minimal.json",
                      "/srv/specconf/seccomp/missing.json", "/srv/specconf/seccomp/invalid.json"],
  "apparmor_profile": ["", "containers-default-0.50.1", "unconfined"],
  "type": ["dir", "file", "char", "block", "fifo", "socket", "symlink", ""],
  "target": ["/dev/null", "/dev/loop0", "/srv/specconf/devdir", "/srv/specconf/devlink", "relative", ""],
  "error": ["", "permission denied", "input/output error"],
  "default_capabilities": ["CAP_CHOWN", "CAP_SYS_ADMIN", "CAP_NET_RAW", "CAP_MKNOD", "CAP_BOGUS", ""],
  "bounding": ["CAP_CHOWN", "CAP_SYS_ADMIN", "CAP_DAC_READ_SEARCH", "CAP_NET_ADMIN", "CAP_BPF", "CAP_BOGUS"],
  "default_sysctls": ["net.ipv4.ping_group_range=0 0", "kernel.shmmax=1", "net.ipv4.ip_forward=1", "bogus"],
  "default_ulimits": ["nproc=32768:32768", "nofile=1024:4096", "core=-1", "bogus=1", "nofile=2:1"],
  "default_process_limits": ["nproc=32768:32768", "nproc=1:1"],
  "devices": ["/dev/fuse", "/dev/null:/dev/x:rw", "/srv/specconf/devdir", "/dev/specconf-missing"],
  "volumes": ["/srv/specconf/src/a:/cv", "/srv/specconf/src/a:/cv:ro,Z", "bad:", "/x:/y:bogus"],
  "annotations": ["a=b", "io.podman.annotations.init=TRUE", "bogus"],
  "env": ["TERM=xterm", "PATH=/x", "FOO=${BAR}", "BAD"],
  "environment": ["HOME=/root", "http_proxy=http://p", "TERM=xterm", "PATH=/sbin"],
  "entries": ["null", "zero", "sub", "link", "..", ""]
},
"lists": ["default_capabilities", "bounding", "default_sysctls", "default_ulimits", "default_process_limits",
          "devices", "volumes", "annotations", "env", "environment", "entries"],
"samples": {
  "identity": [{"rootless": true, "uid": 1000, "gid": 1000, "gid_map_total": 5},
               {"rootless": true, "gid_map_total": 6}, {"rootless": false, "uid": 0, "gid": 0},
               {"rootless": true, "subuid": [], "subgid": [], "gid_map_total": 1}],
  "subgid": [[{"start": 300000, "count": 3}], [{"start": 100000, "count": 65536}], []],
  "subuid": [[{"start": 165536, "count": 65536}], [{"start": 1, "count": 4294967295}]],
  "gid_map_total": [1, 4, 5, 6, 65537, 0],
  "cgroups": [{"version": 2, "own_memory_max": false}, {"version": 1, "v1": {}}, {"version": 3},
              {"manager": "systemd"}],
  "capabilities": [{"last_cap": 37}, {"last_cap": 40, "ambient": false}, {"last_cap": -1}, {"last_cap": 63}],
  "limits": [{"nofile": {"soft": 1024, "hard": 1024}}, {"default_process_limits": []}, {"pid_max": 1}],
  "apparmor": [{"enabled": true}, {"enabled": false}],
  "seccomp": [{"supported": false}, {"native_arch": "arm64"}, {"native_arch": ""}],
  "files": [{"/dev/specconf-new": {"type": "char", "mode": 8630, "major": 1, "minor": 3}},
            {"/srv/specconf/devlink": {"type": "symlink", "mode": 41471, "target": "/srv/specconf/devlink"}},
            {"/srv/specconf/devdir": {"type": "dir", "mode": 16877, "entries": ["null", "sub", "sub/..", ""]}},
            {"/usr/share/containers/seccomp.json": {"type": "file", "mode": 33188, "content": "{}"}},
            {"/etc/containers/seccomp.json": {"type": "file", "mode": 33188, "error": "permission denied"}},
            {"/srv/specconf/src/a": {"type": "dir", "mode": 16877, "nosuid": true, "noexec": true, "nodev": true}}],
  "/dev/specconf-new": [{"type": "block", "mode": 24992, "major": 7, "minor": 0}, {"type": "fifo", "mode": 4480}],
  "/srv/specconf/devlink": [{"type": "symlink", "mode": 41471, "target": "/dev/null"}],
  "/srv/specconf/devdir": [{"type": "dir", "mode": 16877, "entries": ["null", "zero"]}],
  "/usr/share/containers/seccomp.json": [{"type": "file", "mode": 33188, "content": "{\"defaultAction\":\"SCMP_ACT_ALLOW\"}"}],
  "/etc/containers/seccomp.json": [{"type": "file", "mode": 33188, "content": "{\"defaultAction\":\"SCMP_ACT_ERRNO\",\"syscalls\":[{\"names\":[\"read\"],\"action\":\"SCMP_ACT_ALLOW\"}]}"}],
  "/srv/specconf/src/a": [{"type": "file", "mode": 33188}],
  "secrets": [[{"id": "0123456789abcdef012345678", "name": "specconf-secret"}], [{"id": "", "name": ""}]]
},
"numbers": [0, 1, 2, 3, 4, 5, 6, 37, 40, 41, 63, 64, 1000, 1002, 65536, 4294967295, 4294967296, -1,
            9223372036854775807, 18446744073709551615]
})json";

}  // namespace

const Vocabulary& host_vocabulary() {
  static const Vocabulary* v = new Vocabulary(Vocabulary::parse(kHost));
  return *v;
}

}  // namespace specconf::fuzz
