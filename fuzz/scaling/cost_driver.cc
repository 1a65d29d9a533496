// Runs the reference's create path once on a request with N items of one kind (env entries, mounts,
// devices, masks, rlimits, unmask paths, ...), for cost_test.sh to count its instructions under
// callgrind at N and 10·N. Everything before measured_create (profile decoding, the seccomp cache, the
// first-use tables) runs on a small request first, so only the per-request work is counted.
//   cost_driver KIND N
// Prints "accepted" or podman's error; a request that is not accepted would not measure the path it
// names, so the driver exits 1 then.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz/common/hosts.h"
#include "reference/pipeline/create.h"

namespace {

using nlohmann::json;
using specconf::host::HostProfile;

json base_request() { return {{"rootfs", "/srv/specconf/rootfs"}, {"command", {"/bin/true"}}}; }

std::string nth(const char* prefix, int i) { return prefix + std::to_string(i); }

// Each kind adds n distinct items where podman keeps them all (distinct names, paths, destinations).
const std::map<std::string, std::function<void(json&, int)>>& kinds() {
  static const std::map<std::string, std::function<void(json&, int)>> k = {
      {"env", [](json& r, int n) { for (int i = 0; i < n; ++i) r["env"][nth("VAR", i)] = nth("value", i); }},
      {"envmerge", [](json& r, int n) { for (int i = 0; i < n; ++i) r["envmerge"].push_back(nth("M", i) + "=x"); }},
      {"mounts",
       [](json& r, int n) {
         for (int i = 0; i < n; ++i)
           r["mounts"].push_back({{"destination", nth("/m/", i)}, {"type", "tmpfs"}, {"source", "tmpfs"}});
       }},
      {"devices",
       [](json& r, int n) {
         for (int i = 0; i < n; ++i) r["devices"].push_back({{"path", "/dev/null:" + nth("/dev/d", i)}});
       }},
      {"masks", [](json& r, int n) { for (int i = 0; i < n; ++i) r["mask"].push_back(nth("/masked/", i)); }},
      {"unmask", [](json& r, int n) { for (int i = 0; i < n; ++i) r["unmask"].push_back(nth("/nothing/", i)); }},
      // podman prefixes RLIMIT_ and passes any type on (the runtime rejects unknown ones later).
      {"rlimits",
       [](json& r, int n) {
         for (int i = 0; i < n; ++i) r["r_limits"].push_back({{"type", nth("custom", i)}, {"hard", i + 1}, {"soft", i}});
       }},
      {"groups", [](json& r, int n) { for (int i = 0; i < n; ++i) r["groups"].push_back(std::to_string(1000 + i)); }},
      {"cap_add", [](json& r, int n) { for (int i = 0; i < n; ++i) r["cap_add"].push_back(i % 2 ? "CHOWN" : "NET_ADMIN"); }},
      {"dns", [](json& r, int n) { for (int i = 0; i < n; ++i) r["dns_search"].push_back(nth("d", i) + ".example"); }},
      {"sysctl", [](json& r, int n) { for (int i = 0; i < n; ++i) r["sysctl"][nth("net.ipv4.conf.c", i) + ".forwarding"] = "1"; }},
      {"annotations", [](json& r, int n) { for (int i = 0; i < n; ++i) r["annotations"][nth("specconf.a", i)] = "v"; }},
      {"hostadd", [](json& r, int n) { for (int i = 0; i < n; ++i) r["hostadd"].push_back(nth("h", i) + ":10.0.0.1"); }},
  };
  return k;
}

// Kept out of line so callgrind's --toggle-collect can count this call and nothing else.
__attribute__((noinline)) specconf::ref::CreateResult measured_create(const HostProfile& h, const std::string& body) {
  return specconf::ref::create_container(h, body);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 || !kinds().count(argv[1])) {
    std::fprintf(stderr, "usage: cost_driver KIND N   (KIND:");
    for (const auto& [name, f] : kinds()) std::fprintf(stderr, " %s", name.c_str());
    std::fprintf(stderr, ")\n");
    return 2;
  }
  const HostProfile& h = specconf::fuzz::builtin_hosts().front().profile;  // root-cgroupv1: devices are nodes
  json warm = base_request();
  kinds().at(argv[1])(warm, 1);
  specconf::ref::create_container(h, warm.dump());

  json request = base_request();
  kinds().at(argv[1])(request, std::atoi(argv[2]));
  const auto r = measured_create(h, request.dump());
  std::printf("%s\n", r.ok() ? "accepted" : r.error.c_str());
  return r.ok() ? 0 : 1;
}
