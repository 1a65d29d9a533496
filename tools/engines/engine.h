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
  // Brings up what the engine needs before its first request (a live podman service, say). Returns ""
  // or one line saying why the engine cannot run at all: an infrastructure error, not a judged fault.
  virtual std::string start() { return ""; }
  virtual Result run(const Request& request) = 0;
  // Tears down what start() brought up; "" or what went wrong (leftovers of a live service). Idempotent.
  virtual std::string stop() { return ""; }
  // Non-null for an engine bound to one real machine (podman:PROFILE): the host it runs on, valid after
  // start(). Such an engine ignores Request::host, so a judge must hand it this host and nothing else.
  virtual const host::HostProfile* fixed_host() const { return nullptr; }
  // The built-in profile whose facts fixed_host() has ("" for none): what restricted generation draws for.
  virtual std::string fixed_profile() const { return ""; }
  // False for an engine whose answer to one input may vary between runs (live podman reports the first
  // of several errors in Go's random map order): judges ask it again before calling a difference real.
  virtual bool deterministic() const { return true; }
};

struct Options {
  int timeout_ms = 10000;  // exec engines: how long one request may take before it is a fault
  std::string repo;        // podman engine: the checkout (corpus/, podman-profile.sh); "" finds it
};

// "reference" (the default), "exec:COMMAND", "exec-persistent:COMMAND", "podman:PROFILE", "mutant:NAME".
// Throws std::invalid_argument with a one-line message for an unknown or malformed engine name.
std::unique_ptr<Engine> make_engine(const std::string& spec);
std::unique_ptr<Engine> make_engine(const std::string& spec, const Options& options);

}  // namespace specconf::engine
