// What a judging run found, and the three forms it is shown in: a compact human summary, JUnit XML (one
// testcase per golden record and per invariant; failures carry their counterexample) and a JSON report.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace specconf::engine::judge {

struct TestCase {
  std::string id;     // "golden/root-cgroupv1/sys-nethost", "invariant/GID5-001", "differential/reference"
  std::string title;  // one line: what the case checks
  bool failed = false;
  std::string message;               // one line: how it failed
  std::vector<std::string> details;  // diff lines, violation messages, fault texts
  nlohmann::json counterexample;     // the (minimal) input and the engine's outcome, when there is one
  std::string reproduce;             // one command line that shows the failure again
  long checked = 0;                  // inputs judged
  long failures = 0;                 // inputs it failed on
  double seconds = 0;
};

struct Group {
  std::string name;   // "golden", "invariants", "differential"
  std::string title;  // "golden records", ...
  std::string note;   // what was run, e.g. "6 profiles" or "200 generated inputs each"
  std::vector<TestCase> cases;
  long passed() const;
  long failed() const;
};

// An invariant podman itself breaks on some inputs (props::known_violations): reported, never a failure.
struct KnownBug {
  std::string invariant;
  std::string summary;
  std::string reproducer;
  long occurrences = 0;
  nlohmann::json example;  // the first input that showed it
};

struct Report {
  std::string command;  // "conform", "campaign"
  std::string engine;
  std::string vs;       // the other engine of a differential run ("" for none)
  std::uint64_t seed = 0;
  long cases = 0;       // generated inputs per invariant / per space
  std::vector<std::string> profiles;
  std::vector<Group> groups;
  std::vector<KnownBug> known_bugs;
  std::vector<std::string> notes;  // extra lines for the summary (e.g. disagreement classes)
  double seconds = 0;

  bool passed() const;
};

// The human summary: a header, one line per group, the known podman bugs, then each failure with its ID,
// details and reproduce line, and a last line "PASS ..." or "FAIL ...". At most `max_failures` failures
// per group are spelled out.
std::string summary_text(const Report& r, std::size_t max_failures = 10);

std::string junit_xml(const Report& r);

nlohmann::json to_json(const Report& r);

// Text made safe for XML 1.0 character data and attributes.
std::string xml_escape(const std::string& s);

// A word quoted for a POSIX shell only when it needs it (reproduce lines).
std::string shell_quote(const std::string& word);

}  // namespace specconf::engine::judge
