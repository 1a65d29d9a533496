// What every specconf subcommand shares: reading inputs, resolving host profiles, the exit-code contract.
//   exit 0: success / all hold;  1: the judged thing failed (podman rejects, invariant violated, diff);
//   2: unusable input or infrastructure error, reported as one line "specconf: <what>: <why>".
#pragma once

#include <optional>
#include <string>
#include <utility>
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

// Walks a subcommand's options, "--flag value" and "--flag=value" alike:
//   FlagReader r("conform", args);
//   while (r.next()) { if (r.flag() == "--seed") use(r.value()); ... }
class FlagReader {
 public:
  FlagReader(std::string command, const std::vector<std::string>& args) : command_(std::move(command)), args_(args) {}
  // Moves to the next argument; false after the last.
  bool next();
  // The argument's flag part ("--seed" of "--seed=3"), or the whole argument.
  const std::string& flag() const { return flag_; }
  // The argument as given.
  const std::string& arg() const { return args_[i_]; }
  // Whether the value came with the flag ("--seed=3"): a switch given a value is an unknown argument.
  bool inline_value() const { return inline_; }
  // The flag's value: after '=', or the next argument (consumed). Throws UsageError when there is none.
  const std::string& value();

 private:
  std::string command_;
  const std::vector<std::string>& args_;
  std::size_t i_ = 0;
  bool started_ = false;
  bool inline_ = false;
  std::string flag_, value_;
};

// Writes `data` to `path` atomically (temp file in the same directory, then rename).
void write_file_atomic(const std::string& path, const std::string& data);

}  // namespace specconf::cli
