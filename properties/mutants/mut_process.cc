// Mutants of the process and namespace parts of the spec: env (oci_linux.go:258-261, CompleteSpec's env),
// rlimits (oci.go:17-76 addRlimits, Validate's default ulimits), namespaces and the hostname
// (namespaces_linux.go), the annotations podman writes (oci_linux.go:282-307), oomScoreAdj.
#include <algorithm>

#include "properties/mutants/spec_edit.h"
#include "properties/mutants/tables.h"

namespace specconf::props::mut {

namespace {

using ref::CreateResult;

std::string env_name(const std::string& entry) { return entry.substr(0, entry.find('=')); }

bool has_rlimit(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

std::vector<Mutant> process_mutants() {
  return {
      {"host-env-leaks",
       "copies the service's environment into the container without env_host",
       "container.go:115-166 CompleteSpec adds os.Environ() only when s.EnvHost",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.s.env_host || !r.spec->process) return;
         auto& env = r.spec->process->env;
         for (const auto& e : in.host.environment) {
           const std::string name = env_name(e);
           if (std::none_of(env.begin(), env.end(), [&](const std::string& x) { return env_name(x) == name; })) {
             env.push_back(e);
           }
         }
       }},
      {"rlimit-appended-not-replaced",
       "appends a requested nofile limit next to runtime-tools' RLIMIT_NOFILE 1024 instead of replacing it",
       "oci.go:29-37 AddProcessRlimits replaces an rlimit of the same type",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || !r.spec->process || !has_rlimit(requested_rlimit_names(in.s), "RLIMIT_NOFILE")) return;
         oci::POSIXRlimit old;
         old.type = "RLIMIT_NOFILE";
         old.hard = old.soft = 1024;
         auto& rl = r.spec->process->rlimits;
         rl.insert(rl.begin(), old);
       }},
      {"nproc-default-missing",
       "forgets the RLIMIT_NPROC default when the request's r_limits do not set nproc",
       "oci.go:58-75 if !nprocSet AddProcessRlimits(\"RLIMIT_NPROC\", ...)",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || !r.spec->process || has_rlimit(requested_rlimit_names(in.s), "RLIMIT_NPROC")) return;
         auto& rl = r.spec->process->rlimits;
         rl.erase(std::remove_if(rl.begin(), rl.end(), [](const oci::POSIXRlimit& x) { return x.type == "RLIMIT_NPROC"; }),
                  rl.end());
       }},
      {"rootless-gets-default-ulimits",
       "gives rootless containers without r_limits the default NOFILE/NPROC limits as it does for root",
       "container_validate.go:138-169 fills default ulimits only when !rootless; oci.go:24-27 nil r_limits, nil rlimits",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || !in.host.identity.rootless || in.s.rlimits || !r.spec->process || !r.spec->process->rlimits.empty()) return;
         const auto& l = in.host.limits;
         auto capped = [](std::uint64_t v) { return std::min<std::uint64_t>(v, 1048576); };
         oci::POSIXRlimit nofile{"RLIMIT_NOFILE", capped(l.nofile.hard), capped(l.nofile.soft)};
         oci::POSIXRlimit nproc{"RLIMIT_NPROC", capped(l.nproc.hard), capped(l.nproc.soft)};
         r.spec->process->rlimits = {nofile, nproc};
       }},
      {"cgroupns-private-on-v1",
       "gives a private cgroup namespace by default on cgroup v1 (where podman's default is the host's)",
       "namespaces.go:83-91 GetDefaultNamespaceMode cgroup: v1 always host",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.host.cgroups.version != 1 || !in.s.pod.empty()) return;
         if (!in.s.cgroupns.nsmode.empty() && in.s.cgroupns.nsmode != "default") return;
         auto& ns = linux_of(*r.spec).namespaces;
         if (std::any_of(ns.begin(), ns.end(), [](const oci::LinuxNamespace& n) { return n.type == "cgroup"; })) return;
         oci::LinuxNamespace cgroup;
         cgroup.type = oci::LinuxNamespaceType("cgroup");
         ns.push_back(cgroup);
       }},
      {"hostname-with-host-uts",
       "sets the host's hostname in the spec when the container shares the host's UTS namespace",
       "namespaces_linux.go:86-103 SetHostname only if s.Hostname != \"\" or utsns is not host",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.s.utsns.nsmode != "host" || !r.spec->hostname.empty() || in.host.hostname.empty()) return;
         r.spec->hostname = in.host.hostname;
       }},
      {"hostname-env-missing",
       "does not add HOSTNAME=<hostname> to the env when the request sets a hostname",
       "namespaces_linux.go:98-103 AddProcessEnv(\"HOSTNAME\", hostname) unless s.Env has it",
       [](const MutantInput& in, CreateResult& r) {
         if (!r.ok() || in.s.hostname.empty() || !r.spec->process) return;
         if (in.s.env && in.s.env->count("HOSTNAME")) return;
         auto& env = r.spec->process->env;
         env.erase(std::remove_if(env.begin(), env.end(), [](const std::string& e) { return env_name(e) == "HOSTNAME"; }),
                   env.end());
       }},
      {"oom-score-zero-dropped",
       "drops oom_score_adj 0 as if it were unset",
       "oci_linux.go:309-311 if s.OOMScoreAdj != nil (a pointer: 0 is kept)",
       [](const MutantInput& in, CreateResult& r) {
         if (r.ok() && in.s.oom_score_adj && *in.s.oom_score_adj == 0 && r.spec->process) r.spec->process->oom_score_adj.reset();
       }},
      {"privileged-annotation-lowercase",
       "writes io.podman.annotations.privileged as true/false instead of TRUE/FALSE",
       "oci_linux.go:297-301 define.InspectResponseTrue/False",
       [](const MutantInput&, CreateResult& r) {
         if (!r.ok()) return;
         auto it = r.spec->annotations.find("io.podman.annotations.privileged");
         if (it != r.spec->annotations.end()) it->second = to_lower(it->second);
       }},
      {"init-annotation-always-false",
       "always writes io.podman.annotations.init FALSE",
       "oci_linux.go:303-307 TRUE when s.Init",
       [](const MutantInput&, CreateResult& r) {
         if (!r.ok()) return;
         auto it = r.spec->annotations.find("io.podman.annotations.init");
         if (it != r.spec->annotations.end()) it->second = "FALSE";
       }},
  };
}

}  // namespace specconf::props::mut
