#include "tools/specconf/engine_flags.h"

#include <stdexcept>

#include "tools/engines/judge/report.h"
#include "tools/engines/judge/setup.h"

namespace specconf::cli {

namespace judge = engine::judge;

bool read_engine_flag(FlagReader& r, EngineFlags& f, std::string& err) {
  const std::string& flag = r.flag();
  if (flag == "--engine") f.engine = r.value();
  else if (flag == "--vs") f.vs = r.value();
  else if (flag == "--profiles") {
    f.profiles_csv = r.value();
    f.profiles = judge::split_csv(f.profiles_csv);
    if (f.profiles.empty()) err = "--profiles needs at least one profile";
  } else if (flag == "--seed") {
    err = judge::parse_u64(flag, r.value(), f.seed);
    f.seed_given = true;
  } else if (flag == "--cases") err = judge::parse_count(flag, r.value(), f.cases);
  else if (flag == "--timeout") {
    f.timeout = r.value();
    err = judge::parse_seconds(flag, f.timeout, f.engine_options.timeout_ms);
  } else return false;
  return true;
}

void check_engine_flags(const std::string& command, const EngineFlags& f) {
  if (std::string err = judge::check_profiles(f.profiles); !err.empty()) {
    throw UsageError{command + ": --profiles: " + err};
  }
}

std::string reproduce_flags(const EngineFlags& f) {
  std::string s = " --engine " + judge::shell_quote(f.engine);
  if (!f.vs.empty()) s += " --vs " + judge::shell_quote(f.vs);
  if (!f.profiles.empty()) {
    // Rejoined rather than echoed: "--profiles a,,b" reproduces as "--profiles a,b".
    std::string csv;
    for (const auto& p : f.profiles) csv += (csv.empty() ? "" : ",") + p;
    s += " --profiles " + csv;
  }
  if (!f.timeout.empty()) s += " --timeout " + judge::shell_quote(f.timeout);
  return s;
}

std::unique_ptr<engine::Engine> make_engine(const std::string& command, const std::string& flag,
                                            const std::string& name, const engine::Options& options) {
  try {
    return engine::make_engine(name, options);
  } catch (const std::invalid_argument& e) {
    throw UsageError{command + ": " + flag + ": " + e.what()};
  }
}

void start_engines(const std::string& command, const std::vector<engine::Engine*>& engines) {
  for (engine::Engine* e : engines) {
    if (!e) continue;
    if (std::string err = e->start(); !err.empty()) throw UsageError{command + ": engine " + e->name() + ": " + err};
  }
}

std::string stop_engines(const std::vector<engine::Engine*>& engines) {
  std::string first;
  for (engine::Engine* e : engines) {
    if (!e) continue;
    if (std::string err = e->stop(); !err.empty() && first.empty()) first = "engine " + e->name() + ": " + err;
  }
  return first;
}

}  // namespace specconf::cli
