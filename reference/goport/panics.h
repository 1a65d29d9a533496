// The Go runtime's panic texts (Go 1.19) for the panics podman's create path can hit on some requests.
// The API server's panicHandler (pkg/api/server/handler_panic.go) recovers them and replies 500 with
// message fmt.Sprintf("%v", panic), so the reference reports them like any other error.
#pragma once

#include <cstddef>
#include <string>

namespace specconf::goport::panics {

// runtime.errorString for a nil pointer dereference (a SIGSEGV turned into a panic)
inline constexpr const char* kNilDereference = "runtime error: invalid memory address or nil pointer dereference";

// runtime.boundsError for s[i] with i >= len(s)
inline std::string index_out_of_range(std::size_t i, std::size_t len) {
  return "runtime error: index out of range [" + std::to_string(i) + "] with length " + std::to_string(len);
}

// runtime.boundsError for s[lo:hi] with lo > hi
inline std::string slice_bounds_out_of_range(std::size_t lo, std::size_t hi) {
  return "runtime error: slice bounds out of range [" + std::to_string(lo) + ":" + std::to_string(hi) + "]";
}

}  // namespace specconf::goport::panics
