// What every specconf subcommand shares: reading inputs, resolving host profiles, the exit-code contract.
//   exit 0: success / all hold;  1: the judged thing failed (podman rejects, invariant violated, diff);
//   2: unusable input or infrastructure error, reported as one line "specconf: <what>: <why>".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reference/model/host_profile.h"

namespace specconf::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUsage = 2;

// Inputs larger than this are refused with a clear message instead of being read.
inline constexpr std::size_t kMaxInputBytes = 64 << 20;

// Thrown for unusable input; main() prints "specconf: <message>" and exits 2.
struct UsageError {
  std::string message;
};

// The file's bytes ("-" reads stdin). Throws UsageError naming the file.
std::string read_input(const std::string& path);

// --host: a built-in profile name (golden/hosts/<name>.json, compiled in) or a HostProfile JSON file.
host::HostProfile load_host(const std::string& name_or_path);

// Names of the built-in host profiles, sorted.
std::vector<std::string> builtin_host_names();

// Writes `data` to `path` atomically (temp file in the same directory, then rename).
void write_file_atomic(const std::string& path, const std::string& data);

}  // namespace specconf::cli
