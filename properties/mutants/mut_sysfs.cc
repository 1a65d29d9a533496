// Mutants of SpecGenToOCI's mount decisions (oci_linux.go:73-184): sysfs, the cgroup mount, devpts and
// gid 5, the userns binds of /dev/mqueue and /proc, setProcOpts.
#include <algorithm>

#include "properties/mutants/spec_edit.h"
#include "properties/mutants/tables.h"

namespace specconf::props::mut {

namespace {

using ref::CreateResult;

bool is_sys_bind(const oci::Mount& m) { return m.destination == "/sys" && m.type == "bind" && m.source == "/sys"; }

// Where podman's appended mounts of `rank` go (sys 1, devpts 2, mqueue 3, proc 4, cgroup 5): before the
// first later-ranked append, else before the rootless device binds, else at the end.
std::size_t append_position(const oci::Spec& spec, int rank) {
  const int start = config_block_start(spec);
  for (std::size_t i = static_cast<std::size_t>(start); i < spec.mounts.size(); ++i) {
    const auto& m = spec.mounts[i];
    int r = 0;
    if (m.destination == "/dev/mqueue" && m.type == "bind") r = 3;
    if (m.destination == "/proc" && m.type == "bind") r = 4;
    if (m.destination == "/sys/fs/cgroup" && m.type == "cgroup") r = 5;
    if (m.type == "bind" && has_option(m, "slave")) r = 6;  // a rootless device bind
    if (r > rank) return i;
  }
  return spec.mounts.size();
}

void insert_mount(oci::Spec& spec, std::size_t at, oci::Mount m) {
  spec.mounts.insert(spec.mounts.begin() + static_cast<std::ptrdiff_t>(std::min(at, spec.mounts.size())), std::move(m));
}

oci::Mount default_devpts() {
  return make_mount("/dev/pts", "devpts", "devpts",
                    {"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"});
}

// devpts back where runtime-tools puts it: right after the /dev tmpfs.
void put_devpts_back(oci::Spec& spec, oci::Mount devpts) {
  const int dev = mount_index(spec, "/dev", "tmpfs");
  insert_mount(spec, dev < 0 ? static_cast<std::size_t>(config_block_start(spec)) : static_cast<std::size_t>(dev) + 1,
               std::move(devpts));
}

bool podman_covers_gid5(const std::vector<specgen::IDMap>& map) {
  return std::any_of(map.begin(), map.end(), [](const auto& r) { return r.container_id <= 5 && 5 < r.container_id + r.size; });
}

// The request's GID map as podman's gid5 check sees it: only when userns was given explicitly (a default
// userns overwrites the request's idmappings).
const std::vector<specgen::IDMap>* honoured_gid_map(const specgen::SpecGenerator& s) {
  if (s.userns.nsmode.empty() || s.userns.nsmode == "default") return nullptr;
  if (!s.idmappings || !s.idmappings->gid_map || s.idmappings->gid_map->empty()) return nullptr;
  return &*s.idmappings->gid_map;
}

}  // namespace

std::vector<Mutant> sysfs_mutants() {
  return {
      {"cgroup-mount-with-sys-bind",
       "adds the cgroup mount even when /sys is a bind of the host's because sysfs cannot be mounted",
       "oci_linux.go:101-102,176 addCgroup = false; cf. podman #20073 (host cgroups exposed when /sys is bound)",
       [](const MutantInput&, CreateResult& r) {
         if (!r.ok()) return;
         auto& spec = *r.spec;
         if (std::none_of(spec.mounts.begin(), spec.mounts.end(), is_sys_bind)) return;
         if (mount_index(spec, "/sys/fs/cgroup", "cgroup") >= 0) return;
         insert_mount(spec, append_position(spec, 5), cgroup_mount("ro"));
       }},
      {"canmountsys-ignores-nethost",
       "mounts a fresh sysfs (and the cgroup mount) for net host with a new user namespace as root",
       "oci_linux.go:35-38 canMountSys (net host && newUserns); cf. podman PR #1285 (--net=host with --uidmap)",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.host.identity.rootless || in.s.netns.nsmode != "host" || !explicit_new_userns(in.s)) return;
         auto& spec = *r.spec;
         const int i = mount_index(spec, "/sys", "bind");
         if (i < 0) return;
         auto& m = spec.mounts[static_cast<std::size_t>(i)];
         m = in.s.privileged ? make_mount("/sys", "sysfs", "sysfs", {"rprivate", "nosuid", "noexec", "nodev", "rw"})
                             : make_mount("/sys", "sysfs", "sysfs", {"nosuid", "noexec", "nodev", "ro"});
         if (mount_index(spec, "/sys/fs/cgroup", "cgroup") < 0) {
           insert_mount(spec, append_position(spec, 5), cgroup_mount(in.s.privileged ? "rw" : "ro"));
         }
       }},
      {"pasta-not-counted-by-canmountsys",
       "aa47e05ae4: treats pasta like container/path networking in canMountSys and binds /sys in a new user namespace",
       "oci_linux.go:41 canMountSys lists Pasta (aa47e05ae4 only)",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.host.engine != host::kEngineSeed || in.s.netns.nsmode != "pasta" || !explicit_new_userns(in.s)) return;
         auto& spec = *r.spec;
         const int i = mount_index(spec, "/sys", "sysfs");
         if (i < 0) return;
         spec.mounts.erase(spec.mounts.begin() + i);
         insert_mount(spec, append_position(spec, 1),
                      make_mount("/sys", "bind", "/sys",
                                 {"rprivate", "nosuid", "noexec", "nodev", in.s.privileged ? "rw" : "ro", "rbind"}));
         const int c = mount_index(spec, "/sys/fs/cgroup", "cgroup");
         if (c >= 0) spec.mounts.erase(spec.mounts.begin() + c);
         if (!in.s.privileged && in.host.identity.rootless) {
           auto& masked = linux_of(spec).masked_paths;
           masked.insert(masked.begin(), "/sys/kernel");
         }
       }},
      {"privileged-sysfs-ro",
       "leaves the fresh sysfs read-only for a privileged container",
       "oci_linux.go:90-99 privileged && canMountSys re-adds /sys rw; cf. podman PR #1323",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || !in.s.privileged) return;
         if (auto* m = find_mount(*r.spec, "/sys", "sysfs")) replace_option(*m, "rw", "ro");
       }},
      {"privileged-cgroup-ro",
       "keeps the cgroup mount read-only for a privileged container",
       "oci_linux.go:90-91 cgroupPerm = \"rw\" when privileged && canMountSys",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || !in.s.privileged) return;
         if (auto* m = find_mount(*r.spec, "/sys/fs/cgroup", "cgroup")) replace_option(*m, "rw", "ro");
       }},
      {"unmask-all-any-case-cgroup",
       "on cgroup v2 matches unmask[0] == \"ALL\" case-insensitively (as shouldMask does) and mounts cgroups rw",
       "oci_linux.go:58-60 getCgroupPermissons compares unmask[0] with \"ALL\" exactly; cf. podman PR #9536",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.s.privileged || in.host.cgroups.version != 2 || !in.s.unmask || in.s.unmask->empty()) return;
         const std::string& first = in.s.unmask->front();
         if (first == "ALL" || to_lower(first) != "all") return;
         if (auto* m = find_mount(*r.spec, "/sys/fs/cgroup", "cgroup")) replace_option(*m, "ro", "rw");
       }},
      {"unmask-cgroup-path-not-cleaned",
       "compares unmask entries with /sys/fs/cgroup without path.Clean, so /sys/fs/cgroup/ leaves cgroups ro",
       "oci_linux.go:62-66 getCgroupPermissons path.Clean(p) == cgroup",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.s.privileged || in.host.cgroups.version != 2 || !in.s.unmask || in.s.unmask->empty()) return;
         const auto& u = *in.s.unmask;
         if (u.front() == "ALL" || std::find(u.begin(), u.end(), "/sys/fs/cgroup") != u.end()) return;
         if (auto* m = find_mount(*r.spec, "/sys/fs/cgroup", "cgroup")) replace_option(*m, "rw", "ro");
       }},
      {"unmask-all-anywhere-cgroup",
       "on cgroup v2 takes \"ALL\" anywhere in unmask, not only first, to mount cgroups rw",
       "oci_linux.go:58 getCgroupPermissons reads unmask[0] only",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.s.privileged || in.host.cgroups.version != 2 || !in.s.unmask || in.s.unmask->empty()) return;
         const auto& u = *in.s.unmask;
         if (std::find(u.begin() + 1, u.end(), "ALL") == u.end()) return;
         if (auto* m = find_mount(*r.spec, "/sys/fs/cgroup", "cgroup")) replace_option(*m, "ro", "rw");
       }},
      {"sys-kernel-not-masked",
       "forgets to mask /sys/kernel when a rootless container gets the host's /sys",
       "oci_linux.go:115-117 AddLinuxMaskedPaths(\"/sys/kernel\")",
       [](const MutantInput&, CreateResult& r) {
         if (!r.ok() || !r.spec->linux_) return;
         auto& masked = r.spec->linux_->masked_paths;
         if (!masked.empty() && masked.front() == "/sys/kernel" &&
             std::any_of(r.spec->mounts.begin(), r.spec->mounts.end(), is_sys_bind)) {
           masked.erase(masked.begin());
         }
       }},
      {"gid5-kept-when-unmapped",
       "always mounts /dev/pts with gid=5, even when gid 5 is not mapped in the user namespace",
       "oci_linux.go:119-151 gid5Available; podman PR #3563 (userns with less than 5 gids)",
       [](const MutantInput&, CreateResult& r) {
         if (!r.ok()) return;
         auto& spec = *r.spec;
         const int i = mount_index(spec, "/dev/pts", "devpts");
         if (i < 0 || has_option(spec.mounts[static_cast<std::size_t>(i)], "gid=5")) return;
         spec.mounts.erase(spec.mounts.begin() + i);
         put_devpts_back(spec, default_devpts());
       }},
      {"devpts-edited-in-place",
       "drops gid=5 from runtime-tools' /dev/pts mount in place instead of replacing it with podman's own devpts mount",
       "oci_linux.go:141-150 RemoveMount(\"/dev/pts\") + AddMount(devPts with rprivate, appended)",
       [](const MutantInput&, CreateResult& r) {
         if (!r.ok()) return;
         auto& spec = *r.spec;
         const int i = mount_index(spec, "/dev/pts", "devpts");
         if (i < 0 || has_option(spec.mounts[static_cast<std::size_t>(i)], "gid=5")) return;
         spec.mounts.erase(spec.mounts.begin() + i);
         oci::Mount edited = default_devpts();
         remove_option(edited, "gid=5");
         put_devpts_back(spec, edited);
       }},
      {"gid5-map-end-inclusive",
       "counts a GID map range that ends exactly at 5 (containerID+size == 5) as holding gid 5",
       "oci_linux.go:130-135 containerID <= 5 && 5 < containerID+size",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok()) return;
         if (in.host.identity.rootless && in.host.identity.gid_map_total < 5) return;
         const auto* map = honoured_gid_map(in.s);
         if (!map || podman_covers_gid5(*map)) return;
         if (std::none_of(map->begin(), map->end(), [](const auto& g) { return g.container_id <= 5 && 5 == g.container_id + g.size; })) return;
         auto& spec = *r.spec;
         const int i = mount_index(spec, "/dev/pts", "devpts");
         if (i < 0 || has_option(spec.mounts[static_cast<std::size_t>(i)], "gid=5")) return;
         spec.mounts.erase(spec.mounts.begin() + i);
         put_devpts_back(spec, default_devpts());
       }},
      {"gid5-rootless-needs-six",
       "rootless: wants more than 5 gids (nGids > 5) before keeping gid=5",
       "oci_linux.go:124-127 gid5Available = nGids >= 5; podman PR #2279",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || !in.host.identity.rootless || in.host.identity.gid_map_total != 5) return;
         auto& spec = *r.spec;
         const int i = mount_index(spec, "/dev/pts", "devpts");
         if (i < 0 || !has_option(spec.mounts[static_cast<std::size_t>(i)], "gid=5")) return;
         spec.mounts.erase(spec.mounts.begin() + i);
         insert_mount(spec, append_position(spec, 2),
                      make_mount("/dev/pts", "devpts", "devpts",
                                 {"rprivate", "nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"}));
       }},
      {"mqueue-bound-without-userns",
       "binds the host's /dev/mqueue for ipc host even outside a user namespace",
       "oci_linux.go:155-164 inUserNS && IpcNS.IsHost()",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.s.ipcns.nsmode != "host") return;
         auto& spec = *r.spec;
         const int i = mount_index(spec, "/dev/mqueue", "mqueue");
         if (i < 0) return;
         spec.mounts.erase(spec.mounts.begin() + i);
         insert_mount(spec, append_position(spec, 3),
                      make_mount("/dev/mqueue", "bind", "/dev/mqueue", {"bind", "nosuid", "noexec", "nodev", "rw", "rprivate"}));
       }},
      {"proc-not-bound-in-userns",
       "keeps a fresh procfs at /proc in a user namespace that shares the host's pid namespace",
       "oci_linux.go:165-174 inUserNS && PidNS.IsHost() binds /proc",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok()) return;
         auto& spec = *r.spec;
         const int i = mount_index(spec, "/proc", "bind");
         if (i < 0 || spec.mounts[static_cast<std::size_t>(i)].source != "/proc") return;
         oci::Mount proc = make_mount("/proc", "proc", "proc", {"nosuid", "noexec", "nodev"});
         if (in.s.procfs_opts) proc.options = *in.s.procfs_opts;
         spec.mounts.erase(spec.mounts.begin() + i);
         insert_mount(spec, static_cast<std::size_t>(config_block_start(spec)), proc);
       }},
      {"procfs-opts-appended",
       "appends procfs_opts to /proc's options instead of replacing them",
       "oci_linux.go:22-32 setProcOpts: m.Options = s.ProcOpts",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || !in.s.procfs_opts || in.s.procfs_opts->empty()) return;
         for (auto& m : r.spec->mounts) {
           if (m.destination != "/proc") continue;
           std::vector<std::string> opts = m.type == "bind"
                                               ? std::vector<std::string>{"rbind", "nosuid", "noexec", "nodev", "rw", "rprivate"}
                                               : std::vector<std::string>{"nosuid", "noexec", "nodev"};
           opts.insert(opts.end(), in.s.procfs_opts->begin(), in.s.procfs_opts->end());
           m.options = opts;
           break;
         }
       }},
  };
}

}  // namespace specconf::props::mut
