#include "tools/engines/mutant_engine.h"

#include <stdexcept>

#include "reference/model/oci_spec_json.h"

namespace specconf::engine {

Result MutantEngine::run(const Request& request) {
  Result r;
  const ref::CreateResult c = props::mut::run_mutant(mutant_, *request.host, request.body);
  if (c.ok()) {
    r.kind = Result::Kind::kSpec;
    r.spec_json = oci::to_go_json(*c.spec);
  } else {
    r.kind = Result::Kind::kError;
    r.error = c.error;
  }
  return r;
}

std::unique_ptr<Engine> make_mutant_engine(const std::string& name) {
  if (const props::mut::Mutant* m = props::mut::find_mutant(name)) return std::make_unique<MutantEngine>(*m);
  throw std::invalid_argument("unknown mutant \"" + name + "\" (`specconf list mutants` lists them)");
}

}  // namespace specconf::engine
