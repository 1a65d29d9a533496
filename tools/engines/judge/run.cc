#include "tools/engines/judge/run.h"

#include "reference/model/oci_spec_json.h"
#include "reference/model/specgen_json.h"

namespace specconf::engine::judge {

Input::Input(const host::HostProfile& h, std::string b) : host(&h), body(std::move(b)) {
  specgen::SpecGenerator s;
  if (specgen::from_go_json(body, s).empty()) decoded = std::move(s);
}

Answer ask(Engine& engine, const Input& in) {
  Answer a;
  a.result = engine.run({in.host, in.body});
  if (a.result.kind == Result::Kind::kSpec) {
    oci::Spec spec;
    if (std::string err = oci::from_go_json(a.result.spec_json, spec); err.empty()) {
      a.spec = std::move(spec);
    } else {
      a.result.kind = Result::Kind::kFault;
      a.result.fault = "the spec does not decode as an OCI runtime spec: " + err;
    }
  }
  return a;
}

std::vector<props::Violation> violations(const Input& in, const Answer& a) {
  if (a.fault()) return {};
  const props::Judged j{*in.host,
                        in.body,
                        in.decoded ? &*in.decoded : nullptr,
                        a.spec ? &*a.spec : nullptr,
                        a.result.spec_json,
                        a.result.error};
  return props::check_all(j);
}

std::vector<diff::Difference> differences(const Answer& expected, const Answer& actual) {
  if (expected.fault() || actual.fault()) {
    return {{".", expected.fault() ? "(fault) " + expected.result.fault : "(answer)",
             actual.fault() ? "(fault) " + actual.result.fault : "(answer)", diff::Difference::Kind::kValue}};
  }
  return diff::compare_results(expected.result.to_json(), actual.result.to_json());
}

nlohmann::json outcome_json(const Answer& a) { return a.result.to_json(); }

}  // namespace specconf::engine::judge
