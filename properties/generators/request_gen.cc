#include "properties/generators/request_gen.h"

#include <algorithm>
#include <memory>
#include <tuple>

#include "properties/generators/choice.h"
#include "properties/generators/values.h"

namespace specconf::props::gen {

namespace {

using nlohmann::json;
using JGen = rc::Gen<json>;

// ---- small builders -------------------------------------------------------------------------------

JGen one_of(std::vector<json> values) { return pick_of(std::move(values)); }

JGen str_of(std::vector<std::string> values) {
  return rc::gen::map(pick_of(std::move(values)), [](std::string s) { return json(s); });
}

JGen boolean() { return one_of({true, false}); }

JGen array_of(int max_len, JGen g) {
  return rc::gen::map(list_of(max_len, std::move(g)), [](std::vector<json> v) { return json(v); });
}

// A JSON object from generated [key, value] pairs; a later duplicate key wins, as in Go's decoder.
JGen object_of(int max_len, JGen pair) {
  return rc::gen::map(list_of(max_len, std::move(pair)), [](std::vector<json> pairs) {
    json o = json::object();
    for (const auto& p : pairs) o[p[0].get<std::string>()] = p[1];
    return o;
  });
}

JGen pair_of(JGen k, JGen v) {
  return rc::gen::apply([](json a, json b) { return json{a, b}; }, std::move(k), std::move(v));
}

// Members that are present or absent independently; shrinks each towards absent.
JGen members(std::vector<std::pair<std::string, JGen>> parts, std::size_t percent = 50) {
  std::vector<std::string> keys;
  std::vector<rc::Gen<std::optional<json>>> gens;
  for (auto& [k, g] : parts) {
    keys.push_back(k);
    gens.push_back(sometimes(percent, std::move(g)));
  }
  return rc::gen::map(sequence(std::move(gens)), [keys](std::vector<std::optional<json>> vals) {
    json o = json::object();
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (vals[i]) o[keys[i]] = *vals[i];
    }
    return o;
  });
}

std::vector<std::string> existing(const std::vector<std::string>& from, std::vector<std::string> wanted) {
  std::vector<std::string> out;
  for (auto& w : wanted) {
    if (std::find(from.begin(), from.end(), w) != from.end()) out.push_back(std::move(w));
  }
  return out;
}

template <class T>
std::vector<T> concat(std::vector<T> a, const std::vector<T>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// Values from a palette list, or from `fallback` when the host has none of that kind.
JGen path_from(std::vector<std::string> paths, const std::string& fallback) {
  if (paths.empty()) paths.push_back(fallback);
  return str_of(std::move(paths));
}

// ---- namespaces -----------------------------------------------------------------------------------

enum class NsKind { kPid, kUts, kIpc, kUser, kCgroup, kNet };

const char* ns_file(NsKind k) {
  switch (k) {
    case NsKind::kPid: return "/proc/self/ns/pid";
    case NsKind::kUts: return "/proc/self/ns/uts";
    case NsKind::kIpc: return "/proc/self/ns/ipc";
    case NsKind::kUser: return "/proc/self/ns/user";
    case NsKind::kCgroup: return "/proc/self/ns/cgroup";
    case NsKind::kNet: return "/proc/self/ns/net";
  }
  return "";
}

// Every mode the namespace accepts, then modes it rejects; valid ones weigh more.
std::vector<std::pair<std::size_t, std::string>> ns_modes(NsKind k) {
  std::vector<std::pair<std::size_t, std::string>> m = {
      {6, ""}, {3, "default"}, {8, "host"}, {6, "private"}, {4, "path"}, {4, "container"}, {1, "pod"}};
  switch (k) {
    case NsKind::kIpc:
      m.insert(m.end(), {{4, "shareable"}, {3, "none"}, {1, "bridge"}, {1, "bogus"}});
      break;
    case NsKind::kUser:
      m.insert(m.end(), {{3, "auto"}, {1, "auto:size=1000"}, {4, "keep-id"}, {2, "keep-id:uid=1000,gid=1000"},
                         {1, "keep-id:bogus=1"}, {3, "no-map"}, {1, "nomap"}, {1, "none"}});
      break;
    case NsKind::kNet:
      m.insert(m.end(), {{4, "none"}, {4, "bridge"}, {4, "slirp4netns"}, {3, "pasta"}, {1, "bogus"}});
      break;
    default:
      m.insert(m.end(), {{1, "shareable"}, {1, "none"}, {1, "slirp4netns"}, {1, "bogus"}});
      break;
  }
  return m;
}

JGen ns_value(NsKind k, const std::string& mode, const Palette& p) {
  if (mode == "path") {
    return choose<json>({{5, path_from(existing(p.ns_paths, {ns_file(k)}), p.missing)},
                         {1, str_of({p.missing})},
                         {1, rc::gen::just(json())}});
  }
  if (mode == "container") {
    return choose<json>({{6, path_from(p.containers, "specconf-donor")},
                         {1, str_of({"no-such-container"})},
                         {1, rc::gen::just(json())}});
  }
  if (mode == "slirp4netns") return choose<json>({{4, rc::gen::just(json())}, {1, str_of({"port_handler=slirp4netns"})}});
  // A value where none belongs is podman's "cannot be provided" error.
  return choose<json>({{12, rc::gen::just(json())}, {1, str_of({"x", p.containers.empty() ? "x" : p.containers[0]})}});
}

JGen ns_with(NsKind k, const std::string& mode, const Palette& p) {
  return rc::gen::map(ns_value(k, mode, p), [mode](json v) {
    json o = {{"nsmode", mode}};
    if (!v.is_null()) o["value"] = v;
    return o;
  });
}

JGen ns(NsKind k, const Palette& p) {
  auto modes = ns_modes(k);
  std::vector<Weighted<json>> options;
  for (const auto& [w, mode] : modes) options.push_back({w, ns_with(k, mode, p)});
  return choose(std::move(options));
}

// ---- ID mappings, shaped around container gid 5 ----------------------------------------------------

json id_map(std::int64_t container_id, std::int64_t host_id, std::int64_t size) {
  return {{"container_id", container_id}, {"host_id", host_id}, {"size", size}};
}

JGen id_range() {
  return rc::gen::apply([](std::int64_t c, std::int64_t h, std::int64_t s) { return id_map(c, h, s); },
                        pick_of<std::int64_t>({0, 1, 4, 5, 6, -1, 1000}), pick_of<std::int64_t>({1, 0, 100000, 1000}),
                        pick_of<std::int64_t>({65536, 1, 4, 5, 6, 0, 1000}));
}

// GID maps: covering 5, missing it, ending right before it, exactly it, starting right after it, a hole.
JGen gid_map_shape() {
  return choose<json>({
      {3, one_of({json::array({id_map(0, 1, 65536)})})},
      {2, one_of({json::array({id_map(0, 1, 5)})})},                     // ends at 5: 0..4
      {2, one_of({json::array({id_map(0, 1, 6)})})},                     // ends just after 5
      {2, one_of({json::array({id_map(5, 1, 1)})})},                     // exactly 5
      {2, one_of({json::array({id_map(6, 1, 1000)})})},                  // starts at 6
      {2, one_of({json::array({id_map(0, 1, 5), id_map(6, 6, 1000)})})}, // hole at 5
      {1, one_of({json::array({id_map(5, 100, 10)})})},                  // starts at 5
      {1, one_of({json::array()})},
      {3, array_of(3, id_range())},
  });
}

JGen uid_map_shape() {
  return choose<json>({{4, one_of({json::array({id_map(0, 1, 65536)})})}, {2, array_of(3, id_range())}});
}

JGen idmappings() {
  return choose<json>({
      {6, rc::gen::apply([](json u, json g) { return json{{"UIDMap", u}, {"GIDMap", g}}; }, uid_map_shape(),
                         gid_map_shape())},
      {1, rc::gen::map(gid_map_shape(), [](json g) { return json{{"GIDMap", g}}; })},
      {1, rc::gen::map(uid_map_shape(), [](json u) { return json{{"UIDMap", u}}; })},
      {1, members({{"HostUIDMapping", boolean()}, {"HostGIDMapping", boolean()}, {"UIDMap", uid_map_shape()},
                   {"GIDMap", gid_map_shape()}})},
  });
}

// ---- masks ----------------------------------------------------------------------------------------

JGen mask_entry() {
  return str_of({"/proc/kcore", "/sys/fs/cgroup", "/proc/*", "/sys/firmware", "/proc/acpi:/proc/kcore", "", "relative",
                 "/sys/kernel", "/proc/sys", "/tmp/x", "/proc/keys/"});
}

JGen unmask_entry() {
  return str_of({"ALL", "all", "/proc/kcore", "/sys/fs/cgroup", "/sys/fs/cgroup/", "/sys/fs//cgroup",
                 "/sys/fs/cgroup/../cgroup", "/sys/fs/cgroup/.", "All", "/proc/*", "/proc/acpi:/proc/kcore",
                 "/sys/*:/proc/sys", "/sys/fs/*", "[", "", "/proc/k*", "/proc/sys", "/sys/kernel"});
}

JGen unmask() {
  return choose<json>({{8, array_of(3, unmask_entry())}, {1, one_of({json(), json::array()})}});
}

// ---- devices --------------------------------------------------------------------------------------

JGen device_path(const Palette& p) {
  JGen src = choose<json>({
      {8, path_from(p.char_devices, p.missing)},
      {2, path_from(p.block_devices, p.missing)},
      {3, path_from(p.device_dirs, p.missing)},
      {2, path_from(p.symlinks, p.missing)},
      {1, path_from(concat(p.plain_files, p.others), p.missing)},
      {1, path_from(existing(p.plain_dirs, {"/srv/specconf/nodevdir", "/tmp"}), p.missing)},
      {1, str_of({p.missing})},
  });
  JGen suffix = choose<json>({
      {6, str_of({""})},
      {6, str_of({":/dev/x", ":rw", ":/dev/y:rwm", ":/dev/z:r", ":r", ":/dev/sc", ":/dev/null"})},
      {1, str_of({":xyz", ":/dev/w:rr", ":", "::r", ":/a:b:c"})},
  });
  return choose<json>({
      {20, rc::gen::apply([](json s, json x) { return json(s.get<std::string>() + x.get<std::string>()); }, src, suffix)},
      {1, str_of({"vendor.com/class=name"})},
  });
}

JGen device_rule(bool with_allow) {
  std::vector<std::pair<std::string, JGen>> parts = {
      {"type", str_of({"c", "b", "a", ""})},
      {"major", one_of({1, 7, 254, -1})},
      {"minor", one_of({3, 0, 5, -1})},
      {"access", str_of({"rwm", "r", "rw", "m", ""})},
  };
  if (with_allow) parts.insert(parts.begin(), {"allow", boolean()});
  return members(std::move(parts), 70);
}

// ---- mounts ---------------------------------------------------------------------------------------

JGen mount(const Palette& p) {
  std::vector<std::string> sources =
      existing(concat(p.plain_dirs, p.plain_files), {"/srv/specconf/src/a", "/srv/specconf/src/b", "/tmp",
                                                     "/srv/specconf/src/a/file", "/var/tmp"});
  sources.push_back(p.missing);
  sources.push_back("srv/specconf/src/b");  // relative: podman makes it absolute against its cwd
  JGen dest = str_of({"/a", "/data", "/dev/shm", "/dev", "/proc", "/sys", "/sys/fs/cgroup", "/dev/pts", "/dev/mqueue",
                      "/a/", "//a", "/vol", "/run/podman-init", "/dev/x", "relative", ""});
  JGen options = array_of(3, str_of({"ro", "rw", "size=10m", "noexec", "exec", "nosuid", "suid", "nodev", "dev",
                                     "rbind", "bind", "rshared", "rprivate", "z", "U", "mode=755", "tmpcopyup",
                                     "notmpcopyup", "nocopy", "bogus"}));
  JGen bind = rc::gen::apply(
      [](json d, json s, json o) { return json{{"destination", d}, {"type", "bind"}, {"source", s}, {"options", o}}; },
      dest, str_of(sources), options);
  JGen tmpfs = rc::gen::apply(
      [](json d, json o) {
        // A tmpfs from "tmpfs" at /dev would look like podman's own /dev mount (golden/README.md).
        const std::string src = d == "/dev" ? "devtmp" : "tmpfs";
        return json{{"destination", d}, {"type", "tmpfs"}, {"source", src}, {"options", o}};
      },
      dest, options);
  JGen other = rc::gen::apply(
      [](json d, json t) { return json{{"destination", d}, {"type", t}, {"source", "none"}}; }, dest,
      str_of({"devpts", "overlay", ""}));
  return choose<json>({{5, bind}, {4, tmpfs}, {1, other}});
}

// ---- resources ------------------------------------------------------------------------------------

JGen resource_limits() {
  return members({
      {"devices", array_of(2, device_rule(true))},
      {"memory", members({{"limit", one_of({1048576, 0, 4194304, -1})},
                          {"swap", one_of({2097152, 0, -1, 1048576})},
                          {"reservation", one_of({524288, 8388608})},
                          {"swappiness", one_of({60, 0, 200})}})},
      {"cpu", members({{"shares", one_of({512, 2})},
                       {"quota", one_of({50000, 500, -1})},
                       {"period", one_of({100000, 500, 2000000})},
                       {"cpus", str_of({"0", "0-1", "7", "x"})},
                       {"realtimePeriod", one_of({1000})},
                       {"burst", one_of({1000})}})},
      {"pids", members({{"limit", one_of({100, 0, -1})}}, 90)},
      {"blockIO", members({{"weight", one_of({500, 10, 5, 1001})}}, 90)},
      {"unified", one_of({json{{"memory.high", "1000000"}}})},
  }, 30);
}

JGen rlimit() {
  return members({{"type", str_of({"nofile", "nproc", "core", "RLIMIT_NOFILE", "NOFILE", "memlock", "bogus"})},
                  {"hard", one_of({4096, 500, 0, 1048576, 2000000})},
                  {"soft", one_of({1024, 400, 0, 1048576})}},
                 90);
}

JGen block_device_map(const Palette& p, const char* member, std::vector<json> values) {
  JGen path = choose<json>({{4, path_from(p.block_devices, p.missing)},
                            {1, path_from(p.char_devices, p.missing)},
                            {1, str_of({p.missing})}});
  JGen value = choose<json>({{6, rc::gen::map(one_of(std::move(values)), [member](json v) { return json{{member, v}}; })},
                             {1, rc::gen::just(json::object())}});
  return object_of(2, pair_of(path, value));
}

// ---- the field table ------------------------------------------------------------------------------

struct FieldRow {
  const char* key;
  std::size_t percent;  // how often a request has the field
  JGen (*values)(const Palette&);
};

const std::vector<FieldRow>& field_table() {
  static const std::vector<FieldRow> rows = {
      {"privileged", 9, [](const Palette&) { return boolean(); }},
      {"pidns", 9, [](const Palette& p) { return ns(NsKind::kPid, p); }},
      {"utsns", 6, [](const Palette& p) { return ns(NsKind::kUts, p); }},
      {"ipcns", 9, [](const Palette& p) { return ns(NsKind::kIpc, p); }},
      {"userns", 12, [](const Palette& p) { return ns(NsKind::kUser, p); }},
      {"cgroupns", 7, [](const Palette& p) { return ns(NsKind::kCgroup, p); }},
      {"netns", 12, [](const Palette& p) { return ns(NsKind::kNet, p); }},
      {"idmappings", 9, [](const Palette&) { return idmappings(); }},
      {"hostname", 5, [](const Palette& p) {
         return str_of({"myhost", "", p.pods.empty() ? "pod" : p.pods[0], "h\xc3\xb4te", "a.b.c"});
       }},
      {"mask", 6, [](const Palette&) { return array_of(3, mask_entry()); }},
      {"unmask", 9, [](const Palette&) { return unmask(); }},
      {"devices", 9, [](const Palette& p) { return array_of(3, members({{"path", device_path(p)}}, 95)); }},
      {"device_cgroup_rule", 5, [](const Palette&) { return array_of(2, device_rule(true)); }},
      {"resource_limits", 7, [](const Palette&) { return resource_limits(); }},
      {"r_limits", 7, [](const Palette&) {
         return choose<json>({{5, array_of(3, rlimit())}, {1, one_of({json(), json::array()})}});
       }},
      {"mounts", 9, [](const Palette& p) { return array_of(3, mount(p)); }},
      {"cap_add", 6, [](const Palette&) { return array_of(3, str_of(cap_spellings())); }},
      {"cap_drop", 5, [](const Palette&) { return array_of(3, str_of(cap_spellings())); }},
      {"user", 6, [](const Palette&) {
         return str_of({"", "root", "0", "1000", "1000:1000", "0:5", "nobody", "root:root", "65534"});
       }},
      {"labels", 3, [](const Palette&) {
         return object_of(2, pair_of(str_of({"io.containers.capabilities", "com.example.l"}),
                                     str_of({"CHOWN,SETUID", "NET_ADMIN", "BOGUS", "CAP_SYS_ADMIN,chown", ""})));
       }},
      {"sysctl", 5, [](const Palette&) {
         return object_of(3, pair_of(str_of({"net.ipv4.ip_forward", "kernel.msgmax", "fs.mqueue.queues_max",
                                             "kernel.hostname", "kernel.domainname", "vm.swappiness",
                                             "net.core.somaxconn", "kernel.shm_rmid_forced"}),
                                     str_of({"1", "65536", "x y", "100"})));
       }},
      {"seccomp_profile_path", 6, [](const Palette& p) {
         return choose<json>({{2, str_of({"", "unconfined"})}, {4, path_from(p.seccomp_files, p.missing)},
                              {1, str_of({p.missing})}});
       }},
      {"seccomp_policy", 3, [](const Palette&) { return str_of({"", "default", "image", "bogus"}); }},
      {"apparmor_profile", 2, [](const Palette&) { return str_of({"", "unconfined", "custom-profile"}); }},
      {"env", 7, [](const Palette&) {
         return object_of(4, pair_of(str_of({"FOO", "PATH", "HOSTNAME", "TERM", "container", "\xc3\xa9", "A B", ""}),
                                     str_of(text_tokens())));
       }},
      {"env_host", 3, [](const Palette&) { return boolean(); }},
      {"httpproxy", 3, [](const Palette&) { return boolean(); }},
      {"unsetenv", 2, [](const Palette&) { return array_of(2, str_of({"PATH", "TERM", "FOO", "container"})); }},
      {"unsetenvall", 2, [](const Palette&) { return boolean(); }},
      {"envmerge", 2, [](const Palette&) {
         return array_of(2, str_of({"PATH=$PATH:/x", "NEWKEY=x", "TERM=a=b", "FOO", "=x", "PATH=${UNSET}/bin"}));
       }},
      {"annotations", 5, [](const Palette&) {
         return object_of(3, pair_of(str_of({"com.example.a", "io.podman.annotations.privileged",
                                             "io.podman.annotations.init", "io.podman.annotations.autoremove",
                                             "io.kubernetes.cri-o.ContainerType", "\xc3\xa9"}),
                                     str_of(text_tokens())));
       }},
      {"procfs_opts", 4, [](const Palette&) {
         return choose<json>({{4, array_of(2, str_of({"hidepid=2", "rw", "nosuid", "subset=pid"}))},
                              {1, one_of({json()})}});
       }},
      {"oom_score_adj", 4, [](const Palette&) { return one_of({500, 0, -1000, 1000, 1001, -1001}); }},
      {"work_dir", 3, [](const Palette&) { return str_of({"/wd", "", "/", "rel"}); }},
      {"terminal", 2, [](const Palette&) { return boolean(); }},
      {"remove", 2, [](const Palette&) { return boolean(); }},
      {"read_only_filesystem", 2, [](const Palette&) { return boolean(); }},
      {"no_new_privileges", 2, [](const Palette&) { return boolean(); }},
      {"init", 3, [](const Palette&) { return boolean(); }},
      {"init_path", 2, [](const Palette& p) {
         return choose<json>({{3, path_from(existing(p.plain_files, {"/srv/specconf/fake-init"}), p.missing)},
                              {1, str_of({p.missing, ""})}});
       }},
      {"volumes_from", 2, [](const Palette& p) {
         JGen donor = choose<json>({{5, path_from(p.containers, "specconf-donor")}, {1, str_of({"no-such-donor"})}});
         JGen suffix = str_of({"", ":ro", ":rw", ":z", ":ro,rw", ":bogus"});
         return array_of(2, rc::gen::apply([](json d, json s) { return json(d.get<std::string>() + s.get<std::string>()); },
                                           donor, suffix));
       }},
      {"pod", 2, [](const Palette& p) {
         return choose<json>({{5, path_from(p.pods, "specconf-pod")}, {1, str_of({"no-such-pod"})}});
       }},
      {"personality", 2, [](const Palette&) {
         return rc::gen::map(str_of({"LINUX", "LINUX32"}), [](json d) { return json{{"domain", d}}; });
       }},
      {"cgroups_mode", 3, [](const Palette&) { return str_of({"enabled", "disabled", "no-conmon", "split", "bogus", ""}); }},
      {"weightDevice", 2, [](const Palette& p) { return block_device_map(p, "weight", {500, 10, 0}); }},
      {"throttleReadBpsDevice", 2, [](const Palette& p) { return block_device_map(p, "rate", {1048576, 0}); }},
      {"throttleWriteIOPSDevice", 2, [](const Palette& p) { return block_device_map(p, "rate", {1000}); }},
      {"image_volume_mode", 2, [](const Palette&) { return str_of({"tmpfs", "ignore", "anonymous", "", "bogus"}); }},
      {"shm_size", 2, [](const Palette&) { return one_of({65536, 0}); }},
      {"systemd", 2, [](const Palette&) { return str_of({"true", "false", "always", "True", "bogus"}); }},
      {"sdnotifyMode", 2, [](const Palette&) { return str_of({"container", "conmon", "ignore", "bogus"}); }},
      {"portmappings", 2, [](const Palette&) { return one_of({json::array({{{"container_port", 80}, {"host_port", 8080}}})}); }},
      {"hostadd", 2, [](const Palette&) { return one_of({json{"h:10.0.0.1"}}); }},
      {"dns_server", 2, [](const Palette&) { return one_of({json{"1.1.1.1"}}); }},
      {"use_image_resolve_conf", 2, [](const Palette&) { return boolean(); }},
      {"publish_image_ports", 2, [](const Palette&) { return boolean(); }},
      {"Networks", 2, [](const Palette&) { return one_of({json{{"podman", json::object()}}}); }},
      // Go matches JSON keys case-insensitively; an unknown key is ignored.
      {"PRIVILEGED", 2, [](const Palette&) { return boolean(); }},
      {"x_unknown_key", 2, [](const Palette&) { return one_of({1, "x", json::object()}); }},
  };
  return rows;
}

// ---- the root filesystem and the command: what nearly every accepted request has ---------------------

JGen command() {
  return choose<json>({{12, one_of({json{"/bin/true"}})},
                       {2, one_of({json{"/bin/sh", "-c", "echo \xc3\xa9"}})},
                       {1, one_of({json::array(), json{""}})}});
}

// ---- scenarios: corners that need several fields at once -------------------------------------------

using Fields = std::vector<Field>;

// A scenario's fields: each always drawn (a null value means absent) but removable while shrinking.
rc::Gen<Fields> fields(std::vector<std::pair<std::string, JGen>> parts) {
  std::vector<std::string> keys;
  std::vector<rc::Gen<std::optional<json>>> gens;
  for (auto& [k, g] : parts) {
    keys.push_back(k);
    gens.push_back(removable(std::move(g)));
  }
  return rc::gen::map(sequence(std::move(gens)), [keys](std::vector<std::optional<json>> vals) {
    Fields out;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (vals[i] && !vals[i]->is_null()) out.push_back({keys[i], *vals[i]});
    }
    return out;
  });
}

JGen mode(const std::string& m) { return rc::gen::just(json{{"nsmode", m}}); }

JGen userns_new(const Palette& p) {
  return choose<json>({{6, mode("private")}, {2, ns_with(NsKind::kUser, "path", p)}, {2, ns_with(NsKind::kUser, "container", p)}});
}

JGen maps_or_none() { return choose<json>({{1, rc::gen::just(json())}, {6, idmappings()}}); }

// A rootfs container with a command most of the time; an image, both, or neither otherwise. Each field is
// removable, so a counterexample that does not need them shrinks to the empty request.
rc::Gen<Fields> base_fields(const Palette& p) {
  JGen rootfs = path_from(existing(p.plain_dirs, {"/srv/specconf/rootfs"}), p.missing);
  JGen image = choose<json>({{6, path_from(p.images, "localhost/specconf-bare:1")}, {1, str_of({"no-such-image:1"})}});
  JGen maybe_command = choose<json>({{1, rc::gen::just(json())}, {3, command()}});
  JGen maybe_entrypoint = choose<json>({{4, rc::gen::just(json())}, {1, one_of({json{""}, json{"/bin/sh"}, json::array()})}});
  return choose<Fields>({
      {28, fields({{"rootfs", rootfs}, {"command", command()}})},
      {6, fields({{"image", image}, {"command", maybe_command}, {"entrypoint", maybe_entrypoint}})},
      {1, fields({{"image", image}, {"rootfs", rootfs}, {"command", command()}})},
      {1, fields({{"command", command()}})},
      {1, rc::gen::just(Fields{})},
  });
}

struct ScenarioRow {
  const char* name;
  std::size_t (*weight)(const HostTraits&);
  rc::Gen<Fields> (*fields)(const Palette&);
};

const std::vector<ScenarioRow>& scenario_table() {
  static const std::vector<ScenarioRow> rows = {
      {"", [](const HostTraits&) -> std::size_t { return 30; }, [](const Palette&) { return rc::gen::just(Fields{}); }},
      {"nethost-new-userns", [](const HostTraits& t) -> std::size_t { return t.rootless ? 8 : 14; }, [](const Palette& p) {
         return fields({{"netns", mode("host")}, {"userns", userns_new(p)}, {"idmappings", maps_or_none()},
                        {"privileged", choose<json>({{3, rc::gen::just(json())}, {1, boolean()}})}});
       }},
      {"new-userns-netns", [](const HostTraits&) -> std::size_t { return 8; }, [](const Palette& p) {
         return fields({{"userns", userns_new(p)}, {"idmappings", maps_or_none()}, {"netns", ns(NsKind::kNet, p)}});
       }},
      {"new-userns-joined-network", [](const HostTraits&) -> std::size_t { return 8; }, [](const Palette& p) {
         return fields({{"userns", userns_new(p)}, {"idmappings", maps_or_none()},
                        {"netns", choose<json>({{3, ns_with(NsKind::kNet, "container", p)}, {2, ns_with(NsKind::kNet, "path", p)},
                                                {1, mode("pod")}})}});
       }},
      {"gid5-edges", [](const HostTraits&) -> std::size_t { return 7; }, [](const Palette&) {
         return fields({{"userns", mode("private")},
                        {"idmappings", rc::gen::apply([](json u, json g) { return json{{"UIDMap", u}, {"GIDMap", g}}; },
                                                      uid_map_shape(), gid_map_shape())}});
       }},
      {"ipc-host-userns", [](const HostTraits& t) -> std::size_t { return t.dev_mqueue ? 14 : 2; }, [](const Palette& p) {
         return fields({{"ipcns", mode("host")},
                        {"userns", choose<json>({{2, rc::gen::just(json())}, {2, userns_new(p)}, {1, ns(NsKind::kUser, p)}})},
                        {"idmappings", maps_or_none()}});
       }},
      {"pid-host-userns", [](const HostTraits&) -> std::size_t { return 7; }, [](const Palette& p) {
         return fields({{"pidns", mode("host")},
                        {"userns", choose<json>({{2, rc::gen::just(json())}, {2, userns_new(p)}, {1, ns(NsKind::kUser, p)}})},
                        {"idmappings", maps_or_none()},
                        {"procfs_opts", choose<json>({{3, rc::gen::just(json())}, {1, one_of({json{"hidepid=2"}})}})},
                        {"mask", choose<json>({{3, rc::gen::just(json())}, {1, array_of(2, mask_entry())}})}});
       }},
      {"privileged", [](const HostTraits&) -> std::size_t { return 6; }, [](const Palette& p) {
         return fields({{"privileged", rc::gen::just(json(true))},
                        {"netns", choose<json>({{2, rc::gen::just(json())}, {1, mode("host")}, {1, ns(NsKind::kNet, p)}})},
                        {"userns", choose<json>({{2, rc::gen::just(json())}, {1, userns_new(p)}})},
                        {"idmappings", maps_or_none()},
                        {"devices", choose<json>({{2, rc::gen::just(json())}, {1, array_of(2, members({{"path", device_path(p)}}, 95))}})}});
       }},
      {"unmask-cgroup", [](const HostTraits& t) -> std::size_t { return t.cgroup_v2 ? 10 : 3; }, [](const Palette&) {
         // getCgroupPermissons' cases: exactly ALL first, all/All first, ALL later, /sys/fs/cgroup unclean.
         JGen shapes = choose<json>({
             {4, one_of({json{"ALL"}, json{"all"}, json{"All"}, json{"/proc/kcore", "ALL"}, json{"/proc/kcore", "all"},
                         json{"/sys/fs/cgroup"}, json{"/sys/fs/cgroup/"}, json{"/sys/fs//cgroup"},
                         json{"/sys/fs/cgroup/../cgroup"}, json{"/proc/acpi:/sys/fs/cgroup"}})},
             {2, unmask()},
         });
         return fields({{"unmask", shapes}, {"privileged", choose<json>({{4, rc::gen::just(json())}, {1, boolean()}})}});
       }},
      {"devices", [](const HostTraits& t) -> std::size_t { return t.rootless ? 5 : 12; }, [](const Palette& p) {
         return fields({{"devices", array_of(3, members({{"path", device_path(p)}}, 95))},
                        {"device_cgroup_rule", choose<json>({{2, rc::gen::just(json())}, {1, array_of(2, device_rule(true))}})},
                        {"resource_limits", choose<json>({{2, rc::gen::just(json())},
                                                          {1, members({{"devices", array_of(2, device_rule(true))}}, 100)}})}});
       }},
      {"keep-id-no-map", [](const HostTraits& t) -> std::size_t { return t.rootless ? 16 : 1; }, [](const Palette&) {
         return fields({{"userns", choose<json>({{4, mode("keep-id")}, {1, one_of({json{{"nsmode", "keep-id:uid=1000,gid=1000"}}})},
                                                 {3, mode("no-map")}, {2, mode("auto")}})},
                        {"user", choose<json>({{3, rc::gen::just(json())}, {1, str_of({"1000", "root"})}})}});
       }},
      {"pasta-new-userns", [](const HostTraits& t) -> std::size_t { return t.seed && t.rootless ? 12 : 1; }, [](const Palette& p) {
         return fields({{"netns", mode("pasta")}, {"userns", userns_new(p)}, {"idmappings", maps_or_none()}});
       }},
      {"rlimits", [](const HostTraits&) -> std::size_t { return 6; }, [](const Palette&) { return fields({{"r_limits", array_of(3, rlimit())}}); }},
      {"caps-user", [](const HostTraits& t) -> std::size_t { return t.ambient ? 5 : 40; }, [](const Palette&) {
         return fields({{"cap_add", rc::gen::map(nonempty_list_of(3, str_of(cap_spellings())), [](std::vector<json> v) { return json(v); })},
                        {"cap_drop", choose<json>({{2, rc::gen::just(json())}, {1, array_of(2, str_of(cap_spellings()))}})},
                        {"user", str_of({"1000", "", "root", "0:5", "65534", "1000:1000"})}});
       }},
      {"user-mounts", [](const HostTraits&) -> std::size_t { return 4; }, [](const Palette& p) {
         return fields({{"mounts", rc::gen::map(nonempty_list_of(3, mount(p)), [](std::vector<json> v) { return json(v); })}});
       }},
  };
  return rows;
}

}  // namespace

