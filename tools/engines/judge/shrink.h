// RapidCheck's shrink search, done by hand so that the predicate may run engines (a live podman, a
// child process) under a budget: take the first shrink that still fails, until none does. Shrinks
// drop request fields and host edits and simplify values towards their tables' first entries, so the
// result reads as the smallest input that still shows the problem.
#pragma once

#include <chrono>
#include <functional>

#include <rapidcheck.h>

namespace specconf::engine::judge {

struct ShrinkBudget {
  int max_tries = 500;        // predicate calls (engine runs) at most
  double max_seconds = 30.0;  // wall time at most
};

template <class T>
struct Shrunk {
  T value;
  int steps = 0;           // shrinks taken
  int tries = 0;           // predicate calls made
  bool exhausted = false;  // the budget ran out: smaller failing inputs may exist
};

template <class T>
Shrunk<T> shrink(rc::Shrinkable<T> failing, const std::function<bool(const T&)>& fails, const ShrinkBudget& budget) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                           std::chrono::duration<double>(budget.max_seconds));
  Shrunk<T> out{failing.value()};
  for (bool progressed = true; progressed;) {
    progressed = false;
    for (auto shrinks = failing.shrinks(); auto next = shrinks.next();) {
      if (out.tries >= budget.max_tries || Clock::now() >= deadline) {
        out.exhausted = true;
        return out;
      }
      ++out.tries;
      T candidate = next->value();
      if (fails(candidate)) {
        failing = std::move(*next);
        out.value = std::move(candidate);
        ++out.steps;
        progressed = true;
        break;
      }
    }
  }
  return out;
}

}  // namespace specconf::engine::judge
