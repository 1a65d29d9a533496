// The SpecGenerator JSON decoder with Go's decoding rules (case-insensitive keys, last duplicate wins, type
// errors that keep decoding): no crash on any bytes, and decode → encode → decode → encode is stable.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/common/round_trip.h"
#include "reference/model/specgen_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  specconf::fuzz::check_round_trip<specconf::specgen::SpecGenerator>({reinterpret_cast<const char*>(data), size},
                                                           specconf::specgen::from_go_json,
                                                           specconf::specgen::to_go_json);
  return 0;
}
