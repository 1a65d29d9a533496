// The kill matrix: every mutant engine run on the same generated inputs as the reference, every invariant
// of the catalog judging each result. A mutant is killed by an invariant on an input when the invariant
// flags the mutant's result there (and podman is not known to break it on such inputs). The reference
// must not be flagged at all. docs/mutants.md is this matrix, rendered by mutants_markdown().
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace specconf::props::test {

// The inputs the checked-in docs/mutants.md was computed on: fixed, so the document is reproducible.
inline constexpr int kMatrixCases = 3000;
inline constexpr std::uint64_t kMatrixSeed = 20240601;

struct KillMatrix {
  int cases = 0;
  std::uint64_t seed = 0;
  // mutant → invariant → number of inputs on which the invariant flagged the mutant's result.
  std::map<std::string, std::map<std::string, int>> kills;
  // mutant → number of inputs on which its result differed from the reference's.
  std::map<std::string, int> applied;
  // invariant → "message on input N" for each unexpected violation by the reference itself.
  std::map<std::string, std::vector<std::string>> reference_violations;

  // The invariants that kill at least one mutant, in ID order.
  std::vector<std::string> killing_invariants() const;
};

// Runs the reference and every mutant on `cases` inputs drawn by gen::gen_case() from `seed`.
KillMatrix compute_kill_matrix(int cases, std::uint64_t seed);

// docs/mutants.md: the mutants (name, bug, podman branch, how often they changed the outcome) and the
// mutant × invariant matrix (✓ where the invariant killed the mutant on some input).
std::string mutants_markdown(const KillMatrix& m);

}  // namespace specconf::props::test
