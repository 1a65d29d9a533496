#include "properties/tests/judge.h"

#include <nlohmann/json.hpp>

#include "reference/model/oci_spec_json.h"
#include "reference/model/specgen_json.h"

namespace specconf::props::test {

namespace {

EngineRun finish(const gen::Case& c, std::string body, ref::CreateResult result) {
  EngineRun r;
  r.c = &c;
  r.body = std::move(body);
  specgen::SpecGenerator s;
  if (specgen::from_go_json(r.body, s).empty()) r.decoded = std::move(s);
  r.result = std::move(result);
  if (r.result.ok()) r.spec_json = oci::to_go_json(*r.result.spec);
  return r;
}

}  // namespace

Judged EngineRun::judged() const {
  return Judged{*c->host.profile, body, decoded ? &*decoded : nullptr, result.ok() ? &*result.spec : nullptr,
                spec_json, result.error};
}

std::string EngineRun::outcome_json() const {
  if (result.ok()) return "{\"spec\":" + spec_json + "}";
  return nlohmann::json{{"error", result.error}}.dump();
}

EngineRun run_reference(const gen::Case& c) { return run_reference_body(c, c.request.body()); }

EngineRun run_reference_body(const gen::Case& c, std::string body) {
  ref::CreateResult result = ref::create_container(*c.host.profile, body);
  return finish(c, std::move(body), std::move(result));
}

EngineRun run_mutant(const gen::Case& c, const mut::Mutant& mutant, const EngineRun& reference) {
  return finish(c, reference.body, mut::mutate(mutant, *c.host.profile, reference.body, reference.result));
}

std::optional<std::string> unexpected_violation(const Invariant& inv, const EngineRun& run) {
  const Judged j = run.judged();
  std::optional<std::string> message = inv.check(j);
  if (!message) return std::nullopt;
  for (const auto& kv : known_violations()) {
    if (std::string_view(kv.invariant_id) == inv.id && kv.applies(j)) return std::nullopt;
  }
  return message;
}

}  // namespace specconf::props::test
