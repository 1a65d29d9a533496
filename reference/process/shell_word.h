// openshift/imagebuilder's shell-word expansion (shell_parser.go:ProcessWord, imagebuilder 1.2.3 as
// Debian builds podman 4.3.1 with; byte-identical in podman's vendored 4151e43600df), used by
// CompleteSpec for env_merge.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "reference/process/env.h"

namespace specconf::ref {

// Caps the bytes an expansion may produce, counting text later discarded by ${X:+...}. Go has no cap:
// env_merge entries can feed each other ("A=$A$A" twice doubles A), so a small request can make the
// real service exhaust its memory; the reference stops at the budget instead.
struct ExpansionBudget {
  std::size_t remaining;
};

// The error thrown when the budget runs out; the text is specconf's, podman has none.
inline constexpr const char* kExpansionBudgetError =
    "specconf: env-merge expansion exceeds the reference's budget (real podman would exhaust memory)";

// shell_parser.go:ProcessWord (imagebuilder 1.2.3): quotes, backslash escapes, $NAME, ${NAME},
// ${NAME:-word} and ${NAME:+word}. Go looks names up in env.Slice(envs), where a key with an empty value
// appears without '='; that lookup is exactly env.find(name) (missing gives ""), which this uses.
// Deliberate difference: Go recurses once per nested ${...:...}; this keeps an explicit stack, so any
// depth is safe. Throws PodmanError with imagebuilder's texts.
std::string process_word(std::string_view word, const env::EnvMap& env, ExpansionBudget& budget);

}  // namespace specconf::ref
