// Runs one half of the benchmark's work over every golden record, a given number of passes, for profilers
// that count rather than time (docs/PERFORMANCE.md):
//
//   valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*run_passes*'
//       bazel-bin/bench/profile_driver generate 3 [all|accepted|rejected]
//
// Modes: generate (the reference end to end, as BM_Corpus times it), generate-uncached (the same with the
// seccomp conversion cache off), floor (nlohmann parse of the request + dump of the expected answer). The
// optional subset keeps the records podman accepted or rejected, as BM_Corpus/<subset> does.
// Loading the records happens outside run_passes, so the collected counts are the work alone.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "bench/golden_set.h"
#include "reference/security/seccomp_convert.h"

namespace specconf::bench {

// Not inlined, so that a profiler can collect exactly this call.
__attribute__((noinline)) std::size_t run_passes(const GoldenSet& set, bool reference, int passes) {
  std::size_t bytes = 0;
  for (int i = 0; i < passes; ++i) {
    for (const GoldenCase& c : set.records) bytes += reference ? generate(c) : floor(c);
  }
  return bytes;
}

}  // namespace specconf::bench

int main(int argc, char** argv) {
  using namespace specconf;
  const std::string mode = argc > 1 ? argv[1] : "";
  const int passes = argc > 2 ? std::atoi(argv[2]) : 1;
  const std::string subset = argc > 3 ? argv[3] : "all";
  if ((mode != "generate" && mode != "generate-uncached" && mode != "floor") || passes < 1 ||
      (subset != "all" && subset != "accepted" && subset != "rejected")) {
    std::fprintf(stderr, "usage: profile_driver generate|generate-uncached|floor [passes] [all|accepted|rejected]\n");
    return 2;
  }
  const char* root = std::getenv("SPECCONF_ROOT");
  bench::GoldenSet set;
  if (const std::string err = bench::load_golden_set(root ? root : ".", set); !err.empty()) {
    std::fprintf(stderr, "profile_driver: %s\n", err.c_str());
    return 2;
  }
  if (subset != "all") {
    const bool accepted = subset == "accepted";
    std::vector<bench::GoldenCase> kept;
    for (bench::GoldenCase& c : set.records) {
      if (c.accepted == accepted) kept.push_back(std::move(c));
    }
    set.records = std::move(kept);
  }
  ref::seccomp::set_cache_enabled(mode != "generate-uncached");
  // One untimed pass first, so that the cache is warm in the cached mode, as in the benchmark.
  if (mode == "generate") {
    for (const bench::GoldenCase& c : set.records) bench::generate(c);
  }
  const std::size_t bytes = bench::run_passes(set, mode != "floor", passes);
  std::printf("%s: %zu records x %d passes, %zu output bytes\n", mode.c_str(), set.records.size(), passes, bytes);
  return 0;
}
