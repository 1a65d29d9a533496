#include "tools/engines/judge/progress.h"

#include <unistd.h>

#include <cstdio>

namespace specconf::engine::judge {
namespace {

constexpr auto kQuietFor = std::chrono::seconds(2);
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

}  // namespace

Progress::Progress(bool enabled)
    : enabled_(enabled), started_(std::chrono::steady_clock::now()), last_(started_) {}

Progress::~Progress() { clear(); }

bool Progress::stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

void Progress::update(const std::string& what, long done, long total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - started_ < kQuietFor || (shown_ && now - last_ < kRedrawEvery && done != total)) return;
  last_ = now;
  shown_ = true;
  const int percent = total > 0 ? static_cast<int>(100 * done / total) : 0;
  std::fprintf(stderr, "\r\033[K%s %ld/%ld (%d%%)", what.c_str(), done, total, percent);
  std::fflush(stderr);
}

void Progress::clear() {
  if (!shown_) return;
  shown_ = false;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
}

}  // namespace specconf::engine::judge
