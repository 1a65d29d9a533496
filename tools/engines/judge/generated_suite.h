// Judging an engine on generated inputs: every invariant of the catalog on each input's answer, and
// optionally the answer against another engine's (the semantic diff under the golden comparison rules).
// The first input that fails an invariant, and the first disagreement, are shrunk to a minimal input
// that still fails. Shared by `specconf conform` (invariants, --vs) and `specconf campaign`.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "tools/diff/semantic_diff.h"
#include "tools/engines/engine.h"
#include "tools/engines/judge/cases.h"
#include "tools/engines/judge/filter.h"
#include "tools/engines/judge/progress.h"
#include "tools/engines/judge/report.h"
#include "tools/engines/judge/shrink.h"

namespace specconf::engine::judge {

struct GeneratedOptions {
  std::uint64_t seed = 1;         // input i has case seed seed+i (cases.h)
  long cases = 0;                 // inputs to run in all (more are drawn when some are skipped)
  std::vector<CaseSpace> spaces;  // what to draw from (never empty)
  bool invariants = true;         // judge each answer with the catalog
  Engine* vs = nullptr;           // also ask this engine, and compare
  bool stop_at_first_disagreement = false;
  Filter only;
  std::string reproduce;  // the command line reproduce lines start with; "--seed S --cases 1" is appended
  ShrinkBudget budget;
  std::function<bool()> stop_requested;  // polled between inputs (Ctrl-C)
};

struct DifferentialStats {
  long compared = 0;       // inputs both engines answered
  long disagreements = 0;
  // Inputs that disagreed at first but agreed when a nondeterministic engine was asked again: its
  // answer varies for the same input and the other engine's is one of its answers. Not failures.
  long agreed_on_retry = 0;
  nlohmann::json retried = nlohmann::json::array();  // those inputs, with their first differences
  long engine_faults = 0;  // inputs the engine under test faulted on
  long vs_faults = 0;      // inputs the other engine faulted on
  // Every disagreeing input: {"case_seed", "space", "host", "scenario", "specgen", "differences": [...]}.
  nlohmann::json disagreeing = nlohmann::json::array();
  std::map<std::string, long> classes;  // the differing paths (indices dropped) -> inputs
};

struct GeneratedResult {
  Group invariants;    // one testcase per invariant, plus "generated/engine-faults"
  Group differential;  // one testcase "differential/<vs>" when vs is set
  std::vector<KnownBug> known;
  DifferentialStats diff;
  long drawn = 0;    // inputs drawn and run
  long skipped = 0;  // inputs drawn but not run: a live host cannot express them (cases.h)
  std::string skip_example;  // why the first one was skipped
  bool interrupted = false;
};

GeneratedResult run_generated(Engine& engine, const GeneratedOptions& options, Progress& progress);

// Whether `message` is `pattern` with each <placeholder> of the pattern standing for one run of
// characters without blanks or quotes. The reference writes <placeholders> where podman's message names
// something the host profile cannot know: an ID podman has just drawn at random, a store's path. A
// pattern without placeholders matches nothing.
bool matches_with_placeholders(const std::string& pattern, const std::string& message);

// A disagreement's class: "spec vs error", "error vs spec", ".error", or the sorted differing paths with
// array indices dropped (".mounts[] .process.env").
std::string disagreement_class(const std::vector<diff::Difference>& diffs);

}  // namespace specconf::engine::judge
