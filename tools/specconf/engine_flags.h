// The flags `conform` and `campaign` share — which engines, which profiles, which inputs — read,
// checked and turned into started engines the same way, so both commands say the same things about
// the same mistakes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tools/engines/engine.h"
#include "tools/specconf/cli.h"

namespace specconf::cli {

struct EngineFlags {
  std::string engine, vs;
  std::string profiles_csv;            // as given, for reproduce lines
  std::vector<std::string> profiles;   // empty: all captured profiles / varied hosts
  std::uint64_t seed = 0;
  bool seed_given = false;
  long cases = 0;
  std::string timeout;                 // as given, for reproduce lines
  engine::Options engine_options;
};

// Takes the current flag of `r` into `f` when it is a shared one (--engine, --vs, --profiles, --seed,
// --cases, --timeout). Returns false for any other flag; sets `err` to a usage error on a bad value.
bool read_engine_flag(FlagReader& r, EngineFlags& f, std::string& err);

// After all flags are read: checks the profile names. Throws UsageError "<command>: --profiles: ...".
void check_engine_flags(const std::string& command, const EngineFlags& f);

// " --engine E [--vs V] [--profiles P] [--timeout T]": the flags that shape what a run does, for the
// reproduce line of a failure.
std::string reproduce_flags(const EngineFlags& f);

// The engine named by `name` (given by `flag`), not yet started: both engines are made before either
// starts, so a misspelt --vs fails before a live podman service is brought up. Throws UsageError
// "<command>: <flag>: ..." when the name is not an engine.
std::unique_ptr<engine::Engine> make_engine(const std::string& command, const std::string& flag,
                                            const std::string& name, const engine::Options& options);

// Starts the engines (nulls skipped). Throws UsageError "<command>: engine NAME: why"; an engine already
// started is stopped by its destructor.
void start_engines(const std::string& command, const std::vector<engine::Engine*>& engines);

// Stops the engines (nulls skipped). "" or the first one's error, "engine NAME: why".
std::string stop_engines(const std::vector<engine::Engine*>& engines);

}  // namespace specconf::cli
