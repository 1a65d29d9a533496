// The fuzz targets' oracle failures: a line on stderr naming what broke, then abort(), which libFuzzer
// and the replay driver both report as a crash with this input.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

namespace specconf::fuzz {

[[noreturn]] inline void check_failed(const char* file, int line, const std::string& what) {
  std::fprintf(stderr, "\n==specconf fuzz check failed== %s:%d: %s\n", file, line, what.c_str());
  std::fflush(stderr);
  std::abort();
}

}  // namespace specconf::fuzz

// The message is built only when the check fails, so that it costs nothing on the fuzzing hot path.
#define FUZZ_CHECK(cond, message)                                               \
  do {                                                                          \
    if (!(cond)) ::specconf::fuzz::check_failed(__FILE__, __LINE__, (message)); \
  } while (0)
