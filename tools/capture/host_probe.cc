#include "tools/capture/host_probe.h"

#include <dirent.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "reference/gojson/encoder.h"
#include "reference/model/host_profile_json.h"
#include "reference/model/oci_spec_json.h"
#include "tools/capture/atomic_file.h"
#include "tools/capture/bolt_db.h"
#include "tools/capture/cgroup_facts.h"
#include "tools/capture/containers_conf.h"
#include "tools/capture/file_facts.h"
#include "tools/capture/infra_inherit.h"
#include "tools/capture/proc_facts.h"
#include "tools/capture/service_view.h"
#include "tools/capture/stored_spec.h"

namespace specconf::capture {
namespace {

using nlohmann::json;

std::string read_proc(pid_t pid, const std::string& file, std::string& out) {
  return read_file("/proc/" + std::to_string(pid) + "/" + file, out);
}

std::string exe_of(pid_t pid) {
  char buf[4096];
  const ssize_t n = readlink(("/proc/" + std::to_string(pid) + "/exe").c_str(), buf, sizeof buf - 1);
  if (n <= 0) return "";
  buf[n] = '\0';
  return buf;
}

std::map<pid_t, std::vector<pid_t>> children_table() {
  std::map<pid_t, std::vector<pid_t>> kids;
  DIR* d = opendir("/proc");
  if (!d) return kids;
  while (dirent* e = readdir(d)) {
    const pid_t pid = static_cast<pid_t>(std::atoi(e->d_name));
    if (pid <= 0) continue;
    std::string stat;
    if (!read_proc(pid, "stat", stat).empty()) continue;
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so parse after the last ')'
    const auto close = stat.rfind(')');
    if (close == std::string::npos) continue;
    char state = 0;
    int ppid = 0;
    if (std::sscanf(stat.c_str() + close + 1, " %c %d", &state, &ppid) == 2) kids[ppid].push_back(pid);
  }
  closedir(d);
  return kids;
}

// The facts the probe child gathers inside the service's view travel back as a HostProfile's JSON.
std::string survey_in_view(const ProbeInput& in, pid_t service, const std::string& own_cgroup,
                           host::HostProfile& seen) {
  FileSurvey survey;
  survey.paths = standard_paths();
  for (const auto& p : in.corpus->host_paths) survey.paths.push_back(p);
  for (const auto& h : in.corpus->hostfs) survey.paths.push_back(h.path);
  survey.content_files = {"/etc/containers/seccomp.json", "/usr/share/containers/seccomp.json"};
  survey.content_under = {kHostFsRoot};
  survey.walk_dirs = {kHostFsRoot};
  // DevicesFromPath walks a directory given as a device; such directories live under /dev. Other
  // directories in host_paths.txt (/proc, /sys) are only stat'ed.
  for (const auto& p : in.corpus->host_paths) {
    struct stat st {};
    if (p.rfind("/dev/", 0) == 0 && lstat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) survey.walk_dirs.push_back(p);
  }
  ViewIdentity who;
  who.mount_ns_of = service;
  who.uid = in.profile.uid;
  who.gid = in.profile.gid;
  who.user = in.profile.user;
  std::string text;
  const std::string err = run_in_service_view(
      who,
      [&] {
        host::HostProfile h;
        h.files = survey_files(survey);
        const CgroupSurvey cg = survey_cgroups(own_cgroup);
        h.cgroups.version = cg.version;
        h.cgroups.v1 = cg.v1;
        h.cgroups.cpus = cg.cpus;
        h.cgroups.mems = cg.mems;
        h.cgroups.own_memory_max = cg.own_memory_max;
        h.cgroups.own_memory_swap_max = cg.own_memory_swap_max;
        h.capabilities.ambient = ambient_capabilities_supported();
        return host::to_go_json(h);
      },
      text);
  if (!err.empty()) return err;
  if (std::string e = host::from_go_json(text, seen); !e.empty()) return "probe child's answer: " + e;
  return "";
}

std::string probe_images(const PodmanClient& client, std::vector<host::Image>& out) {
  std::string body;
  if (std::string err = client.get(std::string(kApiPrefix) + "/images/json", body); !err.empty()) return err;
  json list;
  try {
    list = json::parse(body);
  } catch (const std::exception& e) {
    return std::string("images/json: ") + e.what();
  }
  for (const auto& summary : list) {
    const std::string id = summary.value("Id", "");
    std::string detail;
    if (std::string err = client.get(std::string(kApiPrefix) + "/images/" + id + "/json", detail); !err.empty())
      return err;
    try {
      const json j = json::parse(detail);
      host::Image img;
      img.id = j.value("Id", "");
      if (j.contains("RepoTags") && j["RepoTags"].is_array())
        for (const auto& t : j["RepoTags"]) img.names.push_back(t.get<std::string>());
      std::sort(img.names.begin(), img.names.end());
      img.arch = j.value("Architecture", "");
      img.os = j.value("Os", "");
      if (j.contains("Annotations") && j["Annotations"].is_object())
        for (const auto& [k, v] : j["Annotations"].items()) img.annotations[k] = v.get<std::string>();
      const json cfg = j.value("Config", json::object());
      img.config.user = cfg.value("User", "");
      img.config.working_dir = cfg.value("WorkingDir", "");
      img.config.stop_signal = cfg.value("StopSignal", "");
      if (cfg.contains("Env") && cfg["Env"].is_array())
        for (const auto& e : cfg["Env"]) img.config.env.push_back(e.get<std::string>());
      for (const char* key : {"Entrypoint", "Cmd"}) {
        if (cfg.contains(key) && cfg[key].is_array()) {
          std::vector<std::string> v;
          for (const auto& e : cfg[key]) v.push_back(e.get<std::string>());
          (std::string(key) == "Cmd" ? img.config.cmd : img.config.entrypoint) = v;
        }
      }
      if (cfg.contains("Volumes") && cfg["Volumes"].is_object())
        for (const auto& item : cfg["Volumes"].items()) img.config.volumes.push_back(item.key());
      if (cfg.contains("Labels") && cfg["Labels"].is_object())
        for (const auto& [k, v] : cfg["Labels"].items()) img.config.labels[k] = v.get<std::string>();
      out.push_back(std::move(img));
    } catch (const std::exception& e) {
      return "images/" + id + "/json: " + e.what();
    }
  }
  std::sort(out.begin(), out.end(), [](const host::Image& a, const host::Image& b) { return a.names < b.names; });
  return "";
}

std::vector<specgen::IDMap> id_maps(const json& list) {
  std::vector<specgen::IDMap> out;
  if (!list.is_array()) return out;
  for (const auto& m : list) {
    specgen::IDMap x;
    x.container_id = m.value("container_id", 0LL);
    x.host_id = m.value("host_id", 0LL);
    x.size = m.value("size", 0LL);
    out.push_back(x);
  }
  return out;
}

std::vector<std::string> string_list(const json& v) {
  std::vector<std::string> out;
  if (v.is_array())
    for (const auto& e : v) out.push_back(e.get<std::string>());
  return out;
}

// One container as libpod reads it at create time, from its own records (ctr/<id>/config and state).
std::string probe_container(const BoltDb& db, const std::string& id, host::Container& c) {
  std::string config, spec_raw, state_text;
  if (std::string err = read_container_config(db, id, config); !err.empty()) return err;
  if (std::string err = read_stored_spec(db, id, spec_raw); !err.empty()) return err;
  if (std::string err = db.get({"ctr", id}, "state", state_text); !err.empty()) return err;
  oci::Spec spec;
  if (std::string err = oci::from_go_json(spec_raw, spec); !err.empty()) return "stored spec of " + id + ": " + err;
  try {
    const json j = json::parse(config);
    c.id = id;
    c.name = j.value("name", "");
    // libpod Container.Hostname(): the spec's hostname, else the first 12 characters of the id
    c.hostname = !spec.hostname.empty() ? spec.hostname : id.substr(0, 12);
    const json idm = j.value("idMappingsOptions", json::object());
    c.uid_map = id_maps(idm.value("UIDMap", json::array()));
    c.gid_map = id_maps(idm.value("GIDMap", json::array()));
    c.ipc_shareable = !j.value("NOShmShare", false);
    c.pod = j.value("pod", "");
    c.mounts = spec.mounts;
    c.user_volumes = string_list(j.value("userVolumes", json::array()));
    for (const auto& v : j.value("namedVolumes", json::array())) {
      specgen::NamedVolume nv;
      nv.name = v.value("volumeName", "");
      nv.dest = v.value("dest", "");
      if (v.contains("options")) nv.options = string_list(v["options"]);
      nv.is_anonymous = v.value("setAnonymous", false);
      c.named_volumes.push_back(std::move(nv));
    }
    c.running = json::parse(state_text).value("state", 0) == 3;  // define.ContainerStateRunning
    c.user = j.value("user", "");
    if (j.value("pause", false)) {  // an infra container (config.IsInfra)
      host::InfraInherit inherit;
      if (std::string err = infra_inherit_from_config(config, spec, inherit); !err.empty()) return err;
      c.infra_inherit = std::move(inherit);
      c.spec_annotations = spec.annotations;
    }
  } catch (const std::exception& e) {
    return "container " + id + ": " + e.what();
  }
  return "";
}

// Donors: pods from the API (their infra container from the database), containers from the database.
std::string probe_donors(const ProbeInput& in, host::HostProfile& h) {
  if (in.corpus->donors.empty()) return "";
  BoltDb db;
  if (std::string err = BoltDb::open(in.profile.db, db); !err.empty()) return err;
  for (const auto& d : in.corpus->donors) {
    if (d.kind == "pod") {
      std::string body;
      if (std::string err = in.client->get(std::string(kApiPrefix) + "/pods/" + url_escape(d.name) + "/json", body);
          !err.empty())
        return err;
      host::Pod p;
      try {
        const json j = json::parse(body);
        p.id = j.value("Id", "");
        p.name = j.value("Name", "");
        p.hostname = j.value("Hostname", "");
        p.infra_id = j.value("InfraContainerID", "");
        p.shared = string_list(j.value("SharedNamespaces", json::array()));
        std::sort(p.shared.begin(), p.shared.end());
      } catch (const std::exception& e) {
        return "pod " + d.name + ": " + e.what();
      }
      if (!p.infra_id.empty()) {
        // The namespaces the infra container leaves to the host are those its stored spec lacks.
        std::string spec_raw;
        if (std::string err = read_stored_spec(db, p.infra_id, spec_raw); !err.empty()) return err;
        oci::Spec spec;
        if (std::string err = oci::from_go_json(spec_raw, spec); !err.empty()) return "infra of " + d.name + ": " + err;
        for (const auto& [kind, ns] : std::vector<std::pair<std::string, std::string>>{
                 {"pid", "pid"}, {"ipc", "ipc"}, {"uts", "uts"}, {"net", "network"}, {"cgroup", "cgroup"}}) {
          bool present = false;
          if (spec.linux_) {
            for (const auto& n : spec.linux_->namespaces) present = present || n.type.str() == ns;
          }
          if (!present) p.host_namespaces.push_back(kind);
        }
        // The infra container itself: MakeContainer looks it up, Inherit reads it, members join it.
        host::Container infra;
        if (std::string err = probe_container(db, p.infra_id, infra); !err.empty()) return "infra of " + d.name + ": " + err;
        h.containers.push_back(std::move(infra));
      }
      h.pods.push_back(std::move(p));
      continue;
    }
    std::string id;
    if (std::string err = db.get({"name-registry"}, d.name, id); !err.empty()) return "donor " + d.name + ": " + err;
    host::Container c;
    if (std::string err = probe_container(db, id, c); !err.empty()) return "donor " + d.name + ": " + err;
    h.containers.push_back(std::move(c));
  }
  return "";
}

// The service's environment as podman itself sees it (os.Environ()): /proc/<pid>/environ shows only
// what it was started with, not what podman set afterwards (TMPDIR, cmd/podman/root.go). A container
// with env_host and TERM unset gets exactly that environment (CompleteSpec: the containers.conf and
// server env, then unsetenv, then the server env once more), so one throwaway create reads it.
std::string service_environment(const ProbeInput& in, std::vector<std::string>& env) {
  const std::string body =
      std::string(R"({"rootfs":")") + kHostFsRoot + R"(","command":["/bin/true"],"env_host":true,"unsetenv":["TERM"]})";
  HttpReply reply;
  if (std::string err = in.client->create_container(body, reply); !err.empty()) return err;
  if (reply.status != 201) return "env_host probe: HTTP " + std::to_string(reply.status) + " " + reply.body;
  std::string id, spec_raw;
  try {
    id = json::parse(reply.body).at("Id").get<std::string>();
  } catch (const std::exception& e) {
    return std::string("env_host probe: ") + e.what();
  }
  BoltDb db;
  std::string err = BoltDb::open(in.profile.db, db);
  if (err.empty()) err = read_stored_spec(db, id, spec_raw);
  const std::string rm = in.client->remove_container(id);
  if (!err.empty()) return err;
  if (!rm.empty()) return rm;
  try {
    env = string_list(json::parse(spec_raw).at("process").at("env"));
  } catch (const std::exception& e) {
    return std::string("env_host probe: ") + e.what();
  }
  std::sort(env.begin(), env.end());
  return "";
}

bool apparmor_enabled(bool rootless) {
  if (rootless) return false;
  struct stat st {};
  if (stat("/sys/kernel/security/apparmor", &st) != 0) return false;
  std::string enabled;
  if (!read_file("/sys/module/apparmor/parameters/enabled", enabled).empty() || enabled.empty() || enabled[0] != 'Y')
    return false;
  for (const char* dir : {"/sbin", "/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/bin"}) {
    if (access((std::string(dir) + "/apparmor_parser").c_str(), X_OK) == 0) return true;
  }
  return false;
}

}  // namespace

std::string find_service_process(pid_t started, pid_t& service) {
  service = 0;
  const std::string exe = exe_of(started);
  if (exe.empty()) return "process " + std::to_string(started) + " is gone";
  const auto kids = children_table();
  // breadth first; the last podman found at the greatest depth is the innermost
  std::vector<pid_t> level = {started};
  service = started;
  for (int depth = 0; depth < 8 && !level.empty(); ++depth) {
    std::vector<pid_t> next;
    for (pid_t p : level) {
      auto it = kids.find(p);
      if (it == kids.end()) continue;
      for (pid_t c : it->second) {
        if (exe_of(c) == exe) {
          next.push_back(c);
          service = c;
        }
      }
    }
    level = next;
  }
  return "";
}

std::string probe_host(const ProbeInput& in, host::HostProfile& h) {
  h = host::HostProfile{};
  h.name = in.profile.name;
  h.engine = host::kEnginePodman431;
  h.podman_package = in.podman_package;
  pid_t service = 0;
  if (in.profile.service_pid <= 0) return "profile " + in.profile.name + " is not running";
  if (std::string err = find_service_process(in.profile.service_pid, service); !err.empty()) return err;

  std::string status, limits, gid_map, environ, cgroup, maps, cwd_link;
  for (auto [file, out] : {std::pair<const char*, std::string*>{"status", &status}, {"limits", &limits},
                           {"gid_map", &gid_map}, {"environ", &environ}, {"cgroup", &cgroup}, {"maps", &maps}}) {
    if (std::string err = read_proc(service, file, *out); !err.empty()) return err;
  }
  // identity (H1, H9, H10)
  auto& id = h.identity;
  id.uid = static_cast<std::uint32_t>(std::stoul(status_field(status, "Uid")));
  id.gid = static_cast<std::uint32_t>(std::stoul(status_field(status, "Gid")));
  id.rootless = id.uid != 0;
  h.environment = split_environ(environ);
  id.user = env_value(h.environment, "USER").value_or("");
  std::string subuid, subgid;
  read_file("/etc/subuid", subuid);
  read_file("/etc/subgid", subgid);
  if (id.rootless) {
    id.subuid = subid_ranges(subuid, id.user, id.uid);
    id.subgid = subid_ranges(subgid, id.user, id.uid);
  }
  id.gid_map_total = id_map_total(gid_map);

  // what the service sees (files, cgroups, ambient caps)
  host::HostProfile seen;
  if (std::string err = survey_in_view(in, service, unified_cgroup_path(cgroup), seen); !err.empty()) return err;
  h.files = std::move(seen.files);
  h.cgroups = seen.cgroups;
  h.capabilities.ambient = seen.capabilities.ambient;

  // podman's own account, to confirm what we measured
  std::string info_text;
  if (std::string err = in.client->get(std::string(kApiPrefix) + "/info", info_text); !err.empty()) return err;
  try {
    const json info = json::parse(info_text);
    const json host_info = info.value("host", json::object());
    h.cgroups.manager = host_info.value("cgroupManager", "");
    const std::string version = host_info.value("cgroupVersion", "");
    if (version != "v" + std::to_string(h.cgroups.version))
      return "podman reports cgroup " + version + ", the probe saw v" + std::to_string(h.cgroups.version);
    const bool podman_rootless = host_info.value("security", json::object()).value("rootless", false);
    if (podman_rootless != id.rootless) return "podman's idea of rootless differs from the probe's";
  } catch (const std::exception& e) {
    return std::string("info: ") + e.what();
  }

  // capabilities (H5)
  std::string last_cap_text;
  read_file("/proc/sys/kernel/cap_last_cap", last_cap_text);
  h.capabilities.last_cap = std::stoi(last_cap_text.empty() ? "40" : last_cap_text);
  h.capabilities.bounding = cap_names(std::stoull(status_field(status, "CapBnd"), nullptr, 16), h.capabilities.last_cap);

  // limits (H7, H8)
  if (std::string err = parse_limit(limits, "Max open files", h.limits.nofile); !err.empty()) return err;
  if (std::string err = parse_limit(limits, "Max processes", h.limits.nproc); !err.empty()) return err;
  std::string pid_max;
  read_file("/proc/sys/kernel/pid_max", pid_max);
  h.limits.pid_max = std::stoull(pid_max.empty() ? "0" : pid_max);
  h.limits.default_process_limits = default_process_limits(h.limits.nproc, h.limits.pid_max);

  // AppArmor (H11): the profile name is apparmor.Profile, "containers-default-" + common's version
  std::string binary;
  if (std::string err = read_file("/usr/bin/podman", binary); !err.empty()) return err;
  const std::string common = containers_common_version(binary);
  if (common.empty()) return "no containers-default-<version> string in /usr/bin/podman";
  h.apparmor.default_profile = "containers-default-" + common;
  h.apparmor.enabled = apparmor_enabled(id.rootless);

  // seccomp (H12): podman is linked against libseccomp, whose native arch is the machine's
  h.seccomp.supported = maps.find("libseccomp.so") != std::string::npos;
  utsname u{};
  uname(&u);
  h.seccomp.native_arch = seccomp_arch_for_machine(u.machine);

  // H18
  if (std::string err = service_environment(in, h.environment); !err.empty()) return err;

  // H17, H19
  std::string hostname;
  read_file("/proc/sys/kernel/hostname", hostname);
  while (!hostname.empty() && hostname.back() == '\n') hostname.pop_back();
  h.hostname = hostname;
  char cwd[4096];
  const ssize_t n = readlink(("/proc/" + std::to_string(service) + "/cwd").c_str(), cwd, sizeof cwd - 1);
  h.cwd = n > 0 ? std::string(cwd, static_cast<std::size_t>(n)) : "";

  // containers.conf (H20)
  ConfDefaultsInput defaults;
  defaults.cgroup_version = h.cgroups.version;
  defaults.apparmor_profile = h.apparmor.default_profile;
  defaults.default_ulimits = h.limits.default_process_limits;
  h.containers_conf = compiled_defaults(defaults);
  const std::string home = env_value(h.environment, "HOME").value_or(in.profile.home);
  for (const auto& path : containers_conf_files(id.rootless, home)) {
    std::string text;
    if (std::string err = read_file(path, text); !err.empty()) return err;
    if (std::string err = apply_containers_conf(path, text, h.containers_conf); !err.empty()) return err;
  }
  add_cap_prefix(h.containers_conf);

  // images and donors (H21, H22)
  if (std::string err = probe_images(*in.client, h.images); !err.empty()) return err;
  if (std::string err = probe_donors(in, h); !err.empty()) return err;
  return "";
}

std::string format_host_profile(const host::HostProfile& h) {
  return gojson::go_indent(host::to_go_json(h), " ") + "\n";
}

}  // namespace specconf::capture
