// A one-line progress display on stderr for long runs: only on a terminal, and only once a run has
// taken more than a couple of seconds, so quick runs and CI logs stay clean.
#pragma once

#include <chrono>
#include <string>

namespace specconf::engine::judge {

class Progress {
 public:
  // enabled: normally isatty(stderr); tests pass false.
  explicit Progress(bool enabled);
  ~Progress();

  // "golden records  1200/2208"; throttled, drawn over the previous line.
  void update(const std::string& what, long done, long total);
  // Removes the line (before normal output is printed).
  void clear();

  static bool stderr_is_terminal();

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point started_, last_;
};

}  // namespace specconf::engine::judge
