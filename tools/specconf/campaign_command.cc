// `specconf campaign`: a differential campaign — generated inputs, each put to two engines, compared
// under the golden comparison rules; the first disagreement is shrunk to a minimal input and shown with
// both answers' semantic diff, the seed and a reproduce line. docs/conformance.md records the campaigns
// of the reference against live podman.
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <random>

#include "tools/capture/interrupt.h"
#include "tools/engines/engine.h"
#include "tools/engines/judge/generated_suite.h"
#include "tools/engines/judge/report.h"
#include "tools/engines/judge/setup.h"
#include "tools/specconf/cli.h"
#include "tools/specconf/commands.h"
#include "tools/specconf/engine_flags.h"

namespace specconf::cli {

namespace judge = engine::judge;

const char* const kCampaignHelp = R"(usage: specconf campaign --engine ENGINE [--vs ENGINE] [--cases N] [--seed N]
                         [--profiles P,...] [--all] [--timeout SECONDS] [--json FILE]

Puts generated inputs to two engines and compares their answers under golden/README.md's rules (the
expected side is --vs). Inputs are restricted to what both engines' hosts can express: with a live
podman engine, that profile's machine as probed from its service. The first disagreement is shrunk to
a minimal input and printed with both answers' semantic diff and a reproduce line.
  --engine ENGINE   the engine under test: reference, exec:COMMAND, exec-persistent:COMMAND,
                    podman:PROFILE (live podman 4.3.1; root), mutant:NAME
  --vs ENGINE       the engine it is compared with (default reference)
  --cases N         generated inputs per profile (default 1000)
  --seed N          input i comes from seed N+i (default: a random seed, printed)
  --profiles P,...  draw requests for these captured profiles unchanged (default: hosts varied from
                    all six; a podman engine fixes its own profile)
  --all             do not stop at the first disagreement: run every input, count the disagreements
                    and group them by the paths that differ
  --timeout SECONDS exec engines: a request taking longer is a fault (default 10)
  --json FILE       the report as JSON (every disagreeing input with its differences)

Exit status: 0 no disagreement and no fault; 1 a disagreement or an engine fault; 2 usage or
infrastructure error (one line "specconf: campaign: <why>").
)";

namespace {

struct CampaignOptions {
  EngineFlags run;
  std::string json;
  bool all = false, help = false;
};

CampaignOptions parse(const std::vector<std::string>& args) {
  CampaignOptions o;
  o.run.vs = "reference";
  o.run.cases = 1000;
  FlagReader r("campaign", args);
  while (r.next()) {
    const std::string& flag = r.flag();
    std::string err;
    if (flag == "--help" || flag == "-h") {
      o.help = true;
      return o;
    } else if (!read_engine_flag(r, o.run, err)) {
      if (flag == "--json") o.json = r.value();
      else if (flag == "--all" && !r.inline_value()) o.all = true;
      else err = "unknown argument \"" + r.arg() + "\" (see specconf campaign --help)";
    }
    if (!err.empty()) throw UsageError{"campaign: " + err};
  }
  if (o.run.engine.empty()) throw UsageError{"campaign: need --engine ENGINE (see specconf campaign --help)"};
  check_engine_flags("campaign", o.run);
  if (!o.json.empty()) {
    if (std::string err = judge::check_writable("--json", o.json); !err.empty()) throw UsageError{"campaign: " + err};
  }
  if (!o.run.seed_given) o.run.seed = std::random_device{}() ^ (static_cast<std::uint64_t>(getpid()) << 32);
  return o;
}

}  // namespace

