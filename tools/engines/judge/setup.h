// What the judging commands (conform, campaign) share before a run: finding the checkout, reading
// number flags, starting engines with a one-line error, and choosing the generated inputs two engines
// can both be judged on.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tools/engines/engine.h"
#include "tools/engines/judge/cases.h"

namespace specconf::engine::judge {

// The checkout holding golden/ and corpus/: $BUILD_WORKSPACE_DIRECTORY (bazel run), $SPECCONF_ROOT
// (tools/specconf.sh), else the current directory or one of its parents. "" and the root, or why not.
std::string find_checkout(std::string& root);

// "--seed 42" and friends: "" or a usage error naming the flag.
std::string parse_u64(const std::string& flag, const std::string& value, std::uint64_t& out);
std::string parse_count(const std::string& flag, const std::string& value, long& out);  // >= 1
std::string parse_seconds(const std::string& flag, const std::string& value, int& out_ms);

// Splits "a,b,c"; empty items are dropped.
std::vector<std::string> split_csv(const std::string& csv);

// The generated-input spaces for judging `a` (and `b`, when given). An engine bound to one live host
// (podman:PROFILE) restricts everything to that profile and host; then --profiles may only name it.
// Otherwise --profiles restricts to those captured profiles, and no --profiles means varied hosts.
// Returns "" or a usage error.
std::string choose_spaces(const Engine& a, const Engine* b, const std::vector<std::string>& profiles,
                          std::vector<CaseSpace>& out);

// The profile a fixed-host engine among a and b is bound to ("" for none).
std::string fixed_profile(const Engine& a, const Engine* b);

// A report file can be written at `path` (its directory exists and is writable): checked before a long
// run rather than after it. "" or "<flag> <path>: <why>".
std::string check_writable(const std::string& flag, const std::string& path);

// Checks each profile name against the built-in ones. "" or a usage error.
std::string check_profiles(const std::vector<std::string>& profiles);

}  // namespace specconf::engine::judge