json Request::to_json() const {
  json o = json::object();
  for (const auto& f : fields) o[f.key] = f.value;
  return o;
}

std::string Request::body() const { return to_json().dump(); }

std::vector<std::string> request_field_keys() {
  std::vector<std::string> out;
  for (const auto& r : field_table()) out.push_back(r.key);
  return out;
}

std::vector<std::string> scenario_names() {
  std::vector<std::string> out;
  for (const auto& r : scenario_table()) out.push_back(r.name);
  return out;
}

bool HostTraits::operator<(const HostTraits& o) const {
  return std::tie(rootless, seed, cgroup_v2, dev_mqueue, ambient) <
         std::tie(o.rootless, o.seed, o.cgroup_v2, o.dev_mqueue, o.ambient);
}

HostTraits traits_of(const host::HostProfile& h) {
  HostTraits t;
  t.rootless = h.identity.rootless;
  t.seed = h.engine == host::kEngineSeed;
  t.cgroup_v2 = h.cgroups.version == 2;
  t.dev_mqueue = h.file("/dev/mqueue") != nullptr;
  t.ambient = h.capabilities.ambient;
  return t;
}

rc::Gen<Request> gen_request(const Palette& palette, const HostTraits& traits) {
  std::vector<rc::Gen<std::optional<Field>>> field_gens;
  for (const auto& r : field_table()) {
    const std::string key = r.key;
    field_gens.push_back(sometimes(r.percent, rc::gen::map(r.values(palette), [key](json v) { return Field{key, v}; })));
  }
  std::vector<Weighted<std::pair<std::string, Fields>>> scenarios;
  for (const auto& s : scenario_table()) {
    const std::string name = s.name;
    scenarios.push_back({s.weight(traits), rc::gen::map(s.fields(palette), [name](Fields f) { return std::make_pair(name, f); })});
  }
  return rc::gen::apply(
      [](Fields base, std::vector<std::optional<Field>> drawn, std::pair<std::string, Fields> scenario) {
        Request r;
        r.fields = std::move(base);
        for (auto& f : drawn) {
          if (f) r.fields.push_back(std::move(*f));
        }
        for (auto& sf : scenario.second) {
          auto it = std::find_if(r.fields.begin(), r.fields.end(), [&](const Field& f) { return f.key == sf.key; });
          if (it != r.fields.end()) r.fields.erase(it);
          r.fields.push_back(std::move(sf));
        }
        r.scenario = scenario.first;
        return r;
      },
      base_fields(palette), sequence(std::move(field_gens)), choose(std::move(scenarios)));
}

}  // namespace specconf::props::gen
