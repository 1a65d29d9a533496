// mutant:NAME — the reference with one simulated bug (properties/mutants). Judges run it to show that
// they notice the bug; `specconf list mutants` names them.
#pragma once

#include "properties/mutants/mutant.h"
#include "tools/engines/engine.h"

namespace specconf::engine {

class MutantEngine : public Engine {
 public:
  explicit MutantEngine(const props::mut::Mutant& mutant) : mutant_(mutant) {}
  std::string name() const override { return std::string("mutant:") + mutant_.name; }
  Result run(const Request& request) override;

 private:
  const props::mut::Mutant& mutant_;
};

// The engine for "mutant:NAME"; throws std::invalid_argument naming the known mutants otherwise.
std::unique_ptr<Engine> make_mutant_engine(const std::string& name);

}  // namespace specconf::engine
