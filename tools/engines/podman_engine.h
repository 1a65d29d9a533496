// podman:PROFILE — Debian's podman 4.3.1 itself, as an engine: the capture machinery (tools/capture)
// starts the profile's isolated service with the corpus images and donors, each request is a REST
// create whose stored spec is read from bolt_state.db, and the container is deleted again. The host is
// what the live service is (probed from it, host_probe), not a file: judges must use fixed_host().
// Root only; one at a time (the capture lock); stop() tears everything down and checks for leftovers.
#pragma once

#include <memory>
#include <string>

#include "reference/model/host_profile.h"
#include "tools/engines/engine.h"

namespace specconf::engine {

class PodmanEngine : public Engine {
 public:
  // Throws std::invalid_argument for a profile podman-profile.sh does not know.
  PodmanEngine(std::string profile, Options options);
  ~PodmanEngine() override;

  std::string name() const override { return "podman:" + profile_; }
  std::string start() override;
  Result run(const Request& request) override;
  std::string stop() override;
  const host::HostProfile* fixed_host() const override { return live_ ? live_.get() : nullptr; }
  std::string fixed_profile() const override { return profile_; }
  bool deterministic() const override { return false; }

 private:
  struct Live;  // the capture machinery's objects, alive between start() and stop()
  std::string profile_;
  Options options_;
  std::unique_ptr<Live> state_;
  std::unique_ptr<host::HostProfile> live_;
};

}  // namespace specconf::engine
