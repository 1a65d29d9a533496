// process.env: CompleteSpec's env (container.go:115-166), SpecGenToOCI's copy (oci_linux.go:258-261) and
// HOSTNAME (namespaces_linux.go:103-105).
#include "properties/catalog/invariants.h"

#include <map>
#include <set>

#include "reference/goport/strings.h"

namespace specconf::props {
namespace {

// The proxy variables httpproxy copies (containers/common config.go:55-65 ProxyEnv).
const char* const kProxyEnv[] = {"http_proxy", "https_proxy", "ftp_proxy", "no_proxy",
                                 "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY"};

// os.LookupEnv's view of the service's environ (go1.19 syscall/env_unix.go copyenv): entries with '=',
// the first of a key winning.
std::map<std::string, std::string> service_lookup(const host::HostProfile& h) {
  std::map<std::string, std::string> env;
  for (const auto& e : h.environment) {
    const auto eq = e.find('=');
    if (eq != std::string::npos) env.emplace(e.substr(0, eq), e.substr(eq + 1));
  }
  return env;
}

// envLib.Map(os.Environ()) (container.go:153, pkg/env/env.go:42-54): Environ leaves out empty entries and
// the later entries of a key copyenv has seen; Map gives an entry without '=' the value "".
std::map<std::string, std::string> service_env(const host::HostProfile& h) {
  std::set<std::string> keyed;
  std::map<std::string, std::string> env;
  for (const auto& e : h.environment) {
    if (e.empty()) continue;
    const auto eq = e.find('=');
    if (eq == std::string::npos) {
      env[e] = "";
    } else if (keyed.insert(e.substr(0, eq)).second) {
      env[e.substr(0, eq)] = e.substr(eq + 1);
    }
  }
  return env;
}

using Allowed = std::map<std::string, std::set<std::string>>;

// pkg/env/env.go:97-125 parseEnv, the ParseSlice of containers.conf and image env entries: NAME=VALUE, a bare
// NAME copies the service's variable, NAME* every service variable with that prefix.
void allow_parsed(Allowed& allowed, const std::vector<std::string>& entries,
                  const std::map<std::string, std::string>& service) {
  for (const auto& line : entries) {
    const auto eq = line.find('=');
    const std::string name(goport::trim_left(line.substr(0, eq), " \t\n"));
    if (eq != std::string::npos) {
      allowed[name].insert(line.substr(eq + 1));
    } else if (!name.empty() && name.back() == '*') {
      const std::string prefix = name.substr(0, name.size() - 1);
      for (const auto& [k, v] : service)
        if (goport::has_prefix(k, prefix)) allowed[k].insert(v);
    } else if (auto it = service.find(name); it != service.end()) {
      allowed[name].insert(it->second);
    }
  }
}

// Every (name, value) an input can put into process.env; names whose value env_merge may rewrite carry
// the wildcard "\x01any".
Allowed explained_env(const Subject& sub) {
  const auto lookup = service_lookup(sub.host);
  const auto service = service_env(sub.host);
  Allowed allowed;
  allow_parsed(allowed, sub.host.containers_conf.env, lookup);
  if (sub.s.http_proxy && !sub.s.env_host) {
    for (const char* p : kProxyEnv)
      if (auto it = service.find(p); it != service.end()) allowed[p].insert(it->second);
  }
  if (const host::Image* img = find_image(sub.host, sub.s.image)) {
    allow_parsed(allowed, img->config.env, lookup);
    allowed["PATH"].insert("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    allowed["TERM"].insert("xterm");
    allowed["container"].insert("podman");  // DefaultEnvVariables, only with an image
  }
  if (!sub.s.env_merge.empty()) {
    for (auto& [k, values] : allowed) values.insert("\x01any");
  }
  if (sub.s.env_host) {
    for (const auto& [k, v] : service) allowed[k].insert(v);
  }
  if (sub.s.env) {
    for (const auto& [k, v] : *sub.s.env) allowed[k].insert(v);
  }
  if (!sub.s.hostname.empty()) allowed["HOSTNAME"].insert(sub.s.hostname);
  return allowed;
}

Verdict request_env_present(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->s.env || !sub->spec.process) return {};
  const auto& env = sub->spec.process->env;
  for (const auto& [k, v] : *sub->s.env) {
    if (k.empty()) continue;  // AddProcessEnv drops an empty name
    if (std::find(env.begin(), env.end(), k + "=" + v) == env.end()) return "request env " + k + "=" + v + " is missing";
  }
  return {};
}

Verdict env_explained_by_inputs(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->spec.process) return {};
  const Allowed allowed = explained_env(*sub);
  for (const auto& e : sub->spec.process->env) {
    // The request's names may themselves hold '=': try every split.
    bool ok = false;
    for (std::size_t eq = e.find('='); eq != std::string::npos && !ok; eq = e.find('=', eq + 1)) {
      const auto it = allowed.find(e.substr(0, eq));
      ok = it != allowed.end() && (it->second.count(e.substr(eq + 1)) || it->second.count("\x01any"));
    }
    if (!ok) return "env entry \"" + e + "\" comes from no input (request, image, containers.conf, defaults, hostname, env_host/httpproxy)";
  }
  return {};
}

Verdict env_host_copies_service_env(const Judged& j) {
  const auto sub = subject(j);
  if (!sub || !sub->s.env_host || !sub->spec.process) return {};
  for (const auto& [k, v] : service_env(sub->host)) {
    if (k.empty()) continue;  // AddProcessEnv drops an empty name
    std::string want = v;
    if (sub->s.env) {
      if (auto it = sub->s.env->find(k); it != sub->s.env->end()) want = it->second;
    }
    const auto got = env_value(sub->spec, k);
    if (!got || *got != want) return "env_host: " + k + " should be \"" + want + "\", got " + (got ? "\"" + *got + "\"" : "nothing");
  }
  return {};
}

Verdict env_names_unique(const Judged& j) {
  if (!j.spec || !j.spec->process) return {};
  std::set<std::string> seen;
  for (const auto& e : j.spec->process->env) {
    const std::string name = e.substr(0, e.find('='));
    if (!seen.insert(name).second) return "env name \"" + name + "\" is set twice";
  }
  return {};
}

}  // namespace

std::vector<Invariant> env_invariants() {
  return {
      {"ENV-001", "Every request env entry with a non-empty name is in process.env as NAME=VALUE (the request's env wins)",
       "container.go:166 Join(defaultEnvs, s.Env), oci_linux.go:258-261", kAllVersions, "-", Kind::kConformance,
       request_env_present},
      {"ENV-002",
       "Every env entry is explained by the inputs: the request's env, the image's Env, containers.conf env, "
       "PATH/TERM (and container=podman with an image), HOSTNAME=<hostname>; the service's environment only "
       "with env_host (all of it) or httpproxy (the proxy variables)",
       "container.go:115-166 CompleteSpec env, namespaces_linux.go:103-105", kAllVersions,
       "H18 service environment, H20 containers.conf env, H22 image Env", Kind::kConformance,
       env_explained_by_inputs},
      {"ENV-003",
       "With env_host, every variable of the service's environment is in process.env, with the request's value "
       "where the request sets it",
       "container.go:156-157 Join(defaultEnvs, osEnv), :166", kAllVersions, "H18 service environment",
       Kind::kConformance, env_host_copies_service_env},
      {"ENV-004", "No two env entries share a name (the text before the first '=')",
       "oci_linux.go:259-260 AddProcessEnv(name, val) writes name=val for names holding '='", kAllVersions, "-",
       Kind::kSoundness, env_names_unique},
  };
}

}  // namespace specconf::props
