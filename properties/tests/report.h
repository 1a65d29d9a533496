// What a failing property prints: the invariant or relation, its message, the minimal counterexample
// (the host as "captured profile + edited facts", the request body), the expected-vs-actual diff where
// there is one, and the files and one command line that reproduce it.
#pragma once

#include <string>

#include "properties/generators/case_gen.h"
#include "properties/tests/judge.h"

namespace specconf::props::test {

struct Failure {
  std::string what;     // "SYS-002 (When sysfs cannot be mounted there is no cgroup mount)", a relation name
  std::string message;  // the invariant's or relation's one line
  std::string diff;     // format_difference lines of expected vs actual; "" when there is no expected side
};

// Writes <dir>/host.json (the whole generated profile), <dir>/specgen.json (the body) and
// <dir>/outcome.json (what the engine returned) and returns the report. <dir> is
// $SPECCONF_CEX_DIR/<slug>, else /tmp/specconf-props/<slug> (else $TEST_TMPDIR/<slug> when /tmp is not
// writable).
std::string report(const Failure& f, const EngineRun& run, const std::string& slug);

// The semantic diff (tools/diff) of two outcomes, one difference per line; "" when they match.
std::string outcome_diff(const EngineRun& expected, const EngineRun& actual);

}  // namespace specconf::props::test