int run_campaign(const std::vector<std::string>& args) {
  const CampaignOptions o = parse(args);
  if (o.help) {
    std::cout << kCampaignHelp;
    return kExitOk;
  }
  const auto started = std::chrono::steady_clock::now();
  const EngineFlags& run = o.run;
  auto a = make_engine("campaign", "--engine", run.engine, run.engine_options);
  auto b = make_engine("campaign", "--vs", run.vs, run.engine_options);
  start_engines("campaign", {a.get(), b.get()});
  std::vector<judge::CaseSpace> spaces;
  if (std::string err = judge::choose_spaces(*a, b.get(), run.profiles, spaces); !err.empty()) {
    throw UsageError{"campaign: " + err};
  }
  judge::Progress progress(judge::Progress::stderr_is_terminal());
  judge::GeneratedOptions gen;
  gen.seed = run.seed;
  gen.cases = run.cases * static_cast<long>(spaces.size());
  gen.spaces = spaces;
  gen.invariants = false;
  gen.vs = b.get();
  gen.stop_at_first_disagreement = !o.all;
  gen.reproduce = "specconf campaign" + reproduce_flags(run);
  gen.stop_requested = [] { return capture::interrupted(); };
  judge::GeneratedResult r = judge::run_generated(*a, gen, progress);
  progress.clear();

  judge::Report report;
  report.command = "campaign";
  report.engine = a->name();
  report.vs = b->name();
  report.seed = run.seed;
  report.cases = run.cases;
  for (const auto& s : spaces) report.profiles.push_back(s.label());
  const judge::DifferentialStats& d = r.diff;
  r.differential.title = "differential";
  r.differential.note = std::to_string(r.drawn) + " inputs (" + std::to_string(d.compared) + " compared), " +
                        (spaces.size() == 1 ? spaces[0].label() : std::to_string(spaces.size()) + " profiles");
  report.groups.push_back(std::move(r.differential));
  if (r.skipped) {
    report.notes.push_back("skipped " + std::to_string(r.skipped) +
                           " drawn inputs the live host cannot express (first: " + r.skip_example + ")");
  }
  if (d.agreed_on_retry) {
    report.notes.push_back(std::to_string(d.agreed_on_retry) +
                           " inputs agreed only when asked again: the nondeterministic engine's answer varies for "
                           "the same input, and the other's is one of its answers or differs only in IDs it draws "
                           "at random (not failures; --json lists them)");
  }
  if (d.engine_faults || d.vs_faults) {
    report.notes.push_back("faults: " + a->name() + " " + std::to_string(d.engine_faults) + ", " + b->name() + " " +
                           std::to_string(d.vs_faults) + " (inputs not compared)");
  }
  if (o.all && !d.classes.empty()) {
    report.notes.push_back("disagreements by the paths that differ (inputs, class):");
    for (const auto& [cls, n] : d.classes) report.notes.push_back("  " + std::to_string(n) + "\t" + cls);
  }
  const std::string stop_error = stop_engines({a.get(), b.get()});
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << judge::summary_text(report);
  std::cout << "seed " << run.seed << "; " << r.drawn << " inputs; " << d.disagreements << " disagreement"
            << (d.disagreements == 1 ? "" : "s") << "; " << (d.engine_faults + d.vs_faults) << " faults\n";
  if (!o.json.empty()) {
    nlohmann::json j = judge::to_json(report);
    j["drawn"] = r.drawn;
    j["compared"] = d.compared;
    j["disagreements"] = d.disagreements;
    j["engine_faults"] = d.engine_faults;
    j["vs_faults"] = d.vs_faults;
    j["agreed_on_retry"] = d.agreed_on_retry;
    j["retried"] = d.retried;
    j["disagreeing"] = d.disagreeing;
    j["classes"] = d.classes;
    write_file_atomic(o.json, j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  }
  if (r.interrupted) {
    std::cerr << "specconf: campaign: interrupted after " << r.drawn << " inputs; the engines were stopped\n";
    return 128 + capture::interrupt_signal();
  }
  if (!stop_error.empty()) throw UsageError{"campaign: " + stop_error};
  return d.disagreements || d.engine_faults || d.vs_faults ? kExitFailed : kExitOk;
}

}  // namespace specconf::cli
