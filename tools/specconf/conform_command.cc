// `specconf conform`: judge one engine with everything specconf knows — every golden record, every
// invariant on generated inputs, and optionally a differential run against another engine — and say
// so in a summary, JUnit XML and JSON. The CI gate of docs/ci-gate.md.
#include <chrono>
#include <iostream>

#include "tools/capture/interrupt.h"
#include "tools/engines/engine.h"
#include "tools/engines/judge/generated_suite.h"
#include "tools/engines/judge/golden_suite.h"
#include "tools/engines/judge/report.h"
#include "tools/engines/judge/setup.h"
#include "tools/specconf/cli.h"
#include "tools/specconf/commands.h"
#include "tools/specconf/engine_flags.h"

namespace specconf::cli {

namespace judge = engine::judge;

const char* const kConformHelp = R"(usage: specconf conform [--engine ENGINE] [--profiles P,...] [--vs ENGINE]
                        [--seed N] [--cases N] [--only ID,...] [--timeout SECONDS]
                        [--junit FILE] [--json FILE]

Judges an engine: (1) every golden record of the profiles (what podman 4.3.1 stored, compared under
golden/README.md's rules), (2) every invariant of the catalog on generated inputs, (3) with --vs, the
engine's answers on those inputs against another engine's. Failures are shrunk to minimal inputs.
  --engine ENGINE   reference (default), exec:COMMAND, exec-persistent:COMMAND (docs/engine-protocol.md),
                    podman:PROFILE (live podman; root), mutant:NAME (specconf list mutants)
  --profiles P,...  golden records of these profiles only, and generated inputs restricted to them
                    (default: all six, and generated hosts varied from them)
  --vs ENGINE       also compare every generated answer with this engine's (e.g. reference)
  --seed N          generated input i comes from seed N+i (default 1: the same inputs on every run)
  --cases N         generated inputs, each judged by every invariant (default 200)
  --only ID,...     run only these testcases or groups: golden/<profile>/<case>, golden/<profile>,
                    invariant/<ID>, invariant, generated/engine-faults, differential
  --timeout SECONDS exec engines: a request taking longer is a fault (default 10)
  --junit FILE      JUnit XML: one testcase per golden record and per invariant
  --json FILE       the whole report as JSON

Invariants podman itself breaks on an input (docs/invariants.md) are listed as known podman bugs,
not failures. Each failure ends with a reproduce line.

Exit status: 0 everything passed; 1 a golden record, invariant or comparison failed or the engine
faulted; 2 usage or infrastructure error (one line "specconf: conform: <why>").
)";

namespace {

constexpr long kDefaultCases = 200;

struct ConformOptions {
  EngineFlags run;
  std::string junit, json;
  std::vector<std::string> only;
  bool help = false;
};

ConformOptions parse(const std::vector<std::string>& args) {
  ConformOptions o;
  o.run.engine = "reference";
  o.run.seed = 1;
  o.run.cases = kDefaultCases;
  FlagReader r("conform", args);
  while (r.next()) {
    const std::string& flag = r.flag();
    std::string err;
    if (flag == "--help" || flag == "-h") {
      o.help = true;
      return o;
    } else if (!read_engine_flag(r, o.run, err)) {
      if (flag == "--only") o.only = judge::split_csv(r.value());
      else if (flag == "--junit") o.junit = r.value();
      else if (flag == "--json") o.json = r.value();
      else err = "unknown argument \"" + r.arg() + "\" (see specconf conform --help)";
    }
    if (!err.empty()) throw UsageError{"conform: " + err};
  }
  check_engine_flags("conform", o.run);
  for (const auto& [flag, path] : {std::pair{"--junit", o.junit}, std::pair{"--json", o.json}}) {
    if (path.empty()) continue;
    if (std::string err = judge::check_writable(flag, path); !err.empty()) throw UsageError{"conform: " + err};
  }
  return o;
}

}  // namespace

int run_conform(const std::vector<std::string>& args) {
  const ConformOptions o = parse(args);
  if (o.help) {
    std::cout << kConformHelp;
    return kExitOk;
  }
  const auto started = std::chrono::steady_clock::now();
  const EngineFlags& run = o.run;
  auto eng = make_engine("conform", "--engine", run.engine, run.engine_options);
  auto vs = run.vs.empty() ? nullptr : make_engine("conform", "--vs", run.vs, run.engine_options);
  const std::string fixed = judge::fixed_profile(*eng, vs.get());
  std::vector<std::string> golden_profiles = run.profiles;
  if (golden_profiles.empty()) golden_profiles = fixed.empty() ? builtin_host_names() : std::vector<std::string>{fixed};

  std::string root;
  const judge::Filter only(o.only);
  const bool want_golden = only.may_match_under("golden");
  if (want_golden) {
    if (std::string err = judge::find_checkout(root); !err.empty()) throw UsageError{"conform: " + err};
  }
  start_engines("conform", {eng.get(), vs.get()});
  std::vector<judge::CaseSpace> spaces;
  if (std::string err = judge::choose_spaces(*eng, vs.get(), run.profiles, spaces); !err.empty()) {
    throw UsageError{"conform: " + err};
  }

  judge::Report report;
  report.command = "conform";
  report.engine = eng->name();
  report.vs = vs ? vs->name() : "";
  report.seed = run.seed;
  report.cases = run.cases;
  report.profiles = golden_profiles;
  judge::Progress progress(judge::Progress::stderr_is_terminal());
  // Every reproduce line starts with the flags that shape what runs, none that only shape the reports.
  const std::string base = "specconf conform" + reproduce_flags(run);

  if (want_golden) {
    judge::Group golden;
    const judge::GoldenOptions go{root, golden_profiles, only, base};
    if (std::string err = judge::run_golden(*eng, go, golden, progress); !err.empty()) {
      throw UsageError{"conform: " + err};
    }
    report.groups.push_back(std::move(golden));
  }
  judge::GeneratedOptions gen;
  gen.seed = run.seed;
  gen.cases = run.cases;
  gen.spaces = spaces;
  gen.vs = vs.get();
  gen.only = only;
  gen.reproduce = base;
  gen.stop_requested = [] { return capture::interrupted(); };
  judge::GeneratedResult generated = judge::run_generated(*eng, gen, progress);
  if (!generated.invariants.cases.empty()) report.groups.push_back(std::move(generated.invariants));
  if (!generated.differential.cases.empty()) report.groups.push_back(std::move(generated.differential));
  if (generated.skipped) {
    report.notes.push_back("skipped " + std::to_string(generated.skipped) +
                           " drawn inputs the live host cannot express (first: " + generated.skip_example + ")");
  }
  report.known_bugs = std::move(generated.known);
  progress.clear();

  const std::string stop_error = stop_engines({eng.get(), vs.get()});
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << judge::summary_text(report);
  if (run.engine == "reference" && o.only.empty()) {
    // README command 1: say where to go from here.
    std::cout << "\nJudge your own engine the same way: specconf conform --engine 'exec-persistent:./my-engine'\n"
                 "(protocol: docs/engine-protocol.md; CI jobs: docs/ci-gate.md)\n";
  }
  std::cout << std::flush;
  if (!o.junit.empty()) write_file_atomic(o.junit, judge::junit_xml(report));
  if (!o.json.empty()) write_file_atomic(o.json, judge::to_json(report).dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  if (generated.interrupted) {
    std::cerr << "specconf: conform: interrupted; the engines were stopped\n";
    return 128 + capture::interrupt_signal();
  }
  if (!stop_error.empty()) throw UsageError{"conform: " + stop_error};
  return report.passed() ? kExitOk : kExitFailed;
}

}  // namespace specconf::cli
