#include "properties/generators/host_gen.h"

#include <algorithm>
#include <stdexcept>

#include "properties/generators/choice.h"
#include "properties/generators/profiles.h"
#include "properties/generators/values.h"

namespace specconf::props::gen {

namespace {

using nlohmann::json;
using host::HostProfile;

// The captured profile whose facts a flipped fact takes: consistent sets of identity, capabilities and
// cgroup facts as a real machine had them.
const HostProfile& donor(bool rootless, int cgroup_version) {
  return captured_profile(std::string(rootless ? "rootless" : "root") + "-cgroupv" + std::to_string(cgroup_version));
}

std::vector<host::IDRange> ranges_of(const json& j) {
  std::vector<host::IDRange> out;
  for (const auto& r : j) out.push_back({r.at("start").get<std::uint64_t>(), r.at("count").get<std::uint64_t>()});
  return out;
}

std::vector<std::string> strings_of(const json& j) { return j.get<std::vector<std::string>>(); }

rc::Gen<json> id_range() {
  return rc::gen::apply(
      [](std::uint64_t start, std::uint64_t count) { return json{{"start", start}, {"count", count}}; },
      pick_of<std::uint64_t>({100000, 1, 165536, 300000, 4294901760ULL}),
      pick_of<std::uint64_t>({65536, 1, 3, 4, 5, 6, 1000, 70000}));
}

rc::Gen<json> strings(int max_len, std::vector<std::string> values) {
  return rc::gen::map(list_of(max_len, pick_of(std::move(values))), [](std::vector<std::string> v) { return json(v); });
}

rc::Gen<json> one_of(std::vector<json> values) { return pick_of(std::move(values)); }

rc::Gen<json> rlimit_pair() {
  return one_of({json{20000, 20000}, json{1024, 4096}, json{1048576, 1048576}, json{2000000, 2000000},
                 json{1024, 1024}, json{32768, 32768}});
}

// One row of the fact table: how often a generated host changes the fact, what it may become, and how.
struct FactRow {
  const char* name;
  const char* what;
  std::size_t percent;
  rc::Gen<json> (*values)();
  void (*apply)(HostProfile&, const json&);
};

// Applied in this order: whole-identity and whole-cgroup flips first, the finer facts over them.
const std::vector<FactRow>& fact_table() {
  static const std::vector<FactRow> rows = {
      // Every captured host runs 4.3.1: the edit switches to the seed commit.
      {"engine", "the seed commit aa47e05ae4 instead of podman 4.3.1 (pasta, keep-id without subuids)", 40,
       [] { return one_of({host::kEngineSeed}); },
       [](HostProfile& h, const json& v) {
         h.engine = v.get<std::string>();
         // containers/common's version names the default AppArmor profile (docs/podman-semantics.md §7).
         const std::string profile = h.engine == host::kEngineSeed ? "containers-default-0.50.2-dev"
                                                                   : "containers-default-0.50.1";
         h.apparmor.default_profile = profile;
         if (h.containers_conf.apparmor_profile.rfind("containers-default-", 0) == 0) {
           h.containers_conf.apparmor_profile = profile;
         }
       }},
      {"rootless", "H1: run podman as root or rootless (identity, environment and bounding set of a captured one)", 20,
       [] { return one_of({true, false}); },
       [](HostProfile& h, const json& v) {
         const HostProfile& d = donor(v.get<bool>(), h.cgroups.version);
         h.identity = d.identity;
         h.environment = d.environment;
         h.capabilities = d.capabilities;
         h.limits = d.limits;
       }},
      {"cgroup_version", "H2/H3: cgroup v1 or v2 (sysinfo flags and default cgroupns of a captured one)", 30,
       [] { return one_of({2, 1}); },
       [](HostProfile& h, const json& v) {
         const HostProfile& d = donor(h.identity.rootless, v.get<int>());
         h.cgroups = d.cgroups;
         h.containers_conf.cgroupns = d.containers_conf.cgroupns;
       }},
      {"cgroup_manager", "H4: systemd gives rootless cgroup v2 a pids limit", 10,
       [] { return one_of({"systemd", "cgroupfs"}); },
       [](HostProfile& h, const json& v) { h.cgroups.manager = v.get<std::string>(); }},
      {"gid_map_total", "H9: gids in the service's gid_map (rootless devpts keeps gid=5 only with >= 5)", 35,
       [] {
         return choose<json>({{6, one_of({4, 5, 6, 3, 1, 2, 7})},
                              {2, one_of({65537, 65536, 70000})},
                              {2, rc::gen::map(uniform<int>(1, 70000), [](int n) { return json(n); })}});
       },
       [](HostProfile& h, const json& v) { h.identity.gid_map_total = v.get<std::uint64_t>(); }},
      {"subuid", "H10: the user's /etc/subuid ranges (keep-id, no-map)", 15,
       [] { return rc::gen::map(list_of(3, id_range()), [](std::vector<json> v) { return json(v); }); },
       [](HostProfile& h, const json& v) { h.identity.subuid = ranges_of(v); }},
      {"subgid", "H10: the user's /etc/subgid ranges", 15,
       [] { return rc::gen::map(list_of(3, id_range()), [](std::vector<json> v) { return json(v); }); },
       [](HostProfile& h, const json& v) { h.identity.subgid = ranges_of(v); }},
      {"uid", "H10: the rootless uid and gid (keep-id maps them to themselves)", 10,
       [] { return one_of({1000, 1001, 0, 65535, 65536, 70000, 200000}); },
       [](HostProfile& h, const json& v) {
         h.identity.uid = v.get<std::uint32_t>();
         h.identity.gid = v.get<std::uint32_t>();
       }},
      {"cap_last_cap", "H5: /proc/sys/kernel/cap_last_cap; newer caps are unknown names and outside the bounding set", 10,
       [] { return one_of({39, 38, 37, 35, 40}); },
       [](HostProfile& h, const json& v) {
         const int last = v.get<int>();
         h.capabilities.last_cap = last;
         auto& b = h.capabilities.bounding;
         b.erase(std::remove_if(b.begin(), b.end(), [&](const std::string& c) { return cap_number(c) > last; }), b.end());
       }},
      {"bounding_drop", "H5: caps missing from the service's bounding set", 15,
       [] { return strings(4, cap_names()); },
       [](HostProfile& h, const json& v) {
         auto& b = h.capabilities.bounding;
         for (const auto& c : strings_of(v)) b.erase(std::remove(b.begin(), b.end(), c), b.end());
       }},
      // Every captured host supports ambient capabilities: the edit takes the support away.
      {"ambient", "H6: ambient capabilities not supported", 20, [] { return one_of({false}); },
       [](HostProfile& h, const json& v) { h.capabilities.ambient = v.get<bool>(); }},
      // No captured host has /dev/mqueue (a userns ipc=host request fails there): the edit adds it.
      {"dev_mqueue", "H15: /dev/mqueue exists on the host (the userns ipc=host bind needs it)", 40,
       [] { return one_of({true}); },
       [](HostProfile& h, const json& v) {
         if (!v.get<bool>()) {
           h.files.erase("/dev/mqueue");
           return;
         }
         host::FileFact f;
         f.type = "dir";
         f.mode = 041777;
         f.nosuid = f.nodev = f.noexec = true;
         h.files["/dev/mqueue"] = f;
       }},
      {"nofile", "H8: the service's RLIMIT_NOFILE (rootless defaults)", 10, rlimit_pair,
       [](HostProfile& h, const json& v) { h.limits.nofile = {v[0].get<std::uint64_t>(), v[1].get<std::uint64_t>()}; }},
      {"nproc", "H8: the service's RLIMIT_NPROC (rootless defaults)", 10, rlimit_pair,
       [](HostProfile& h, const json& v) { h.limits.nproc = {v[0].get<std::uint64_t>(), v[1].get<std::uint64_t>()}; }},
      {"pid_max", "H7: /proc/sys/kernel/pid_max and the nproc default it gives root", 10,
       [] { return one_of({4194304, 32768, 1048576, 0}); },
       [](HostProfile& h, const json& v) {
         const auto n = v.get<std::uint64_t>();
         h.limits.pid_max = n;
         h.limits.default_process_limits.clear();
         if (n) h.limits.default_process_limits.push_back("nproc=" + std::to_string(n) + ":" + std::to_string(n));
       }},
      {"conf_default_ulimits", "H20: containers.conf default_ulimits (root containers without r_limits)", 15,
       [] {
         // Only values podman 4.3.1 loads: it refuses to start with an unknown type, hard < soft, or a
         // malformed value (go-units ParseUlimit when loading containers.conf; see facts_test's
         // podman_accepts_default_ulimits table). "nofile=1024" loads, then fails Validate ("missing :").
         return strings(3, {"nproc=32768:32768", "nofile=1024:2048", "core=0:0", "memlock=-1:-1", "nofile=1024",
                            "nofile=5:-1"});
       },
       [](HostProfile& h, const json& v) { h.containers_conf.default_ulimits = strings_of(v); }},
      {"conf_netns", "H20: containers.conf netns", 10,
       [] { return one_of({"host", "private", "none", "bridge", "slirp4netns", "pasta", ""}); },
       [](HostProfile& h, const json& v) { h.containers_conf.netns = v.get<std::string>(); }},
      {"conf_userns", "H20: containers.conf userns", 10,
       [] { return one_of({"host", "", "private", "auto", "keep-id", "no-map", "nomap"}); },
       [](HostProfile& h, const json& v) { h.containers_conf.userns = v.get<std::string>(); }},
      {"conf_pidns", "H20: containers.conf pidns", 8, [] { return one_of({"host", "private", ""}); },
       [](HostProfile& h, const json& v) { h.containers_conf.pidns = v.get<std::string>(); }},
      {"conf_ipcns", "H20: containers.conf ipcns", 8, [] { return one_of({"host", "private", "shareable", "none", ""}); },
       [](HostProfile& h, const json& v) { h.containers_conf.ipcns = v.get<std::string>(); }},
      {"conf_utsns", "H20: containers.conf utsns", 8, [] { return one_of({"host", "private", ""}); },
       [](HostProfile& h, const json& v) { h.containers_conf.utsns = v.get<std::string>(); }},
      {"conf_cgroupns", "H20: containers.conf cgroupns (cgroup v1 always takes host)", 8,
       [] { return one_of({"host", "private", ""}); },
       [](HostProfile& h, const json& v) { h.containers_conf.cgroupns = v.get<std::string>(); }},
      {"conf_devices", "H20: containers.conf devices, added before the request's", 10,
       [] { return strings(2, {"/dev/fuse", "/dev/null:/dev/n2:r", "/srv/specconf/devdir", "/dev/zero:rw"}); },
       [](HostProfile& h, const json& v) { h.containers_conf.devices = strings_of(v); }},
      {"conf_default_sysctls", "H20: containers.conf default_sysctls (skipped per namespace)", 10,
       [] {
         return strings(3, {"net.ipv4.ping_group_range=0 0", "fs.mqueue.queues_max=64", "kernel.msgmax=65536",
                            "kernel.domainname=example", "net.core.somaxconn=1024"});
       },
       [](HostProfile& h, const json& v) { h.containers_conf.default_sysctls = strings_of(v); }},
      {"conf_env", "H20/H18: containers.conf env (bare names copy the service's variables)", 10,
       [] {
         return strings(3, {"PATH=/usr/bin:/bin", "TERM=xterm", "FOO=bar", "HOME", "XDG*", "EMPTY=", "UNI=\xc3\xa9t\xc3\xa9"});
       },
       [](HostProfile& h, const json& v) { h.containers_conf.env = strings_of(v); }},
      {"conf_annotations", "H20: containers.conf annotations", 8,
       [] { return strings(2, {"com.example.a=1", "io.podman.annotations.init=TRUE", "k=v=w"}); },
       [](HostProfile& h, const json& v) { h.containers_conf.annotations = strings_of(v); }},
      {"conf_volumes", "H20: containers.conf volumes (binds for dests the request does not take)", 8,
       [] {
         return strings(2, {"/srv/specconf/src/a:/vol", "/srv/specconf/src/b:/vol:ro", "/srv/specconf/src/a:/dev/shm",
                            "/srv/specconf/src/b:/srv/b:rw,noexec"});
       },
       [](HostProfile& h, const json& v) { h.containers_conf.volumes = strings_of(v); }},
      {"conf_default_capabilities", "H20: containers.conf default_capabilities", 10,
       [] { return strings(6, cap_spellings()); },
       [](HostProfile& h, const json& v) { h.containers_conf.default_capabilities = strings_of(v); }},
      {"conf_pids_limit", "H20: containers.conf pids_limit", 8, [] { return one_of({0, 100, 2048, -1}); },
       [](HostProfile& h, const json& v) { h.containers_conf.pids_limit = v.get<std::int64_t>(); }},
      {"conf_cgroups", "H20: containers.conf cgroups (disabled drops the default pids limit)", 8,
       [] { return one_of({"disabled", "enabled", "no-conmon", "split"}); },
       [](HostProfile& h, const json& v) { h.containers_conf.cgroups = v.get<std::string>(); }},
      {"conf_seccomp_profile", "H12: containers.conf seccomp_profile", 8,
       [] {
         return one_of({"/srv/specconf/seccomp/minimal.json", "", "/usr/share/containers/seccomp.json", "unconfined",
                        "/srv/specconf/missing.json"});
       },
       [](HostProfile& h, const json& v) { h.containers_conf.seccomp_profile = v.get<std::string>(); }},
      {"conf_init_path", "H20: containers.conf engine init_path", 5,
       [] { return one_of({"/srv/specconf/fake-init", "", "/srv/specconf/missing"}); },
       [](HostProfile& h, const json& v) { h.containers_conf.init_path = v.get<std::string>(); }},
      {"apparmor", "H11: AppArmor enabled, and containers.conf's profile", 8,
       [] { return one_of({json{true, ""}, json{true, "containers-default-0.50.1"}, json{false, "unconfined"}}); },
       [](HostProfile& h, const json& v) {
         h.apparmor.enabled = v[0].get<bool>();
         h.containers_conf.apparmor_profile = v[1].get<std::string>();
       }},
      {"hostname", "H17: os.Hostname()", 8, [] { return one_of({"host-b", "", "h\xc3\xb4te"}); },
       [](HostProfile& h, const json& v) { h.hostname = v.get<std::string>(); }},
      {"environment_extra", "H18: extra variables in the service's environment (env_host, httpproxy)", 10,
       [] {
         return strings(3, {"http_proxy=http://proxy:3128", "HTTPS_PROXY=https://p", "no_proxy=localhost",
                            "FOO=from-host", "XDG_DATA_HOME=/x"});
       },
       [](HostProfile& h, const json& v) {
         for (const auto& e : strings_of(v)) h.environment.push_back(e);
       }},
      {"native_arch", "H12: libseccomp's native arch", 6, [] { return one_of({"arm64", "amd64", "ppc64le", "s390x", "x86"}); },
       [](HostProfile& h, const json& v) { h.seccomp.native_arch = v.get<std::string>(); }},
      {"seccomp_supported", "H12: podman built with seccomp", 4, [] { return one_of({false, true}); },
       [](HostProfile& h, const json& v) { h.seccomp.supported = v.get<bool>(); }},
  };
  return rows;
}

const FactRow& row(const std::string& fact) {
  for (const auto& r : fact_table()) {
    if (fact == r.name) return r;
  }
  throw std::invalid_argument("unknown host fact \"" + fact + "\"");
}

}  // namespace

nlohmann::json GeneratedHost::summary() const {
  json e = json::object();
  for (const auto& edit : edits) e[edit.fact] = edit.value;
  return json{{"base", base}, {"edits", e}};
}

std::vector<HostFact> host_facts() {
  std::vector<HostFact> out;
  for (const auto& r : fact_table()) out.push_back({r.name, r.what});
  return out;
}

GeneratedHost make_host(const std::string& base, std::vector<HostEdit> edits) {
  auto profile = std::make_shared<HostProfile>(captured_profile(base));
  for (const auto& r : fact_table()) {
    for (const auto& e : edits) {
      if (e.fact == r.name) r.apply(*profile, e.value);
    }
  }
  for (const auto& e : edits) row(e.fact);  // an unknown fact is a caller's error, not a silent no-op
  GeneratedHost g;
  g.base = base;
  g.edits = std::move(edits);
  g.profile = std::move(profile);
  return g;
}

GeneratedHost captured_host(const std::string& base) { return make_host(base, {}); }

rc::Gen<GeneratedHost> gen_host() {
  std::vector<std::string> names;
  for (const auto& h : captured_profiles()) names.push_back(h.name);
  std::vector<rc::Gen<std::optional<HostEdit>>> edit_gens;
  for (const auto& r : fact_table()) {
    const std::string name = r.name;
    edit_gens.push_back(sometimes(r.percent, rc::gen::map(r.values(), [name](json v) { return HostEdit{name, v}; })));
  }
  return rc::gen::apply(
      [](std::string base, std::vector<std::optional<HostEdit>> maybe_edits) {
        std::vector<HostEdit> edits;
        for (auto& e : maybe_edits) {
          if (e) edits.push_back(std::move(*e));
        }
        return make_host(base, std::move(edits));
      },
      pick_of(names), sequence(std::move(edit_gens)));
}

rc::Gen<host::HostProfile> gen_host_profile() {
  return rc::gen::map(gen_host(), [](const GeneratedHost& h) { return *h.profile; });
}

}  // namespace specconf::props::gen
