// An engine is anything that turns (host profile, request body) into what podman would store or reply:
// the built-in reference, an external program speaking docs/engine-protocol.md, live podman, or a
// mutant of the reference. Everything that judges engines (golden tests, `specconf conform`,
// `specconf campaign`) goes through this interface.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "reference/model/host_profile.h"

namespace specconf::engine {

struct Request {
  const host::HostProfile* host = nullptr;
  std::string_view body;  // the POST /libpod/containers/create body, byte for byte
};

struct Result {
  enum class Kind {
    kSpec,   // the engine produced a spec (spec_json, Go's compact form)
    kError,  // the engine rejected the request the way podman does (error = podman's message)
    kFault,  // the engine itself failed: crashed, hung, printed garbage (fault says how)
  };
  Kind kind = Kind::kFault;
  std::string spec_json;
  std::string error;
  std::string fault;

  // {"spec": ...} or {"error": "..."}: the engine-result form tools/diff compares. Faults have none.
  nlohmann::json to_json() const;
};

class Engine {
 public:
  virtual ~Engine() = default;
  virtual std::string name() const = 0;
  virtual Result run(const Request& request) = 0;
};

// "reference" (the default), "exec:COMMAND", "podman:PROFILE", "mutant:NAME". Throws std::invalid_argument
// with a one-line message for an unknown or malformed engine name.
std::unique_ptr<Engine> make_engine(const std::string& spec);

}  // namespace specconf::engine
