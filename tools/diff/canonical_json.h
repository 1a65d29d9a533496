// Text forms of JSON values for the semantic diff: one that identifies a value under the comparison
// rules (for counting multiset items), one for people (for difference lines).
#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

namespace specconf::diff {

// Deeper documents are refused: every walk over a value here recurses, and an OCI spec is about
// eight levels deep, so this bound only ever rejects input built to exhaust the stack.
constexpr std::size_t kMaxDepth = 256;

// True when `v` nests arrays or objects more than `limit` levels deep. Iterative, so it is safe on
// any document the parser accepted.
bool nested_deeper_than(const nlohmann::json& v, std::size_t limit);

// Injective text of `v` in which two values are equal exactly when the diff would call them equal:
// object members in byte order of their keys, numbers by value (1, 1.0 and 1e0 give "1"), strings by
// their bytes. Requires depth <= kMaxDepth.
std::string canonical_text(const nlohmann::json& v);

// Number part of canonical_text, shared so that scalars and multiset items agree by construction.
std::string canonical_number(const nlohmann::json& v);

// Compact JSON as nlohmann writes it, with invalid UTF-8 replaced rather than thrown on.
std::string compact_text(const nlohmann::json& v);

}  // namespace specconf::diff
