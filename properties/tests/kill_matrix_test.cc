// Every mutant engine is killed by at least one invariant on generated inputs, the reference by none
// (podman's known violations aside), and docs/mutants.md is the matrix these inputs give.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "properties/mutants/mutant.h"
#include "properties/tests/kill_matrix.h"

namespace specconf::props::test {
namespace {

const KillMatrix& matrix() {
  static const KillMatrix m = compute_kill_matrix(kMatrixCases, kMatrixSeed);
  return m;
}

TEST(KillMatrix, EveryMutantChangesSomeOutcome) {
  for (const auto& mutant : mut::mutants()) {
    EXPECT_GT(matrix().applied.at(mutant.name), 0) << mutant.name << " never changed the reference's outcome in "
                                                     << kMatrixCases << " generated inputs";
  }
}

TEST(KillMatrix, EveryMutantIsKilledByAnInvariant) {
  for (const auto& mutant : mut::mutants()) {
    int kills = 0;
    for (const auto& [id, n] : matrix().kills.at(mutant.name)) kills += n;
    EXPECT_GT(kills, 0) << mutant.name << " (" << mutant.bug << ") survives " << kMatrixCases
                        << " generated inputs; it changed the outcome on " << matrix().applied.at(mutant.name);
  }
}

TEST(KillMatrix, TheReferenceViolatesNoInvariant) {
  for (const auto& [id, messages] : matrix().reference_violations) {
    ADD_FAILURE() << id << " flags the reference " << messages.size() << " times; first: " << messages.front();
  }
}

TEST(KillMatrix, DocsMutantsMdIsCurrent) {
  const std::string path = "docs/mutants.md";  // the runfile (data dependency //docs:mutants.md)
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path << " is missing; generate it with: bazel run //properties/tests:mutants_doc -- --write";
  std::stringstream checked_in;
  checked_in << in.rdbuf();
  EXPECT_EQ(checked_in.str(), mutants_markdown(matrix()))
      << "docs/mutants.md is stale; regenerate it with: bazel run //properties/tests:mutants_doc -- --write";
}

}  // namespace
}  // namespace specconf::props::test
