// error_of(f): the PodmanError message f throws, or "" when it returns normally.
#pragma once

#include <string>

#include "reference/core/error.h"

namespace specconf::ref::testing {

template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const PodmanError& e) {
    return e.message();
  }
  return "";
}

}  // namespace specconf::ref::testing
