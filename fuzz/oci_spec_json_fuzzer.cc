// The Spec JSON decoder with Go's decoding rules (case-insensitive keys, last duplicate wins, type
// errors that keep decoding): no crash on any bytes, and decode → encode → decode → encode is stable.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/common/round_trip.h"
#include "reference/model/oci_spec_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  specconf::fuzz::check_round_trip<specconf::oci::Spec>({reinterpret_cast<const char*>(data), size},
                                                           specconf::oci::from_go_json,
                                                           specconf::oci::to_go_json);
  return 0;
}
