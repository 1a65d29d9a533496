#include "tools/engines/engine.h"

#include <stdexcept>

#include "tools/engines/exec_engine.h"
#include "tools/engines/mutant_engine.h"
#include "tools/engines/podman_engine.h"
#include "tools/engines/reference_engine.h"

namespace specconf::engine {

nlohmann::json Result::to_json() const {
  switch (kind) {
    case Kind::kSpec: return nlohmann::json{{"spec", nlohmann::json::parse(spec_json)}};
    case Kind::kError: return nlohmann::json{{"error", error}};
    case Kind::kFault: break;
  }
  return nlohmann::json{{"fault", fault}};
}

std::unique_ptr<Engine> make_engine(const std::string& spec) { return make_engine(spec, Options{}); }

std::unique_ptr<Engine> make_engine(const std::string& spec, const Options& options) {
  if (spec.empty() || spec == "reference") return std::make_unique<ReferenceEngine>();
  if (spec.rfind("mutant:", 0) == 0) return make_mutant_engine(spec.substr(7));
  if (spec.rfind("exec:", 0) == 0) {
    return std::make_unique<ExecEngine>(spec.substr(5), ExecEngine::Mode::kPerRequest, options.timeout_ms);
  }
  if (spec.rfind("exec-persistent:", 0) == 0) {
    return std::make_unique<ExecEngine>(spec.substr(16), ExecEngine::Mode::kPersistent, options.timeout_ms);
  }
  if (spec.rfind("podman:", 0) == 0) return std::make_unique<PodmanEngine>(spec.substr(7), options);
  throw std::invalid_argument("unknown engine \"" + spec +
                              "\" (engines: reference, exec:COMMAND, exec-persistent:COMMAND, podman:PROFILE, mutant:NAME)");
}

}  // namespace specconf::engine
