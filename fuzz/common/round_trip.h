// nlohmann/json's round-trip oracle on specconf's Go codecs: whatever bytes decode, the value encodes,
// that encoding decodes, and encodes to the same bytes again (decode → encode → decode → encode is
// stable). Bytes that do not decode must say why.
#pragma once

#include <string>
#include <string_view>

#include "fuzz/common/check.h"

namespace specconf::fuzz {

template <class T>
void check_round_trip(std::string_view input, std::string (*decode)(std::string_view, T&, std::string*),
                      std::string (*encode)(const T&)) {
  T first;
  std::string path;
  if (const std::string err = decode(input, first, &path); !err.empty()) return;
  const std::string once = encode(first);
  T second;
  const std::string err = decode(once, second, &path);
  FUZZ_CHECK(err.empty(), "its own encoding does not decode: " + path + ": " + err + "\n  encoding: " + once);
  const std::string twice = encode(second);
  FUZZ_CHECK(twice == once, "encoding is not stable:\n  once:  " + once + "\n  twice: " + twice);
}

}  // namespace specconf::fuzz
