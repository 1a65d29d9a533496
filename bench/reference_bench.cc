// Generation cost against the JSON floor (docs/PERFORMANCE.md). Each benchmark iteration runs a set of
// golden records in batches of 16: the reference end to end on a batch, then the floor on the same batch,
// so that both halves see the same conditions. Times are the thread's CPU time, so that the machine's
// other work does not count; the reported time is the reference's, the counters carry the floor and the
// ratio.
//
//   BM_Corpus/<subset>         all records, or those podman accepted or rejected; ratio = the corpus mean
//                              (mean reference time per record ÷ mean floor time per record)
//   BM_CorpusUncached/<subset> the same with the seccomp conversion cache off, as podman runs (it converts
//                              the profile on every create)
//   BM_Case/<case>             one corpus case on every host profile that has a record of it
//   BM_SeccompSection/copy|encode  what the seccomp section alone costs a create that accepts: the copy
//                              of the cached conversion into the spec (with its destruction), and its
//                              share of oci::to_go_json; ns per create, for comparison with ref_us/rec
#include <benchmark/benchmark.h>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "bench/golden_set.h"
#include "reference/model/oci_spec_json.h"
#include "reference/pipeline/create.h"
#include "reference/security/seccomp_convert.h"

namespace specconf::bench {
namespace {

using Records = std::vector<const GoldenCase*>;

// This thread's CPU time: other processes on the machine (two cores, shared with compiles and fuzzers)
// delay the benchmark but do not add to it. A read is a system call of about 0.4 µs.
double thread_cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Records per alternation: small enough that both halves see the same conditions, large enough that
// the clock reads are a thousandth of the time measured.
constexpr std::size_t kBatch = 16;

void run_against_floor(benchmark::State& state, const Records& records, bool seccomp_cache) {
  ref::seccomp::set_cache_enabled(seccomp_cache);
  double reference_s = 0;
  double floor_s = 0;
  for (auto _ : state) {
    double iteration_s = 0;
    for (std::size_t begin = 0; begin < records.size(); begin += kBatch) {
      const std::size_t end = std::min(records.size(), begin + kBatch);
      const double t0 = thread_cpu_seconds();
      for (std::size_t i = begin; i < end; ++i) benchmark::DoNotOptimize(generate(*records[i]));
      const double t1 = thread_cpu_seconds();
      for (std::size_t i = begin; i < end; ++i) benchmark::DoNotOptimize(floor(*records[i]));
      const double t2 = thread_cpu_seconds();
      iteration_s += t1 - t0;
      floor_s += t2 - t1;
    }
    state.SetIterationTime(iteration_s);
    reference_s += iteration_s;
  }
  ref::seccomp::set_cache_enabled(true);
  const double n = static_cast<double>(records.size());
  state.counters["records"] = n;
  state.counters["ref_us/rec"] = benchmark::Counter(reference_s * 1e6 / n, benchmark::Counter::kAvgIterations);
  state.counters["floor_us/rec"] = benchmark::Counter(floor_s * 1e6 / n, benchmark::Counter::kAvgIterations);
  state.counters["ratio"] = reference_s / floor_s;
}

// Share of the accepted records' output bytes that is linux.seccomp, for the context block.
double seccomp_share(const GoldenSet& set) {
  double seccomp = 0, total = 0;
  for (const GoldenCase& c : set.records) {
    if (!c.accepted) continue;
    total += static_cast<double>(c.expected.dump().size());
    const auto linux_section = c.expected.find("linux");
    if (linux_section != c.expected.end() && linux_section->contains("seccomp")) {
      seccomp += static_cast<double>((*linux_section)["seccomp"].dump().size());
    }
  }
  return total > 0 ? seccomp / total : 0;
}

// The linux.seccomp the reference generates for the first accepted record that has one.
const oci::LinuxSeccomp* sample_seccomp(const GoldenSet& set) {
  static std::optional<oci::LinuxSeccomp> section;
  for (const GoldenCase& c : set.records) {
    ref::CreateResult r = ref::create_container(*c.host, c.body);
    if (r.ok() && r.spec->linux_ && r.spec->linux_->seccomp) {
      section = std::move(r.spec->linux_->seccomp);
      return &*section;
    }
  }
  return nullptr;
}

void register_benchmarks(const GoldenSet& set) {
  // Static storage: the benchmarks run after this function returns.
  static std::map<std::string, Records> subsets;
  static std::map<std::string, Records> cases;
  for (const GoldenCase& c : set.records) {
    subsets["all"].push_back(&c);
    subsets[c.accepted ? "accepted" : "rejected"].push_back(&c);
    cases[c.name].push_back(&c);
  }
  for (const auto& [cached, prefix] : {std::pair{true, "BM_Corpus/"}, std::pair{false, "BM_CorpusUncached/"}}) {
    for (const char* subset : {"all", "accepted", "rejected"}) {
      const Records& r = subsets[subset];
      benchmark::RegisterBenchmark((prefix + std::string(subset)).c_str(),
                                   [&r, cached = cached](benchmark::State& s) { run_against_floor(s, r, cached); })
          ->UseManualTime()
          ->Unit(benchmark::kMillisecond);
    }
  }
  if (const oci::LinuxSeccomp* section = sample_seccomp(set)) {
    benchmark::RegisterBenchmark("BM_SeccompSection/copy", [section](benchmark::State& s) {
      for (auto _ : s) {
        oci::LinuxSeccomp copy = *section;
        benchmark::DoNotOptimize(copy);
      }
    });
    benchmark::RegisterBenchmark("BM_SeccompSection/encode", [section](benchmark::State& s) {
      for (auto _ : s) benchmark::DoNotOptimize(gojson::go_marshal(*section));
    });
  }
  for (const auto& [name, r] : cases) {
    benchmark::RegisterBenchmark(("BM_Case/" + name).c_str(),
                                 [&r = r](benchmark::State& s) { run_against_floor(s, r, true); })
        ->UseManualTime()
        ->Unit(benchmark::kMicrosecond);
  }
}

}  // namespace
}  // namespace specconf::bench

int main(int argc, char** argv) {
  using namespace specconf::bench;
  benchmark::Initialize(&argc, argv);
  // `bazel run` starts us in the runfiles tree, which holds the records; elsewhere SPECCONF_ROOT or ".".
  const char* root = std::getenv("SPECCONF_ROOT");
  static GoldenSet set;
  if (const std::string err = load_golden_set(root ? root : ".", set); !err.empty()) {
    std::fprintf(stderr, "reference_bench: %s\n", err.c_str());
    return 2;
  }
  std::size_t mismatched = 0;
  for (const GoldenCase& c : set.records) mismatched += !same_outcome_kind(c);
  benchmark::AddCustomContext("golden_records", std::to_string(set.records.size()));
  benchmark::AddCustomContext("outcome_kind_mismatches", std::to_string(mismatched));
  benchmark::AddCustomContext("seccomp_share_of_spec_bytes", std::to_string(seccomp_share(set)));
  register_benchmarks(set);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
