#include "tools/engines/judge/generated_suite.h"

#include <chrono>
#include <memory>
#include <optional>
#include <regex>
#include <set>

#include "properties/catalog/catalog.h"
#include "tools/engines/judge/run.h"

namespace specconf::engine::judge {
namespace {

using nlohmann::json;
using props::gen::Case;

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// The first input an invariant (or the differential) failed on, kept to be shrunk after the run.
struct FirstFailure {
  std::uint64_t case_seed = 0;
  std::optional<rc::Shrinkable<Case>> drawn;
  long failures = 0;
};

json input_json(const Case& c, std::uint64_t case_seed, const CaseSpace& space) {
  return {{"case_seed", case_seed},
          {"space", space.label()},
          {"host", c.host.summary()},
          {"scenario", c.request.scenario},
          {"specgen", c.request.body()}};
}

std::string reproduce_line(const GeneratedOptions& o, const std::string& only, std::uint64_t case_seed) {
  return o.reproduce + (only.empty() ? "" : " --only " + only) + " --seed " + std::to_string(case_seed) + " --cases 1";
}

json shrink_json(const Shrunk<Case>& s) {
  return {{"steps", s.steps}, {"tries", s.tries}, {"exhausted", s.exhausted}};
}

std::optional<std::string> unexpected_violation(const std::vector<props::Violation>& vs, const std::string& id) {
  for (const auto& v : vs) {
    if (v.id == id && !v.known) return v.message;
  }
  return std::nullopt;
}

constexpr long kMaxDrawsPerCase = 4;
// Asks of a nondeterministic engine before a difference counts. Go iterates a small map from a random
// one of 8 bucket slots, so an order can come up as rarely as 1 time in 8: 30 asks miss it 2% of the time.
constexpr int kRetries = 30;

// Compares the two engines' answers; when they differ and an engine is nondeterministic, asks it again
// (up to kRetries times) and returns the first agreement. Two error answers also agree when the
// nondeterministic engine's own messages differ between asks (it names something drawn at random) and
// its message is the other's with the other's <placeholders> filled in. Returns the differences left.
std::vector<diff::Difference> compare_with_retries(Engine& engine, Engine& vs, const Input& in, Answer& a, Answer& b,
                                                   bool& retried) {
  retried = false;
  std::vector<diff::Difference> diffs = differences(b, a);
  if (diffs.empty() || (engine.deterministic() && vs.deterministic())) return diffs;
  Answer& varying = engine.deterministic() ? b : a;
  std::set<std::string> messages;
  if (varying.result.kind == Result::Kind::kError) messages.insert(varying.result.error);
  for (int i = 0; i < kRetries && !diffs.empty(); ++i) {
    retried = true;
    if (!engine.deterministic()) a = ask(engine, in);
    if (!vs.deterministic()) b = ask(vs, in);
    if (a.fault() || b.fault()) break;
    if (varying.result.kind == Result::Kind::kError) messages.insert(varying.result.error);
    diffs = differences(b, a);
  }
  const Answer& steady = engine.deterministic() ? a : b;
  if (!diffs.empty() && messages.size() > 1 && a.result.kind == Result::Kind::kError &&
      b.result.kind == Result::Kind::kError && matches_with_placeholders(steady.result.error, varying.result.error)) {
    diffs.clear();
  }
  return diffs;
}

// Why an input cannot be judged in its space ("" when it can).
std::string unjudgeable(const CaseSpace& space, const Input& in) {
  if (!space.live_host || !in.decoded) return "";
  return unexpressible_on_live_host(*space.live_host, *in.decoded);
}

}  // namespace

bool matches_with_placeholders(const std::string& pattern, const std::string& message) {
  static const std::regex placeholder("<[^<>\"]*>");
  static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
  std::string re;
  std::size_t at = 0;
  for (auto it = std::sregex_iterator(pattern.begin(), pattern.end(), placeholder); it != std::sregex_iterator(); ++it) {
    re += std::regex_replace(pattern.substr(at, it->position() - at), special, "\\$&") + "[^\\s\"]+";
    at = it->position() + it->length();
  }
  if (at == 0) return false;  // no placeholder: nothing to excuse
  re += std::regex_replace(pattern.substr(at), special, "\\$&");
  return std::regex_match(message, std::regex(re));
}

std::string disagreement_class(const std::vector<diff::Difference>& diffs) {
  if (diffs.size() == 1 && diffs[0].path == ".") {
    const bool e_spec = diffs[0].expected.rfind("(spec)", 0) == 0;
    const bool a_spec = diffs[0].actual.rfind("(spec)", 0) == 0;
    if (e_spec != a_spec) return e_spec ? "spec vs error" : "error vs spec";
    return "fault";
  }
  std::set<std::string> paths;
  for (const auto& d : diffs) {
    std::string p;
    bool in_index = false;
    for (char c : d.path) {
      if (c == '[') in_index = true, p += "[]";
      else if (c == ']') in_index = false;
      else if (!in_index) p += c;
    }
    paths.insert(p);
  }
  std::string out;
  for (const auto& p : paths) out += (out.empty() ? "" : " ") + p;
  return out;
}

GeneratedResult run_generated(Engine& engine, const GeneratedOptions& o, Progress& progress) {
  GeneratedResult r;
  r.invariants.name = "invariants";
  r.invariants.title = "invariants";
  r.differential.name = "differential";
  r.differential.title = "differential";

  std::vector<const props::Invariant*> judged;
  if (o.invariants) {
    for (const auto& inv : props::catalog()) {
      if (o.only.matches(std::string("invariant/") + inv.id)) judged.push_back(&inv);
    }
  }
  const std::string fault_id = "generated/engine-faults";
  const bool judge_faults = o.invariants && o.only.matches(fault_id);
  const std::string diff_id = o.vs ? "differential/" + o.vs->name() : "";
  const bool differential = o.vs && o.only.matches(diff_id);

  std::map<std::string, FirstFailure> first;  // invariant id -> its first failure
  FirstFailure first_disagreement, first_fault;
  std::string first_fault_text;
  std::map<std::string, KnownBug> known;
  long answered = 0;

  // Skipped inputs are made up for by drawing more, up to a bound.
  for (long i = 0; r.drawn < o.cases && i < kMaxDrawsPerCase * o.cases; ++i) {
    if (o.stop_requested && o.stop_requested()) {
      r.interrupted = true;
      break;
    }
    if (judged.empty() && !judge_faults && !differential) break;
    progress.update("generated inputs", r.drawn, o.cases);
    const std::uint64_t case_seed = o.seed + static_cast<std::uint64_t>(i);
    const CaseSpace& space = space_for(o.spaces, case_seed);
    rc::Shrinkable<Case> drawn = draw_case(space, case_seed);
    const Case c = drawn.value();
    const Input in(*c.host.profile, c.request.body());
    if (std::string why = unjudgeable(space, in); !why.empty()) {
      if (r.skipped++ == 0) r.skip_example = "case seed " + std::to_string(case_seed) + ": " + why;
      continue;
    }
    const Answer a = ask(engine, in);
    ++r.drawn;
    if (a.fault()) {
      ++r.diff.engine_faults;
      if (first_fault.failures++ == 0) {
        first_fault.case_seed = case_seed;
        first_fault.drawn = drawn;
        first_fault_text = a.result.fault;
      }
    } else {
      ++answered;
    }
    if (!judged.empty() && !a.fault()) {
      for (const auto& v : violations(in, a)) {
        if (!o.only.matches("invariant/" + v.id)) continue;
        if (v.known) {
          KnownBug& k = known[v.id];
          if (k.occurrences++ == 0) {
            k.invariant = v.id;
            for (const auto& kv : props::known_violations()) {
              if (v.id == kv.invariant_id) {
                k.summary = kv.summary;
                k.reproducer = kv.reproducer;
                break;
              }
            }
            k.example = input_json(c, case_seed, space);
            k.example["message"] = v.message;
          }
          continue;
        }
        FirstFailure& f = first[v.id];
        if (f.failures++ == 0) {
          f.case_seed = case_seed;
          f.drawn = drawn;
        }
      }
    }
    if (differential) {
      Answer b = ask(*o.vs, in);
      if (b.fault()) ++r.diff.vs_faults;
      if (!a.fault() && !b.fault()) {
        ++r.diff.compared;
        const auto first_diffs = differences(b, a);
        Answer a2 = a, b2 = b;
        bool retried = false;
        const auto diffs = first_diffs.empty() ? first_diffs : compare_with_retries(engine, *o.vs, in, a2, b2, retried);
        if (retried && diffs.empty()) {
          ++r.diff.agreed_on_retry;
          json entry = input_json(c, case_seed, space);
          entry["first_differences"] = json::array();
          for (const auto& d : first_diffs) entry["first_differences"].push_back(diff::format_difference(d));
          r.diff.retried.push_back(std::move(entry));
        }
        if (!diffs.empty()) {
          ++r.diff.disagreements;
          ++r.diff.classes[disagreement_class(diffs)];
          json entry = input_json(c, case_seed, space);
          entry["differences"] = json::array();
          for (const auto& d : diffs) entry["differences"].push_back(diff::format_difference(d));
          r.diff.disagreeing.push_back(std::move(entry));
          if (first_disagreement.failures++ == 0) {
            first_disagreement.case_seed = case_seed;
            first_disagreement.drawn = drawn;
          }
          if (o.stop_at_first_disagreement) break;
        }
      }
    }
  }
  progress.update("generated inputs", r.drawn, o.cases);

  // Shrink each first failure, then describe the minimal input.
  for (const props::Invariant* inv : judged) {
    TestCase tc;
    tc.id = std::string("invariant/") + inv->id;
    tc.title = inv->statement;
    tc.checked = answered;
    const auto t0 = std::chrono::steady_clock::now();
    if (auto it = first.find(inv->id); it != first.end()) {
      const FirstFailure& f = it->second;
      const std::string id = inv->id;
      const CaseSpace& space = space_for(o.spaces, f.case_seed);
      const auto fails = [&](const Case& c) {
        const Input in(*c.host.profile, c.request.body());
        if (!unjudgeable(space, in).empty()) return false;
        return unexpected_violation(violations(in, ask(engine, in)), id).has_value();
      };
      progress.update("shrinking " + id, 0, 1);
      const Shrunk<Case> s = shrink<Case>(*f.drawn, fails, o.budget);
      const Input in(*s.value.host.profile, s.value.request.body());
      const Answer a = ask(engine, in);
      const std::string why = unexpected_violation(violations(in, a), id).value_or(
          "(the minimal input no longer fails: the engine is not deterministic)");
      tc.failed = true;
      tc.failures = f.failures;
      tc.message = "violated on " + std::to_string(f.failures) + " of " + std::to_string(answered) + " inputs";
      tc.details.push_back(id + ": " + why);
      tc.counterexample = input_json(s.value, f.case_seed, space_for(o.spaces, f.case_seed));
      tc.counterexample["outcome"] = outcome_json(a);
      tc.counterexample["violation"] = why;
      tc.counterexample["shrink"] = shrink_json(s);
      tc.reproduce = reproduce_line(o, tc.id, f.case_seed);
    }
    tc.seconds = seconds_since(t0);
    r.invariants.cases.push_back(std::move(tc));
  }
  if (judge_faults) {
    TestCase tc;
    tc.id = fault_id;
    tc.title = "the engine answers every generated input (no crash, hang, garbage or early exit)";
    tc.checked = r.drawn;
    if (first_fault.failures) {
      const Case c = first_fault.drawn->value();
      tc.failed = true;
      tc.failures = first_fault.failures;
      tc.message = "the engine faulted on " + std::to_string(first_fault.failures) + " of " + std::to_string(r.drawn) +
                   " inputs";
      tc.details.push_back("first fault: " + first_fault_text);
      tc.counterexample = input_json(c, first_fault.case_seed, space_for(o.spaces, first_fault.case_seed));
      tc.reproduce = reproduce_line(o, fault_id, first_fault.case_seed);
    }
    r.invariants.cases.push_back(std::move(tc));
  }
  if (differential) {
    TestCase tc;
    tc.id = diff_id;
    tc.title = "the engine's answers match " + o.vs->name() + "'s under the golden comparison rules";
    tc.checked = r.diff.compared;
    const auto t0 = std::chrono::steady_clock::now();
    if (first_disagreement.failures) {
      const CaseSpace& space = space_for(o.spaces, first_disagreement.case_seed);
      const auto disagree = [&](const Case& c) {
        const Input in(*c.host.profile, c.request.body());
        if (!unjudgeable(space, in).empty()) return false;
        Answer a = ask(engine, in);
        if (a.fault()) return false;
        Answer b = ask(*o.vs, in);
        bool retried = false;
        return !b.fault() && !compare_with_retries(engine, *o.vs, in, a, b, retried).empty();
      };
      progress.update("shrinking the disagreement", 0, 1);
      const Shrunk<Case> s = shrink<Case>(*first_disagreement.drawn, disagree, o.budget);
      const Input in(*s.value.host.profile, s.value.request.body());
      Answer a = ask(engine, in);
      Answer b = ask(*o.vs, in);
      bool retried = false;
      const auto diffs = a.fault() || b.fault() ? differences(b, a) : compare_with_retries(engine, *o.vs, in, a, b, retried);
      tc.failed = true;
      tc.failures = r.diff.disagreements;
      tc.message = std::to_string(r.diff.disagreements) + " of " + std::to_string(r.diff.compared) +
                   " inputs disagree" + (o.stop_at_first_disagreement ? " (stopped at the first)" : "") +
                   "; expected = " + o.vs->name() + ", actual = " + engine.name();
      for (const auto& d : diffs) tc.details.push_back(diff::format_difference(d));
      if (diffs.empty()) tc.details.push_back("(the minimal input agrees now: an engine is not deterministic)");
      tc.counterexample = input_json(s.value, first_disagreement.case_seed,
                                     space_for(o.spaces, first_disagreement.case_seed));
      tc.counterexample["expected"] = outcome_json(b);
      tc.counterexample["actual"] = outcome_json(a);
      tc.counterexample["shrink"] = shrink_json(s);
      tc.reproduce = reproduce_line(o, o.invariants ? "differential" : "", first_disagreement.case_seed);
    }
    if (r.diff.vs_faults && !tc.failed) {
      tc.failed = true;
      tc.message = o.vs->name() + " faulted on " + std::to_string(r.diff.vs_faults) + " inputs";
    }
    tc.seconds = seconds_since(t0);
    r.differential.cases.push_back(std::move(tc));
  }
  for (auto& [id, k] : known) r.known.push_back(std::move(k));
  const std::string where = o.spaces.size() == 1 ? o.spaces[0].label() : std::to_string(o.spaces.size()) + " profiles";
  r.invariants.note = std::to_string(answered) + " generated inputs each, " + where;
  r.differential.note = std::to_string(r.diff.compared) + " generated inputs, " + where;
  return r;
}

}  // namespace specconf::engine::judge
