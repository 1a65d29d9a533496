// The branch census: which of SpecGenToOCI's branches a reference run took (and why), as RapidCheck tags.
// properties/README.md shows how often generated inputs reach each one; branch_census_test keeps every
// branch above a floor so that the generators cannot silently stop reaching one.
#pragma once

#include <string>
#include <vector>

#include "properties/tests/judge.h"

namespace specconf::props::test {

// Every tag branch_tags() can return, in the README's order.
const std::vector<std::string>& all_branch_tags();

// The tags of one reference run: "outcome: ..." always, the branch tags for accepted requests.
std::vector<std::string> branch_tags(const EngineRun& run);

}  // namespace specconf::props::test
