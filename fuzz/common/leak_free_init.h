// Runs one-time initialisation with LeakSanitizer looking away. rapidjson 1.1.0 (Debian's) leaks a few
// hundred bytes once while it builds the OCI schema (Schema::AddUniqueElement copies enum values into
// CrtAllocator memory that ~Schema never frees); building it from LLVMFuzzerInitialize under this
// keeps that from being blamed on the first input, or reported at every exit.
#pragma once

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SPECCONF_HAS_LSAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SPECCONF_HAS_LSAN 1
#endif

#ifdef SPECCONF_HAS_LSAN
#include <sanitizer/lsan_interface.h>
#endif

namespace specconf::fuzz {

template <class F>
void leak_free_init(F&& init) {
#ifdef SPECCONF_HAS_LSAN
  __lsan_disable();
  init();
  __lsan_enable();
#else
  init();
#endif
}

}  // namespace specconf::fuzz
