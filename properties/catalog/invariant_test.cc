// Each invariant, made to hold and made to fail: real podman records as they are, and the same records with
// one thing changed the way a buggy engine would change it. Every invariant of the catalog has rows here.
#include <gtest/gtest.h>

#include <functional>
#include <memory>

#include "properties/catalog/test_support.h"

namespace specconf::props::testing {
namespace {

using Mutation = std::function<void(Case&)>;

struct Row {
  const char* id;
  const char* profile;
  const char* record;  // golden/<profile>/<record>.json with corpus/specgen/<record>.json
  Mutation mutate;     // nothing: the record as podman stored it
  bool violated;
  bool known = false;  // the violation is a documented podman bug
};

oci::Spec& spec(Case& c) { return *c.outcome.spec; }
oci::Linux& linux_of(Case& c) { return *spec(c).linux_; }

oci::Mount& mount(Case& c, const std::string& dest) {
  for (auto& m : spec(c).mounts)
    if (m.destination == dest) return m;
  throw std::runtime_error("no mount " + dest);
}

void replace_option(oci::Mount& m, const std::string& from, const std::string& to) {
  for (auto& o : m.options)
    if (o == from) o = to;
}

void remove_value(std::vector<std::string>& v, const std::string& x) { v.erase(std::remove(v.begin(), v.end(), x), v.end()); }

// Wraps a spec edit so that the schema sees it too.
Mutation edit(std::function<void(Case&)> f) {
  return [f](Case& c) {
    f(c);
    c.respec();
  };
}

// Turns a rejection into an acceptance with an ordinary spec.
Mutation accept() {
  return [](Case& c) {
    c.outcome = golden_case("root-cgroupv1", "default-rootfs").outcome;
  };
}

Mutation body(std::string json) {
  return [json](Case& c) {
    c.body = json;
    c.specgen.reset();
    decode_body(c);
  };
}

// Runs the row on an edited copy of its host profile: containers.conf facts no captured profile has.
Mutation on_host(std::function<void(host::HostProfile&)> edit_host, Mutation then = nullptr) {
  return [edit_host, then](Case& c) {
    static std::vector<std::unique_ptr<host::HostProfile>> edited;
    edited.push_back(std::make_unique<host::HostProfile>(*c.host));
    edit_host(*edited.back());
    c.host = edited.back().get();
    if (then) then(c);
  };
}

// Moves the mount at `dest` (the first there) to index `to` of the mount list.
void move_mount(Case& c, const std::string& dest, std::size_t to) {
  auto& m = spec(c).mounts;
  auto it = std::find_if(m.begin(), m.end(), [&](const oci::Mount& x) { return x.destination == dest; });
  oci::Mount moved = *it;
  m.erase(it);
  m.insert(m.begin() + static_cast<std::ptrdiff_t>(std::min(to, m.size())), moved);
}

void set_rlimit(Case& c, const std::string& type, std::uint64_t hard, std::uint64_t soft) {
  for (auto& r : spec(c).process->rlimits) {
    if (r.type == type) {
      r.hard = hard;
      r.soft = soft;
    }
  }
}

const std::vector<Row>& rows() {
  static const std::vector<Row> all = {
      // sysfs
      {"SYS-001", "rootless-cgroupv1", "sys-nethost", nullptr, false},
      {"SYS-001", "rootless-cgroupv1", "sys-nethost", edit([](Case& c) { replace_option(mount(c, "/sys"), "ro", "rw"); }), true},
      {"SYS-001", "root-cgroupv1", "sys-privileged-nethost-userns-private", nullptr, false},
      {"SYS-001", "root-cgroupv1", "sys-privileged-nethost-userns-private", edit([](Case& c) { mount(c, "/sys").type = "sysfs"; }), true},
      {"SYS-002", "rootless-cgroupv1", "sys-nethost", nullptr, false},
      {"SYS-002", "rootless-cgroupv1", "sys-nethost",
       edit([](Case& c) { spec(c).mounts.push_back({"/sys/fs/cgroup", "cgroup", "cgroup", {"ro"}, {}, {}}); }), true},
      {"SYS-003", "rootless-cgroupv1", "sys-nethost", nullptr, false},
      {"SYS-003", "rootless-cgroupv1", "sys-nethost", edit([](Case& c) { remove_value(linux_of(c).masked_paths, "/sys/kernel"); }), true},
      {"SYS-003", "root-cgroupv1", "default-rootfs", edit([](Case& c) { linux_of(c).masked_paths.push_back("/sys/kernel"); }), true},
      {"SYS-004", "root-cgroupv1", "sys-privileged", nullptr, false},
      {"SYS-004", "root-cgroupv1", "sys-privileged", edit([](Case& c) { replace_option(mount(c, "/sys"), "rw", "ro"); }), true},
      {"SYS-005", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"SYS-005", "root-cgroupv1", "default-rootfs", edit([](Case& c) { replace_option(mount(c, "/sys"), "ro", "rw"); }), true},
      // cgroup
      {"CGROUP-001", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"CGROUP-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { remove_value(mount(c, "/sys/fs/cgroup").options, "relatime"); }), true},
      {"CGROUP-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { mount(c, "/sys/fs/cgroup").destination = "/sys/fs/cgroup2"; }), true},
      {"CGROUP-002", "root-cgroupv1", "cgroup-unmask-all-upper", nullptr, false},
      {"CGROUP-002", "root-cgroupv1", "default-rootfs", edit([](Case& c) { replace_option(mount(c, "/sys/fs/cgroup"), "ro", "rw"); }), true},
      {"CGROUP-003", "root-cgroupv2", "cgroup-unmask-all-upper", nullptr, false},
      {"CGROUP-003", "root-cgroupv2", "cgroup-unmask-all-upper", edit([](Case& c) { replace_option(mount(c, "/sys/fs/cgroup"), "rw", "ro"); }), true},
      {"CGROUP-003", "root-cgroupv2", "cgroup-unmask-all-upper-not-first", nullptr, false},
      {"CGROUP-003", "root-cgroupv2", "cgroup-unmask-all-upper-not-first", edit([](Case& c) { replace_option(mount(c, "/sys/fs/cgroup"), "ro", "rw"); }), true},
      {"CGROUP-003", "rootless-cgroupv2", "cgroup-unmask-dotdot", nullptr, false},
      {"CGROUP-004", "root-cgroupv2", "sys-privileged", nullptr, false},
      {"CGROUP-004", "root-cgroupv2", "sys-privileged", edit([](Case& c) { replace_option(mount(c, "/sys/fs/cgroup"), "rw", "ro"); }), true},
      // devpts
      {"GID5-001", "rootless-3gids", "default-rootfs", nullptr, false},
      {"GID5-001", "rootless-3gids", "default-rootfs", edit([](Case& c) { mount(c, "/dev/pts").options.push_back("gid=5"); }), true},
      {"GID5-001", "root-cgroupv1", "gid5-map-hole-at-5", edit([](Case& c) { mount(c, "/dev/pts").options.push_back("gid=5"); }), true},
      {"GID5-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { remove_value(mount(c, "/dev/pts").options, "gid=5"); }), true},
      {"GID5-001", "root-cgroupv1", "gid5-userns-default-map-ignored", nullptr, false},
      {"GID5-002", "rootless-3gids", "default-rootfs", nullptr, false},
      {"GID5-002", "rootless-3gids", "default-rootfs", edit([](Case& c) { mount(c, "/dev/pts").options.push_back("nodev"); }), true},
      {"GID5-003", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"GID5-003", "rootless-cgroupv1", "ns-user-keep-id", nullptr, false},
      {"GID5-003", "rootless-4gids", "default-rootfs", nullptr, true, true},
      {"GID5-003", "rootless-4gids", "ns-user-no-map", nullptr, true, true},
      {"GID5-003", "root-cgroupv1", "gid5-map-host-id-past-uint32", nullptr, true, true},
      {"GID5-003", "rootless-cgroupv1", "gid5-map-size-past-uint32", nullptr, true, true},
      {"MOUNT-001", "rootless-cgroupv1", "devices-dest-default-mount", nullptr, true, true},
      {"MOUNT-001", "root-cgroupv1", "devices-dest-default-mount", nullptr, false},
      {"GID5-003", "rootless-3gids", "default-rootfs", edit([](Case& c) { mount(c, "/dev/pts").options.push_back("gid=5"); }), true},
      {"GID5-003", "root-cgroupv1", "gid5-map-host-ids-beyond-userns", nullptr, false},
      {"GID5-003", "rootless-cgroupv1", "gid5-map-host-ids-beyond-userns", nullptr, true, true},
      // The request maps gid 5 inside the service's gids: a spec that maps it elsewhere is the engine's bug.
      {"GID5-003", "rootless-cgroupv1", "devices-userns-private", edit([](Case& c) { linux_of(c).gid_mappings[0].host_id = 65533; }), true},
      {"GID5-003", "rootless-cgroupv1", "default-rootfs", on_host([](host::HostProfile& h) { h.identity.gid_map_total = 4; }), true},
      {"GID5-004", "rootless-3gids", "default-rootfs", nullptr, false},
      {"GID5-004", "root-cgroupv1", "gid5-dropped-devpts-order", nullptr, false},
      {"GID5-004", "rootless-cgroupv1", "gid5-dropped-devpts-order", nullptr, false},
      {"GID5-004", "root-cgroupv1", "default-rootfs", nullptr, false},  // gid=5 kept: generate.New's place
      {"GID5-004", "rootless-3gids", "default-rootfs", edit([](Case& c) { move_mount(c, "/dev/pts", 2); }), true},
      {"GID5-004", "rootless-3gids", "default-rootfs", edit([](Case& c) { move_mount(c, "/dev/pts", 99); }), true},
      {"GID5-004", "rootless-cgroupv1", "gid5-dropped-devpts-order", edit([](Case& c) { move_mount(c, "/dev/pts", 99); }), true},
      {"GID5-004", "root-cgroupv1", "gid5-dropped-devpts-order", edit([](Case& c) { move_mount(c, "/dev/pts", 2); }), true},
      // mqueue and proc
      {"MQUEUE-001", "root-cgroupv1", "mqueue-ipchost", nullptr, false},
      {"MQUEUE-001", "root-cgroupv1", "mqueue-ipchost",
       edit([](Case& c) { mount(c, "/dev/mqueue") = {"/dev/mqueue", "bind", "/dev/mqueue", {"bind"}, {}, {}}; }), true},
      {"MQUEUE-001", "root-cgroupv1", "default-rootfs",
       body(R"({"rootfs":"/srv/specconf/rootfs","command":["/bin/true"],"ipcns":{"nsmode":"host"},"userns":{"nsmode":"private"},"idmappings":{"UIDMap":[{"container_id":0,"host_id":1,"size":9}],"GIDMap":[{"container_id":0,"host_id":1,"size":9}]}})"),
       true},
      {"PROC-001", "rootless-cgroupv1", "proc-pidhost", nullptr, false},
      {"PROC-001", "rootless-cgroupv1", "proc-pidhost", edit([](Case& c) { mount(c, "/proc").type = "proc"; }), true},
      {"PROC-001", "root-cgroupv1", "proc-pidhost", nullptr, false},
      {"PROC-001", "root-cgroupv1", "proc-pidhost", edit([](Case& c) { mount(c, "/proc") = {"/proc", "bind", "/proc", {"rbind"}, {}, {}}; }), true},
      {"PROC-001", "root-cgroupv1", "proc-pidhost-userns-private", nullptr, false},
      {"PROC-002", "root-cgroupv1", "procfs-opts", nullptr, false},
      {"PROC-002", "rootless-cgroupv2", "proc-pidhost-procfs-opts", nullptr, false},
      {"PROC-002", "root-cgroupv1", "procfs-opts", edit([](Case& c) { mount(c, "/proc").options.push_back("nosuid"); }), true},
      // devices
      {"DEV-001", "root-cgroupv1", "devices-resource-limits-rules", nullptr, false},
      {"DEV-001", "root-cgroupv1", "devices-resource-limits-rules",
       edit([](Case& c) { auto& r = *linux_of(c).resources->devices; std::rotate(r.begin(), r.end() - 1, r.end()); }), true},
      {"DEV-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { linux_of(c).resources->devices.reset(); }), true},
      {"DEV-002", "rootless-cgroupv2", "default-rootfs", nullptr, false},
      {"DEV-002", "rootless-cgroupv2", "default-rootfs",
       edit([](Case& c) { linux_of(c).resources->devices = std::vector<oci::LinuxDeviceCgroup>{{false, "", {}, {}, "rwm"}}; }), true},
      {"DEV-002", "root-cgroupv1", "devices-userns-private", nullptr, false},
      {"DEV-003", "root-cgroupv1", "devices-privileged", nullptr, false},
      {"DEV-003", "root-cgroupv1", "devices-privileged",
       edit([](Case& c) { linux_of(c).devices.push_back({"/dev/null", "c", 1, 3, oci::FileMode(0666), 0, 0}); }), true},
      {"DEV-004", "root-cgroupv1", "devices-cgroup-rule", nullptr, false},
      {"DEV-004", "root-cgroupv1", "devices-cgroup-rule", edit([](Case& c) { linux_of(c).resources->devices->back().allow = false; }), true},
      {"DEV-005", "rootless-cgroupv1", "devices-forms", nullptr, false},
      {"DEV-005", "rootless-cgroupv1", "devices-same-dest-twice", nullptr, false},
      {"DEV-005", "rootless-cgroupv1", "devices-dir-walk", nullptr, false},
      {"DEV-005", "rootless-cgroupv1", "devices-symlink", nullptr, false},
      {"DEV-005", "rootless-cgroupv1", "devices-same-dest-symlink", nullptr, false},
      {"DEV-005", "rootless-cgroupv2", "devices-same-dest-dir-walk", nullptr, false},
      {"DEV-005", "rootless-cgroupv2", "devices-same-dest-dir-walk", edit([](Case& c) { move_mount(c, "/srv/specconf/devdir/null", 99); }), true},
      {"DEV-005", "rootless-cgroupv1", "devices-symlink", edit([](Case& c) { mount(c, "/dev/null").source = "/srv/specconf/devlink"; }), true},
      {"DEV-005", "rootless-cgroupv1", "devices-dir-walk", edit([](Case& c) { spec(c).mounts.pop_back(); }), true},
      {"DEV-005", "rootless-cgroupv1", "devices-null", edit([](Case& c) { replace_option(mount(c, "/dev/null"), "rw", "ro"); }), true},
      {"DEV-005", "rootless-cgroupv1", "devices-null",
       edit([](Case& c) { linux_of(c).devices.push_back({"/dev/null", "c", 1, 3, oci::FileMode(0666), 0, 0}); }), true},
      {"DEV-006", "root-cgroupv1", "devices-forms", nullptr, false},
      {"DEV-006", "root-cgroupv1", "devices-null", edit([](Case& c) { linux_of(c).devices.clear(); }), true},
      {"DEV-006", "root-cgroupv1", "devices-dir-walk", nullptr, false},
      {"DEV-006", "root-cgroupv2", "devices-same-dest-symlink", nullptr, false},
      {"DEV-006", "root-cgroupv1", "devices-dir-walk", edit([](Case& c) { linux_of(c).devices.pop_back(); }), true},
      {"DEV-007", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"DEV-007", "root-cgroupv1", "devices-null", nullptr, true, true},
      {"DEV-007", "root-cgroupv1", "default-rootfs",
       edit([](Case& c) { linux_of(c).devices.push_back({"/dev/null", "c", 1, 3, oci::FileMode(020666), 0, 0}); }), true},
      {"DEV-008", "root-cgroupv1", "devices-types", nullptr, false},
      {"DEV-008", "root-cgroupv1", "devices-null", edit([](Case& c) { linux_of(c).devices[0].type = "x"; }), true},
      // env
      {"ENV-001", "root-cgroupv1", "env-basic", nullptr, false},
      {"ENV-001", "root-cgroupv1", "env-odd-keys", nullptr, false},
      {"ENV-001", "root-cgroupv1", "env-basic", edit([](Case& c) { spec(c).process->env.pop_back(); spec(c).process->env.erase(spec(c).process->env.begin()); }), true},
      {"ENV-002", "root-cgroupv1", "env-basic", nullptr, false},
      {"ENV-002", "root-cgroupv1", "env-host", nullptr, false},
      {"ENV-002", "root-cgroupv1", "env-httpproxy", nullptr, false},
      {"ENV-002", "root-cgroupv1", "env-envmerge", nullptr, false},
      {"ENV-002", "root-cgroupv1", "image-full", nullptr, false},
      {"ENV-002", "root-cgroupv1", "env-basic", edit([](Case& c) { spec(c).process->env.push_back("HOME=/root"); }), true},
      {"ENV-002", "root-cgroupv1", "env-basic", edit([](Case& c) { spec(c).process->env.push_back("container=podman"); }), true},
      {"ENV-003", "root-cgroupv1", "env-host", nullptr, false},
      {"ENV-003", "root-cgroupv1", "env-host", edit([](Case& c) { remove_value(spec(c).process->env, "USER=root"); }), true},
      {"ENV-004", "root-cgroupv1", "env-basic", nullptr, false},
      {"ENV-004", "root-cgroupv1", "env-basic", edit([](Case& c) { spec(c).process->env.push_back("PATH=/x"); }), true},
      // annotations
      {"ANN-001", "root-cgroupv1", "misc-remove", nullptr, false},
      {"ANN-001", "root-cgroupv1", "misc-remove", edit([](Case& c) { spec(c).annotations["io.podman.annotations.autoremove"] = "FALSE"; }), true},
      {"ANN-002", "root-cgroupv1", "sys-privileged", nullptr, false},
      {"ANN-002", "root-cgroupv1", "sys-privileged", edit([](Case& c) { spec(c).annotations.erase("io.podman.annotations.privileged"); }), true},
      {"ANN-003", "root-cgroupv1", "init-default", nullptr, false},
      {"ANN-003", "root-cgroupv1", "annotations-overridden", nullptr, false},
      {"ANN-003", "root-cgroupv1", "init-default", edit([](Case& c) { spec(c).annotations["io.podman.annotations.init"] = "true"; }), true},
      {"ANN-004", "root-cgroupv1", "misc-publish-image-ports", nullptr, false},
      {"ANN-004", "root-cgroupv1", "misc-publish-image-ports", edit([](Case& c) { spec(c).annotations["io.podman.annotations.publish-all"] = "FALSE"; }), true},
      {"ANN-005", "root-cgroupv1", "volumes-from-donor", nullptr, false},
      {"ANN-005", "root-cgroupv1", "volumes-from-donor", edit([](Case& c) { spec(c).annotations["io.podman.annotations.volumes-from"] = "x"; }), true},
      {"ANN-006", "root-cgroupv1", "annotations-user", nullptr, false},
      {"ANN-006", "root-cgroupv1", "annotations-user", edit([](Case& c) { spec(c).annotations.erase("specconf.a"); }), true},
      // mounts
      {"MOUNT-001", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"MOUNT-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { spec(c).mounts.push_back(mount(c, "/proc")); }), true},
      {"MOUNT-001", "rootless-cgroupv1", "devices-same-dest-twice", nullptr, true, true},
      {"MOUNT-001", "rootless-cgroupv2", "devices-same-dest-symlink", nullptr, true, true},
      {"MOUNT-001", "rootless-3gids", "devices-same-dest-dir-walk", nullptr, true, true},
      {"MOUNT-001", "root-cgroupv1", "devices-same-dest-symlink", nullptr, false},
      {"MOUNT-001", "rootless-cgroupv1", "devices-dir-walk", edit([](Case& c) { spec(c).mounts.push_back(spec(c).mounts.back()); }), true},
      {"MOUNT-002", "root-cgroupv1", "mounts-bind-ro", nullptr, false},
      {"MOUNT-002", "root-cgroupv1", "mounts-at-proc", nullptr, false},
      {"MOUNT-002", "root-cgroupv1", "mounts-at-sys", nullptr, false},
      {"MOUNT-002", "root-cgroupv1", "mounts-at-proc", edit([](Case& c) { spec(c).mounts.push_back({"/proc", "proc", "proc", {}, {}, {}}); }), true},
      {"MOUNT-002", "root-cgroupv1", "mounts-bind-ro", edit([](Case& c) { spec(c).mounts.erase(spec(c).mounts.begin()); }), true},
      {"MOUNT-003", "root-cgroupv1", "mounts-tmpfs", nullptr, false},
      {"MOUNT-003", "root-cgroupv1", "init-default", nullptr, false},
      {"MOUNT-003", "root-cgroupv1", "mounts-tmpfs",
       edit([](Case& c) { auto& m = spec(c).mounts; std::rotate(m.begin(), m.begin() + 1, m.end()); }), true},
      {"MOUNT-004", "root-cgroupv1", "mounts-at-dev", nullptr, false},
      {"MOUNT-004", "root-cgroupv1", "mounts-at-dev",
       edit([](Case& c) { spec(c).mounts.push_back({"/dev/pts", "devpts", "devpts", {"gid=5"}, {}, {}}); }), true},
      {"MOUNT-005", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"MOUNT-005", "root-cgroupv1", "default-rootfs", edit([](Case& c) { mount(c, "/proc").destination = "proc"; }), true},
      {"MOUNT-006", "root-cgroupv1", "mounts-bind-relative-source", nullptr, false},
      {"MOUNT-006", "root-cgroupv1", "mounts-bind-ro", edit([](Case& c) { spec(c).mounts[0].source = "srv/data"; }), true},
      {"MOUNT-007", "root-cgroupv1", "mounts-bind-ro", nullptr, false},
      {"MOUNT-007", "root-cgroupv1", "mounts-tmpfs", nullptr, false},
      {"MOUNT-007", "root-cgroupv1", "mounts-bind-ro", edit([](Case& c) { spec(c).mounts[0].options.push_back("rw"); }), true},
      {"MOUNT-007", "root-cgroupv1", "mounts-bind-ro", edit([](Case& c) { remove_value(spec(c).mounts[0].options, "rprivate"); }), true},
      {"MOUNT-007", "root-cgroupv1", "mounts-tmpfs", edit([](Case& c) { spec(c).mounts[0].options.push_back("rbind"); }), true},
      // masks
      {"MASK-001", "root-cgroupv1", "masks-unmask-one", nullptr, false},
      {"MASK-001", "root-cgroupv1", "masks-mask-and-unmask-same", nullptr, false},
      {"MASK-001", "root-cgroupv1", "masks-unmask-one", edit([](Case& c) { linux_of(c).masked_paths.push_back("/proc/kcore"); }), true},
      {"MASK-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { remove_value(linux_of(c).masked_paths, "/proc/acpi"); }), true},
      {"MASK-002", "root-cgroupv1", "masks-unmask-glob-proc", nullptr, false},
      {"MASK-002", "root-cgroupv1", "default-rootfs", edit([](Case& c) { remove_value(linux_of(c).readonly_paths, "/proc/sys"); }), true},
      {"MASK-003", "root-cgroupv1", "masks-mask-privileged", nullptr, false},
      {"MASK-003", "root-cgroupv1", "masks-mask-privileged", edit([](Case& c) { linux_of(c).masked_paths.push_back("/proc/kcore"); }), true},
      {"MASK-004", "root-cgroupv1", "masks-mask-duplicate-default", nullptr, false},
      {"MASK-004", "rootless-cgroupv1", "masks-mask-pidhost", nullptr, false},
      {"MASK-004", "root-cgroupv1", "masks-mask-pidhost", nullptr, false},
      {"MASK-004", "root-cgroupv1", "masks-mask-duplicate-default", edit([](Case& c) { linux_of(c).masked_paths.pop_back(); }), true},
      {"MASK-004", "rootless-cgroupv1", "masks-mask-pidhost", edit([](Case& c) { linux_of(c).masked_paths.push_back("/specconf/masked"); }), true},
      {"MASK-005", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"MASK-005", "root-cgroupv1", "masks-mask", nullptr, true, true},
      {"MASK-005", "root-cgroupv1", "default-rootfs", edit([](Case& c) { linux_of(c).masked_paths.push_back("proc/kcore"); }), true},
      {"MASK-006", "root-cgroupv1", "masks-unmask-one", nullptr, false},
      {"MASK-006", "root-cgroupv1", "masks-unmask-one", edit([](Case& c) { linux_of(c).masked_paths.push_back("/proc/kcore"); }), true},
      {"MASK-006", "rootless-cgroupv2", "sys-nethost",
       body(R"({"rootfs":"/srv/specconf/rootfs","command":["/bin/true"],"netns":{"nsmode":"host"},"unmask":["ALL"]})"), true, true},
      // capabilities
      {"CAPS-001", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"CAPS-001", "root-cgroupv1", "default-rootfs",
       edit([](Case& c) { auto& b = spec(c).process->capabilities->bounding; std::reverse(b.begin(), b.end()); }), true},
      {"CAPS-002", "root-cgroupv1", "caps-add-all", nullptr, false},
      {"CAPS-002", "root-cgroupv1", "default-rootfs", edit([](Case& c) { spec(c).process->capabilities->bounding.push_back("CAP_WAKE_ALARM_X"); }), true},
      {"CAPS-003", "root-cgroupv1", "caps-user-numeric", nullptr, false},
      {"CAPS-003", "root-cgroupv1", "default-rootfs", edit([](Case& c) { spec(c).process->capabilities->effective.pop_back(); }), true},
      {"CAPS-004", "root-cgroupv1", "sys-privileged", nullptr, false},
      {"CAPS-004", "root-cgroupv1", "sys-privileged", edit([](Case& c) { spec(c).process->capabilities->bounding.pop_back(); }), true},
      {"CAPS-005", "root-cgroupv1", "caps-add", nullptr, false},
      {"CAPS-005", "root-cgroupv1", "caps-drop", nullptr, false},
      {"CAPS-005", "root-cgroupv1", "caps-add-all-drop-one", nullptr, false},
      {"CAPS-005", "root-cgroupv1", "caps-drop-all-add-one", nullptr, false},
      {"CAPS-005", "rootless-cgroupv1", "caps-outside-bounding", nullptr, false},
      {"CAPS-005", "root-cgroupv1", "caps-drop",
       edit([](Case& c) { auto& b = spec(c).process->capabilities->bounding; b.push_back("CAP_KILL"); std::sort(b.begin(), b.end()); }), true},
      {"CAPS-006", "root-cgroupv1", "caps-user-numeric", nullptr, false},
      {"CAPS-006", "root-cgroupv1", "caps-user-root-name", nullptr, false},
      {"CAPS-006", "root-cgroupv1", "image-full", nullptr, false},
      {"CAPS-006", "rootless-cgroupv1", "ns-user-keep-id", nullptr, false},
      {"CAPS-006", "root-cgroupv1", "caps-user-numeric",
       edit([](Case& c) { auto& k = *spec(c).process->capabilities; k.effective = k.permitted = k.bounding; }), true},
      // rlimits
      {"RLIMIT-001", "root-cgroupv1", "rlimits-duplicates", nullptr, false},
      {"RLIMIT-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { spec(c).process->rlimits.push_back(spec(c).process->rlimits[0]); }), true},
      {"RLIMIT-002", "rootless-cgroupv1", "default-rootfs", nullptr, false},
      {"RLIMIT-002", "rootless-cgroupv1", "default-rootfs", edit([](Case& c) { spec(c).process->rlimits.push_back({"RLIMIT_CORE", 1, 1}); }), true},
      {"RLIMIT-003", "rootless-cgroupv1", "rlimits-core", nullptr, false},
      {"RLIMIT-003", "root-cgroupv1", "default-rootfs", edit([](Case& c) { spec(c).process->rlimits.pop_back(); }), true},
      {"RLIMIT-004", "root-cgroupv1", "rlimits-core", nullptr, false},
      {"RLIMIT-004", "root-cgroupv1", "rlimits-prefixed-type", nullptr, true, true},
      {"RLIMIT-004", "root-cgroupv1", "rlimits-core", edit([](Case& c) { spec(c).process->rlimits[1].type = "RLIMIT_KORE"; }), true},
      {"RLIMIT-005", "root-cgroupv1", "rlimits-both", nullptr, false},
      {"RLIMIT-005", "root-cgroupv1", "default-rootfs", edit([](Case& c) { spec(c).process->rlimits[0].soft = 1 << 30; }), true},
      {"RLIMIT-005", "root-cgroupv1", "rlimits-empty",
       on_host([](host::HostProfile& h) { h.containers_conf.default_ulimits = {"nofile=1024:2048"}; },
               edit([](Case& c) { set_rlimit(c, "RLIMIT_NOFILE", 1024, 2048); })),
       true, true},
      {"RLIMIT-005", "root-cgroupv1", "default-rootfs",
       on_host([](host::HostProfile& h) { h.containers_conf.default_ulimits = {"nofile=1024:2048"}; },
               edit([](Case& c) { set_rlimit(c, "RLIMIT_NOFILE", 1024, 2048); })),
       true, true},
      // The same spec where podman would not have swapped anything is a bug of the engine.
      {"RLIMIT-005", "root-cgroupv1", "rlimits-both",
       on_host([](host::HostProfile& h) { h.containers_conf.default_ulimits = {"nofile=1024:2048"}; },
               edit([](Case& c) { set_rlimit(c, "RLIMIT_NOFILE", 1024, 2048); })),
       true},
      {"RLIMIT-005", "root-cgroupv1", "rlimits-empty",
       on_host([](host::HostProfile& h) { h.containers_conf.default_ulimits = {"nofile=2048:1024"}; },
               edit([](Case& c) { set_rlimit(c, "RLIMIT_NOFILE", 1024, 2048); })),
       true},
      {"RLIMIT-005", "root-cgroupv1", "rlimits-empty",  // podman refuses to load soft 2048 > hard 1024 at all
       on_host([](host::HostProfile& h) { h.containers_conf.default_ulimits = {"nofile=2048:1024", "bogus=1:2"}; },
               edit([](Case& c) { set_rlimit(c, "RLIMIT_NOFILE", 1024, 2048); })),
       true},
      // the frame
      {"SHAPE-001", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"SHAPE-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { spec(c).version = "1.0.2"; }), true},
      {"SHAPE-002", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"SHAPE-002", "root-cgroupv1", "default-rootfs", edit([](Case& c) { spec(c).root->path = "/var/lib/rootfs"; }), true},
      {"SHAPE-003", "root-cgroupv1", "misc-work-dir", nullptr, false},
      {"SHAPE-003", "root-cgroupv1", "default-rootfs", edit([](Case& c) { spec(c).process->cwd = "wd"; }), true},
      {"SHAPE-003", "root-cgroupv1", "misc-work-dir-relative", nullptr, true, true},
      {"SHAPE-003", "rootless-3gids", "misc-work-dir-relative", nullptr, true, true},
      {"SHAPE-003", "root-cgroupv1", "misc-work-dir", edit([](Case& c) { spec(c).process->cwd = "srv/w"; }), true},
      {"SHAPE-004", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"SHAPE-004", "root-cgroupv1", "default-rootfs", edit([](Case& c) { spec(c).process->args.clear(); }), true},
      {"SHAPE-005", "root-cgroupv1", "init-default", nullptr, false},
      {"SHAPE-005", "root-cgroupv1", "init-default", edit([](Case& c) { auto& a = spec(c).process->args; a.erase(a.begin(), a.begin() + 2); }), true},
      {"SHAPE-005", "root-cgroupv1", "default-rootfs",
       edit([](Case& c) { auto& a = spec(c).process->args; a.insert(a.begin(), {"/run/podman-init", "--"}); }), true},
      {"SHAPE-006", "root-cgroupv1", "misc-terminal", nullptr, false},
      {"SHAPE-006", "root-cgroupv1", "misc-terminal", edit([](Case& c) { spec(c).process->terminal = false; }), true},
      {"SHAPE-007", "root-cgroupv1", "misc-work-dir", nullptr, false},
      {"SHAPE-007", "root-cgroupv1", "image-full", nullptr, false},
      {"SHAPE-007", "root-cgroupv1", "image-workdir-user-override", nullptr, false},
      {"SHAPE-007", "root-cgroupv1", "misc-work-dir-relative", nullptr, false},
      {"SHAPE-007", "root-cgroupv1", "image-full", edit([](Case& c) { spec(c).process->cwd = "/"; }), true},
      {"SHAPE-008", "root-cgroupv1", "oom-score-adj-zero", nullptr, false},
      {"SHAPE-008", "root-cgroupv1", "oom-score-adj-zero", edit([](Case& c) { spec(c).process->oom_score_adj.reset(); }), true},
      {"SHAPE-009", "rootless-cgroupv1", "default-rootfs", nullptr, false},
      {"SHAPE-009", "rootless-cgroupv1", "default-rootfs", edit([](Case& c) { linux_of(c).resources.reset(); }), true},
      {"SHAPE-010", "root-cgroupv1", "misc-personality", nullptr, false},
      {"SHAPE-010", "root-cgroupv1", "misc-personality", edit([](Case& c) { linux_of(c).personality.reset(); }), true},
      // namespaces
      {"NS-001", "root-cgroupv2", "ns-cgroup-private", nullptr, false},
      {"NS-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { linux_of(c).namespaces.push_back(linux_of(c).namespaces[0]); }), true},
      {"NS-002", "root-cgroupv1", "ns-pid-host", nullptr, false},
      {"NS-002", "root-cgroupv1", "ns-pid-path", nullptr, false},
      {"NS-002", "root-cgroupv1", "ns-net-none", nullptr, false},
      {"NS-002", "root-cgroupv1", "pod-join", nullptr, false},
      {"NS-002", "root-cgroupv2", "ns-cgroup-host", nullptr, false},
      {"NS-002", "root-cgroupv1", "ns-pid-host", edit([](Case& c) { linux_of(c).namespaces.push_back({oci::LinuxNamespaceType("pid"), ""}); }), true},
      {"NS-002", "root-cgroupv1", "ns-pid-path", edit([](Case& c) { linux_of(c).namespaces[0].path = "/proc/1/ns/pid"; }), true},
      {"NS-002", "root-cgroupv2", "default-rootfs",
       edit([](Case& c) { auto& n = linux_of(c).namespaces; n.erase(std::remove_if(n.begin(), n.end(), [](const oci::LinuxNamespace& x) { return x.type.str() == "cgroup"; }), n.end()); }), true},
      {"NS-003", "root-cgroupv1", "ns-user-private", nullptr, false},
      {"NS-003", "root-cgroupv1", "ns-user-path", nullptr, false},
      {"NS-003", "root-cgroupv1", "default-rootfs", edit([](Case& c) { linux_of(c).namespaces.push_back({oci::LinuxNamespaceType("user"), ""}); }), true},
      {"NS-004", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"NS-004", "root-cgroupv1", "default-rootfs", edit([](Case& c) { linux_of(c).namespaces[0].type = oci::LinuxNamespaceType("process"); }), true},
      {"NS-005", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"NS-005", "root-cgroupv1", "default-rootfs", edit([](Case& c) { linux_of(c).namespaces.pop_back(); }), true},
      {"NS-006", "root-cgroupv1", "ns-user-private", nullptr, false},
      {"NS-006", "root-cgroupv1", "gid5-uidmap-only", nullptr, true, true},
      {"NS-006", "root-cgroupv1", "ns-user-private", edit([](Case& c) { linux_of(c).gid_mappings.clear(); }), true},
      {"NS-007", "root-cgroupv1", "env-hostname", nullptr, false},
      {"NS-007", "root-cgroupv1", "ns-net-host", nullptr, false},
      {"NS-007", "root-cgroupv1", "ns-uts-host", nullptr, false},
      {"NS-007", "root-cgroupv2", "pod-hostname-is-pod-name", [](Case& c) { c.specgen->hostname = c.host->pods.back().id.substr(0, 12); }, false},
      {"NS-007", "root-cgroupv1", "pod-hostname-is-pod-name", nullptr, false},
      {"NS-007", "root-cgroupv1", "env-hostname", edit([](Case& c) { spec(c).hostname = "other"; }), true},
      {"NS-007", "root-cgroupv1", "ns-net-host", edit([](Case& c) { spec(c).hostname = ""; }), true},
      {"NS-007", "root-cgroupv1", "env-hostname", edit([](Case& c) { spec(c).process->env.pop_back(); }), true},
      // security
      {"SEC-001", "root-cgroupv1", "misc-no-new-privileges", nullptr, false},
      {"SEC-001", "root-cgroupv1", "misc-no-new-privileges", edit([](Case& c) { spec(c).process->no_new_privileges = false; }), true},
      {"SEC-002", "root-cgroupv1", "misc-read-only", nullptr, false},
      {"SEC-002", "root-cgroupv1", "misc-read-only", edit([](Case& c) { spec(c).root->readonly = false; }), true},
      {"SEC-003", "root-cgroupv1", "seccomp-unconfined", nullptr, false},
      {"SEC-003", "root-cgroupv1", "seccomp-privileged-custom", nullptr, false},
      // CompleteSpec fills an empty profile path from containers.conf: a custom one keeps seccomp when
      // privileged, "unconfined" drops it for everyone.
      {"SEC-003", "root-cgroupv1", "sys-privileged",
       on_host([](host::HostProfile& h) { h.containers_conf.seccomp_profile = "/srv/specconf/seccomp/minimal.json"; },
               edit([](Case& c) { linux_of(c).seccomp = golden_case("root-cgroupv1", "seccomp-privileged-custom").outcome.spec->linux_->seccomp; })),
       false},
      {"SEC-003", "root-cgroupv1", "seccomp-unconfined",
       on_host([](host::HostProfile& h) { h.containers_conf.seccomp_profile = "unconfined"; }), false},
      {"SEC-003", "root-cgroupv1", "default-rootfs",
       on_host([](host::HostProfile& h) { h.containers_conf.seccomp_profile = "unconfined"; }), true},
      {"SEC-003", "root-cgroupv1", "sys-privileged",
       on_host([](host::HostProfile& h) { h.containers_conf.seccomp_profile = "/usr/share/containers/seccomp.json"; },
               edit([](Case& c) { linux_of(c).seccomp = golden_case("root-cgroupv1", "default-rootfs").outcome.spec->linux_->seccomp; })),
       true},
      {"SEC-003", "root-cgroupv1", "seccomp-unconfined",
       edit([](Case& c) { linux_of(c).seccomp = golden_case("root-cgroupv1", "default-rootfs").outcome.spec->linux_->seccomp; }), true},
      {"SEC-004", "root-cgroupv1", "apparmor-unconfined", nullptr, false},
      {"SEC-004", "root-cgroupv1", "default-rootfs", edit([](Case& c) { spec(c).process->apparmor_profile = "containers-default-0.50.1"; }), true},
      {"SECCOMP-001", "root-cgroupv1", "seccomp-filters", nullptr, false},
      {"SECCOMP-001", "root-cgroupv1", "seccomp-args-flags", nullptr, true, true},
      {"SECCOMP-001", "rootless-cgroupv2", "seccomp-profile-values-outside-schema", nullptr, true, true},
      {"SECCOMP-001", "root-cgroupv1", "seccomp-profile-values-outside-schema", edit([](Case& c) { linux_of(c).seccomp->syscalls[1].action = oci::LinuxSeccompAction("SCMP_CMP_BOGUS"); }), true},
      {"SECCOMP-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { linux_of(c).seccomp->syscalls[0].action = oci::LinuxSeccompAction("SCMP_ACT_DENY"); }), true},
      {"SYSCTL-001", "root-cgroupv1", "sysctl-allowed", nullptr, false},
      {"SYSCTL-001", "root-cgroupv1", "sysctl-bad-forms", nullptr, true, true},
      {"SYSCTL-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { linux_of(c).sysctl["net.ipv4.ip forward"] = "1"; }), true},
      {"SYSCTL-002", "root-cgroupv1", "ns-net-host", nullptr, false},
      {"SYSCTL-002", "root-cgroupv1", "ns-net-host", edit([](Case& c) { linux_of(c).sysctl["net.ipv4.ping_group_range"] = "0 0"; }), true},
      // rejections
      {"ERR-001", "root-cgroupv1", "decode-not-json", nullptr, false},
      {"ERR-001", "root-cgroupv1", "decode-top-level-null", nullptr, false},
      {"ERR-001", "root-cgroupv1", "decode-not-json", [](Case& c) { c.outcome.error = "invalid character 'h'"; }, true},
      {"ERR-001", "root-cgroupv1", "decode-truncated", accept(), true},
      {"ERR-002", "root-cgroupv1", "ns-user-keep-id", nullptr, false},
      {"ERR-002", "rootless-cgroupv1", "ns-user-keep-id", nullptr, false},
      {"ERR-002", "root-cgroupv1", "ns-user-no-map", accept(), true},
      {"ERR-003", "root-cgroupv2", "cgroup-unmask-empty-list", nullptr, false},
      {"ERR-003", "root-cgroupv1", "cgroup-unmask-empty-list", nullptr, false},
      {"ERR-003", "root-cgroupv2", "cgroup-unmask-empty-list", accept(), true},
      {"ERR-004", "root-cgroupv1", "validate-hostname-utshost", nullptr, false},
      {"ERR-004", "root-cgroupv1", "validate-hostname-utscontainer", accept(), true},
      // LookupPod takes a unique pod ID prefix too: such a hostname is cleared, not rejected.
      {"ERR-004", "root-cgroupv2", "pod-hostname-is-pod-name", [](Case& c) { c.specgen->hostname = c.host->pods.back().id.substr(0, 12); }, false},
      {"ERR-004", "root-cgroupv2", "pod-hostname-is-pod-name", [](Case& c) { c.specgen->hostname = "no-such-pod"; }, true},
      {"ERR-005", "root-cgroupv1", "validate-image-and-rootfs", nullptr, false},
      {"ERR-005", "root-cgroupv1", "validate-image-and-rootfs", accept(), true},
      {"ERR-006", "root-cgroupv1", "ns-user-private-no-idmappings", nullptr, false},
      {"ERR-006", "root-cgroupv1", "ns-user-private-no-idmappings", accept(), true},
      {"ERR-007", "root-cgroupv1", "mounts-duplicate-dest-slash", nullptr, false},
      {"ERR-007", "root-cgroupv1", "mounts-relative-dest", accept(), true},
      {"ERR-007", "root-cgroupv1", "mounts-empty-dest", accept(), true},
      {"ERR-008", "root-cgroupv1", "image-missing", nullptr, false},
      {"ERR-008", "root-cgroupv1", "image-missing", [](Case& c) { c.outcome.error.clear(); }, true},
      // the schema
      {"SCHEMA-001", "root-cgroupv1", "default-rootfs", nullptr, false},
      {"SCHEMA-001", "rootless-cgroupv2", "seccomp-archmap", nullptr, false},
      {"SCHEMA-001", "root-cgroupv1", "devices-null", nullptr, true, true},
      {"SCHEMA-001", "root-cgroupv1", "rlimits-prefixed-type", nullptr, true, true},
      {"SCHEMA-001", "root-cgroupv1", "seccomp-args-flags", nullptr, true, true},
      {"SCHEMA-001", "root-cgroupv1", "misc-personality-empty-domain", nullptr, true, true},
      {"SCHEMA-001", "root-cgroupv2", "resources-hugepage-no-pagesize", nullptr, true, true},
      {"SCHEMA-001", "rootless-cgroupv1", "seccomp-profile-path-unclean", nullptr, true, true},
      {"SCHEMA-001", "rootless-4gids", "seccomp-profile-values-outside-schema", nullptr, true, true},
      // Only values the loaded profile holds in that field are podman's: an invented action is not.
      {"SCHEMA-001", "root-cgroupv1", "seccomp-profile-values-outside-schema", edit([](Case& c) { linux_of(c).seccomp->syscalls[1].action = oci::LinuxSeccompAction("SCMP_ACT_NOPE2"); }), true},
      {"SCHEMA-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { linux_of(c).seccomp->syscalls[0].action = oci::LinuxSeccompAction("SCMP_ACT_DENY"); }), true},
      {"SCHEMA-001", "root-cgroupv1", "seccomp-profile-values-outside-schema", edit([](Case& c) { linux_of(c).seccomp->syscalls[0].args[0].op = oci::LinuxSeccompOperator("SCMP_ACT_NOPE"); }), true},
      {"SCHEMA-001", "root-cgroupv1", "default-rootfs", edit([](Case& c) { linux_of(c).namespaces[0].type = oci::LinuxNamespaceType("process"); }), true},
      // A known quirk does not excuse another schema violation in the same spec.
      {"SCHEMA-001", "root-cgroupv1", "devices-null", edit([](Case& c) { linux_of(c).namespaces[0].type = oci::LinuxNamespaceType("process"); }), true},
  };
  return all;
}

class InvariantRow : public ::testing::TestWithParam<std::size_t> {};

TEST_P(InvariantRow, HoldsOrFailsAsExpected) {
  const Row& row = rows()[GetParam()];
  Case c = golden_case(row.profile, row.record);
  ASSERT_TRUE(c.outcome.spec || !c.outcome.error.empty()) << row.profile << "/" << row.record << " did not load";
  if (row.mutate) row.mutate(c);
  const auto message = run(row.id, c);
  if (!row.violated) {
    EXPECT_EQ(message, std::nullopt) << row.id << " on " << row.profile << "/" << row.record;
    return;
  }
  ASSERT_NE(message, std::nullopt) << row.id << " should fail on " << row.profile << "/" << row.record;
  const auto all = violations_of(c, row.id);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].known, row.known) << row.id << ": " << all[0].message;
}

std::string row_name(const ::testing::TestParamInfo<std::size_t>& info) {
  const Row& r = rows()[info.param];
  std::string n = std::string(r.id) + "_" + (r.violated ? (r.known ? "KnownPodmanBug" : "Fails") : "Holds") + "_" +
                  r.profile + "_" + r.record + "_" + std::to_string(info.param);
  for (char& ch : n)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return n;
}

std::vector<std::size_t> indices() {
  std::vector<std::size_t> v(rows().size());
  for (std::size_t i = 0; i < v.size(); ++i) v[i] = i;
  return v;
}

INSTANTIATE_TEST_SUITE_P(Catalog, InvariantRow, ::testing::ValuesIn(indices()), row_name);

// env_host copies envLib.Map(os.Environ()): Go's Environ drops empty entries and the later entries of a
// key, which no real service environment has, so the rows above cannot show it.
TEST(InvariantEnvHost, ReadsTheServiceEnvironmentAsGoDoes) {
  Case c = golden_case("root-cgroupv1", "env-host");
  host::HostProfile h = *c.host;
  h.environment.push_back("");
  h.environment.push_back("USER=not-the-first");
  c.host = &h;
  EXPECT_EQ(run("ENV-003", c), std::nullopt);
  EXPECT_EQ(run("ENV-002", c), std::nullopt);
  h.environment.push_back("SPECCONF_ONLY_HERE=1");
  EXPECT_NE(run("ENV-003", c), std::nullopt);
}

TEST(InvariantRows, EveryInvariantIsMadeToHoldAndToFail) {
  for (const auto& inv : catalog()) {
    bool holds = false, fails = false;
    for (const auto& r : rows()) {
      if (inv.id != std::string(r.id)) continue;
      (r.violated ? fails : holds) = true;
    }
    EXPECT_TRUE(holds) << inv.id << " has no row where it holds";
    EXPECT_TRUE(fails) << inv.id << " has no row where it fails";
  }
}

}  // namespace
}  // namespace specconf::props::testing
