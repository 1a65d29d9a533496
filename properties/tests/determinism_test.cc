// The reference is a function of (host profile, body): the same input gives the same bytes, whatever
// happened before and whichever copy of the profile it reads.
#include <gtest/gtest.h>
#include <rapidcheck.h>

#include "properties/generators/case_gen.h"
#include "properties/tests/judge.h"
#include "properties/tests/rc_gtest.h"
#include "properties/tests/report.h"
#include "reference/model/host_profile_json.h"
#include "reference/model/oci_spec_json.h"

namespace specconf::props::test {
namespace {

TEST(Determinism, SameInputSameOutputByteForByte) {
  check_gtest_property([] {
    const gen::Case c = *gen::gen_case();
    const EngineRun first = run_reference(c);
    // The same host re-read from its own JSON, as `specconf generate --host FILE` would.
    host::HostProfile copy;
    RC_ASSERT(host::from_go_json(host::to_go_json(*c.host.profile), copy) == "");
    const ref::CreateResult again = ref::create_container(copy, first.body);
    EngineRun second = first;
    second.result = again;
    second.spec_json = again.ok() ? oci::to_go_json(*again.spec) : "";
    if (second.outcome_json() != first.outcome_json() || again.warnings != first.result.warnings) {
      RC_FAIL(report({"determinism", "two runs on the same input differ", outcome_diff(first, second)}, first,
                     "determinism"));
    }
  });
}

TEST(Determinism, RunsDoNotInfluenceEachOther) {
  // Interleaving another request must not change the next result (no hidden state in the pipeline).
  check_gtest_property([] {
    const gen::Case a = *gen::gen_case();
    const gen::Case b = *gen::gen_case();
    const EngineRun alone = run_reference(a);
    run_reference(b);
    const EngineRun after = run_reference(a);
    if (after.outcome_json() != alone.outcome_json()) {
      RC_FAIL(report({"determinism", "a run changed after another request", outcome_diff(alone, after)}, after,
                     "determinism-interleaved"));
    }
  });
}

}  // namespace
}  // namespace specconf::props::test
