// The built-in engine: specconf's reference, in process.
#pragma once

#include "tools/engines/engine.h"

namespace specconf::engine {

class ReferenceEngine : public Engine {
 public:
  std::string name() const override { return "reference"; }
  Result run(const Request& request) override;
};

}  // namespace specconf::engine
