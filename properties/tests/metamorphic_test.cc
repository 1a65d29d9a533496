// Metamorphic relations: changes to the input whose effect on podman's output is known without knowing
// the output itself. Each relation runs the reference on a generated case and on its transformed twin.
#include <algorithm>
#include <map>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <rapidcheck.h>

#include "properties/generators/case_gen.h"
#include "properties/generators/choice.h"
#include "properties/tests/judge.h"
#include "properties/tests/rc_gtest.h"
#include "properties/tests/report.h"

namespace specconf::props::test {
namespace {

using nlohmann::json;

gen::Case with_request_field(const gen::Case& c, const std::string& key, json value) {
  gen::Case out = c;
  auto& fields = out.request.fields;
  fields.erase(std::remove_if(fields.begin(), fields.end(), [&](const gen::Field& f) { return f.key == key; }), fields.end());
  fields.push_back({key, std::move(value)});
  return out;
}

gen::Case without_fields(const gen::Case& c, const std::vector<std::string>& keys) {
  gen::Case out = c;
  auto& fields = out.request.fields;
  fields.erase(std::remove_if(fields.begin(), fields.end(),
                              [&](const gen::Field& f) { return std::find(keys.begin(), keys.end(), f.key) != keys.end(); }),
               fields.end());
  return out;
}

gen::Case on_cgroup_version(const gen::Case& c, int version) {
  std::vector<gen::HostEdit> edits;
  for (const auto& e : c.host.edits) {
    if (e.fact != "cgroup_version") edits.push_back(e);
  }
  edits.push_back({"cgroup_version", version});
  gen::Case out = c;
  out.host = gen::make_host(c.host.base, edits);
  return out;
}

// The outcome with what a cgroup version may change taken out: the cgroup mount's ro/rw, the cgroup
// namespace entry, and the default pids limit (containers.conf, cgroup manager and version decide it).
json without_cgroup_facts(const EngineRun& r) {
  json o = json::parse(r.outcome_json());
  if (!o.contains("spec")) return o;
  json& spec = o["spec"];
  for (auto& m : spec["mounts"]) {
    if (m.value("destination", "") != "/sys/fs/cgroup") continue;
    json opts = json::array();
    for (const auto& opt : m["options"]) {
      if (opt != "ro" && opt != "rw") opts.push_back(opt);
    }
    m["options"] = opts;
  }
  if (spec.contains("linux")) {
    json& linux = spec["linux"];
    if (linux.contains("namespaces")) {
      json kept = json::array();
      for (const auto& n : linux["namespaces"]) {
        if (n.value("type", "") != "cgroup") kept.push_back(n);
      }
      linux["namespaces"] = kept;
    }
    if (linux.contains("resources")) linux["resources"].erase("pids");
  }
  return o;
}

TEST(Metamorphic, CgroupVersionChangesOnlyTheCgroupMountNamespaceAndPidsDefault) {
  check_gtest_property([] {
    // Resource limits are checked against version-specific facts (and dropped for rootless v1), and an
    // empty unmask list panics on v2 only: requests with those are outside the relation.
    const gen::Case c = without_fields(*gen::gen_case(), {"resource_limits", "weightDevice", "throttleReadBpsDevice",
                                                          "throttleWriteIOPSDevice", "unmask"});
    const gen::Case v1 = on_cgroup_version(c, 1);
    const gen::Case v2 = on_cgroup_version(c, 2);
    const EngineRun a = run_reference(v1);
    const EngineRun b = run_reference(v2);
    RC_TAG(a.result.ok() ? "accepted" : "rejected");
    if (without_cgroup_facts(a) != without_cgroup_facts(b)) {
      RC_FAIL(report({"cgroup v1 -> v2", "the outcomes differ beyond the cgroup mount, namespace and pids default",
                      outcome_diff(a, b)},
                     b, "metamorphic-cgroup-version"));
    }
  });
}

TEST(Metamorphic, AddingAnUnmaskNeverAddsAMaskedOrReadOnlyPath) {
  check_gtest_property([] {
    const gen::Case c = *gen::gen_case();
    const std::string extra = *gen::pick_of<std::string>(
        {"/proc/kcore", "ALL", "all", "/proc/*", "/sys/*:/proc/acpi", "/sys/fs/cgroup", "[", "", "/nothing"});
    json unmask = json::array();
    const json body = c.request.to_json();
    if (body.contains("unmask") && body["unmask"].is_array()) unmask = body["unmask"];
    unmask.push_back(extra);
    const gen::Case more = with_request_field(c, "unmask", unmask);
    const EngineRun a = run_reference(c);
    if (!a.result.ok()) return;
    const EngineRun b = run_reference(more);
    RC_TAG(extra);
    if (!b.result.ok()) {
      RC_FAIL(report({"unmask added", "the request was accepted, and rejected once an unmask entry was added",
                      outcome_diff(a, b)},
                     b, "metamorphic-unmask"));
    }
    const auto counts = [](const std::vector<std::string>& paths) {
      std::map<std::string, int> n;
      for (const auto& p : paths) ++n[p];
      return n;
    };
    const oci::Linux empty;
    const oci::Linux& la = a.result.spec->linux_ ? *a.result.spec->linux_ : empty;
    const oci::Linux& lb = b.result.spec->linux_ ? *b.result.spec->linux_ : empty;
    for (const auto& [before, after] : {std::pair{la.masked_paths, lb.masked_paths}, std::pair{la.readonly_paths, lb.readonly_paths}}) {
      const auto na = counts(before);
      for (const auto& [path, n] : counts(after)) {
        const auto it = na.find(path);
        if (it == na.end() || it->second < n) {
          RC_FAIL(report({"unmask added", "adding unmask \"" + extra + "\" added " + path, outcome_diff(a, b)}, b,
                         "metamorphic-unmask"));
        }
      }
    }
  });
}

TEST(Metamorphic, AnUnknownKeyChangesNothing) {
  check_gtest_property([] {
    const gen::Case c = *gen::gen_case();
    const json value = *gen::pick_of<json>({1, "x", nullptr, json::array({1, "a"}), json{{"privileged", true}}, 1e308});
    const std::string body = c.request.body();
    const std::string member = "\"specconf_unknown\":" + value.dump();
    const std::string twin = body == "{}" ? "{" + member + "}" : "{" + member + "," + body.substr(1);
    const EngineRun a = run_reference_body(c, body);
    const EngineRun b = run_reference_body(c, twin);
    if (a.outcome_json() != b.outcome_json()) {
      RC_FAIL(report({"unknown key", "adding " + member + " changed the outcome", outcome_diff(a, b)}, b,
                     "metamorphic-unknown-key"));
    }
  });
}

TEST(Metamorphic, KeyCaseChangesNothing) {
  check_gtest_property([] {
    const gen::Case c = *gen::gen_case();
    const std::string style = *gen::pick_of<std::string>({"UPPER", "Capitalized", "sWAPPED"});
    const auto recase = [&](std::string k) {
      for (std::size_t i = 0; i < k.size(); ++i) {
        const unsigned char ch = static_cast<unsigned char>(k[i]);
        if (style == "UPPER" || (style == "Capitalized" && i == 0)) {
          k[i] = static_cast<char>(std::toupper(ch));
        } else if (style == "sWAPPED") {
          k[i] = static_cast<char>(std::islower(ch) ? std::toupper(ch) : std::tolower(ch));
        }
      }
      return k;
    };
    // The members in the body's own order (Go lets the last of two keys that fold together win).
    const json body = c.request.to_json();
    std::string twin = "{";
    for (const auto& [k, v] : body.items()) twin += (twin.size() > 1 ? "," : "") + json(recase(k)).dump() + ":" + v.dump();
    twin += "}";
    const EngineRun a = run_reference_body(c, c.request.body());
    const EngineRun b = run_reference_body(c, twin);
    RC_TAG(style);
    if (a.outcome_json() != b.outcome_json()) {
      RC_FAIL(report({"key case", "writing the keys " + style + " changed the outcome", outcome_diff(a, b)}, b,
                     "metamorphic-key-case"));
    }
  });
}

}  // namespace
}  // namespace specconf::props::test
