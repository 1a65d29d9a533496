// Go's net.IP and libnetwork's types.HardwareAddr with their own JSON (un)marshalers: they appear in
// SpecGenerator (dns_server, Networks[*].static_ips / static_mac) and their errors reach podman's reply.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reference/gojson/codec.h"

namespace specconf::gojson {

// net.IP. Empty means nil.
struct GoIP {
  std::vector<std::uint8_t> bytes;  // 4 or 16 bytes (ParseIP gives 16), or empty for nil
  bool operator==(const GoIP& o) const { return bytes == o.bytes; }
  std::string to_string() const;  // net.IP.String()
};

// net.ParseIP: nullopt where Go returns nil.
std::optional<GoIP> go_parse_ip(std::string_view s);

template <>
struct GoCodec<GoIP> {
  static constexpr std::string_view go_name = "net.IP";
  static void decode(Decoder& d, GoIP& v);  // UnmarshalText: "invalid IP address: X" stops decoding
  static void encode(Encoder& e, const GoIP& v);
  static bool is_empty(const GoIP& v) { return v.bytes.empty(); }
};

// libnetwork/types.HardwareAddr (a net.HardwareAddr with a lenient UnmarshalJSON).
struct GoHardwareAddr {
  std::vector<std::uint8_t> bytes;
  bool operator==(const GoHardwareAddr& o) const { return bytes == o.bytes; }
  std::string to_string() const;  // net.HardwareAddr.String()
};

// net.ParseMAC: nullopt on "invalid MAC address".
std::optional<GoHardwareAddr> go_parse_mac(std::string_view s);

// encoding/base64 StdEncoding.DecodeString; on error, the text of base64.CorruptInputError.
bool go_base64_decode(std::string_view s, std::vector<std::uint8_t>& out, std::string& error);

template <>
struct GoCodec<GoHardwareAddr> {
  static constexpr std::string_view go_name = "types.HardwareAddr";
  static void decode(Decoder& d, GoHardwareAddr& v);
  static void encode(Encoder& e, const GoHardwareAddr& v);
  static bool is_empty(const GoHardwareAddr& v) { return v.bytes.empty(); }
};

}  // namespace specconf::gojson
