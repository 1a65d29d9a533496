// One input put to an engine, and what the judges make of the answer: the invariant catalog's
// violations, or the semantic diff (tools/diff, golden comparison rules) against another engine.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "properties/catalog/catalog.h"
#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"
#include "tools/diff/semantic_diff.h"
#include "tools/engines/engine.h"

namespace specconf::engine::judge {

struct Input {
  const host::HostProfile* host = nullptr;
  std::string body;
  std::optional<specgen::SpecGenerator> decoded;  // as `specconf check` decodes it; nothing if it does not

  Input(const host::HostProfile& h, std::string b);
};

struct Answer {
  Result result;
  std::optional<oci::Spec> spec;  // result.spec_json decoded (every kSpec answer decodes: see protocol.h)
  bool fault() const { return result.kind == Result::Kind::kFault; }
};

Answer ask(Engine& engine, const Input& in);

// check_all on the answer; nothing for a fault.
std::vector<props::Violation> violations(const Input& in, const Answer& a);

// The semantic diff of two answers, `expected` first; empty when they agree (faults never agree).
std::vector<diff::Difference> differences(const Answer& expected, const Answer& actual);

// {"spec": ...}, {"error": "..."} or {"fault": "..."}.
nlohmann::json outcome_json(const Answer& a);

}  // namespace specconf::engine::judge
