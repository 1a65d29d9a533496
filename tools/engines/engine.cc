#include "tools/engines/engine.h"

#include <stdexcept>

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

std::unique_ptr<Engine> make_engine(const std::string& spec) {
  if (spec.empty() || spec == "reference") return std::make_unique<ReferenceEngine>();
  throw std::invalid_argument("unknown engine \"" + spec + "\" (engines: reference, exec:COMMAND, podman:PROFILE, mutant:NAME)");
}

}  // namespace specconf::engine
