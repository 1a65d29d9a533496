// Runs an engine on a generated case and judges the result with the invariant catalog: what every
// property test, the kill matrix and the branch census share.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "properties/catalog/catalog.h"
#include "properties/generators/case_gen.h"
#include "properties/mutants/mutant.h"
#include "reference/model/specgen.h"
#include "reference/pipeline/create.h"

namespace specconf::props::test {

// One engine outcome on one case, with what the catalog needs to judge it.
struct EngineRun {
  const gen::Case* c = nullptr;
  std::string body;
  std::optional<specgen::SpecGenerator> decoded;  // as `specconf check` decodes it; nothing if it does not
  ref::CreateResult result;
  std::string spec_json;  // Go's compact form of the spec, "" on rejection

  Judged judged() const;
  // {"spec": ...} or {"error": "..."}: the engine-result form tools/diff and `specconf check` read.
  std::string outcome_json() const;
};

// The reference's outcome on the case, or on another body sent with the case's host.
EngineRun run_reference(const gen::Case& c);
EngineRun run_reference_body(const gen::Case& c, std::string body);

// A mutant's outcome: its rewrite of the reference's run on the same case.
EngineRun run_mutant(const gen::Case& c, const mut::Mutant& mutant, const EngineRun& reference);

// The invariant's verdict on the run: its message when violated and podman is not known to break it on
// such inputs, nothing otherwise.
std::optional<std::string> unexpected_violation(const Invariant& inv, const EngineRun& run);

}  // namespace specconf::props::test
