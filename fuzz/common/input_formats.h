// How each fuzz target lays out its input bytes, shared by the targets, the structure-aware mutator and
// the seed generator (fuzz/seeds) so that all three agree. Every layout accepts any byte string: a
// missing part reads as empty, never as an error, so no mutation is wasted.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "reference/model/capability_names.h"

namespace specconf::fuzz {

// ---- specgen_create_fuzzer: [tag] [host overlay NUL]? [request body] ----
// tag & 0x7f, modulo the number of built-in profiles, picks the base host profile (in name order);
// tag bit 7 says a HostProfile JSON follows up to the first NUL byte, decoded over the base the way Go
// decodes into a filled struct (objects merge, lists and scalars replace). The rest is the body.
inline constexpr std::uint8_t kOverlayFlag = 0x80;

struct CreateInput {
  std::uint8_t tag = 0;
  bool has_overlay = false;
  std::string_view overlay;
  std::string_view body;
};

inline CreateInput split_create_input(std::string_view data) {
  CreateInput in;
  if (data.empty()) return in;
  in.tag = static_cast<std::uint8_t>(data[0]);
  data.remove_prefix(1);
  in.has_overlay = (in.tag & kOverlayFlag) != 0;
  if (in.has_overlay) {
    const std::size_t nul = data.find('\0');
    in.overlay = data.substr(0, nul);
    data = nul == std::string_view::npos ? std::string_view() : data.substr(nul + 1);
  }
  in.body = data;
  return in;
}

inline std::string join_create_input(std::uint8_t tag, std::string_view overlay, std::string_view body) {
  std::string out(1, static_cast<char>(tag));
  if (tag & kOverlayFlag) {
    out.append(overlay);
    out.push_back('\0');
  }
  out.append(body);
  return out;
}

inline std::size_t base_profile_index(std::uint8_t tag, std::size_t profiles) {
  return profiles == 0 ? 0 : (tag & ~kOverlayFlag) % profiles;
}

// ---- seccomp_profile_fuzzer: [arch] [8 bytes: capability mask, little-endian] [Docker profile JSON] ----
// Native arches libseccomp reports (and one it does not know), indexed by the arch byte modulo the size.
inline constexpr std::array<std::string_view, 12> kNativeArches = {
    "amd64", "arm64", "s390x", "mips64", "mips64n32", "mipsel64", "mipsel64n32", "ppc64le", "386", "arm",
    "riscv64", ""};
// Bit i of the mask puts kCapabilityNames[i] in the bounding set: the capabilities by number
// (reference/model/capability_names.h, header-only, so the seed generator still builds without the
// reference), then one name that is no capability at all.
inline constexpr auto kCapabilityNames = [] {
  std::array<std::string_view, linux_caps::kNames.size() + 1> names{};
  for (std::size_t i = 0; i < linux_caps::kNames.size(); ++i) names[i] = linux_caps::kNames[i];
  names.back() = "CAP_NOT_A_CAPABILITY";
  return names;
}();
inline constexpr std::size_t kSeccompHeader = 9;

// ---- process_options_fuzzer: [flags] [source path] ('\n' [option])* ----
// flags bit 0: a tmpfs mount; bits 1..7, modulo the number of built-in profiles: the host whose statfs
// facts give a bind's defaults. Options cannot hold '\n' here; specgen_create_fuzzer covers that.
inline constexpr std::uint8_t kTmpfsFlag = 0x01;

// ---- parse_device_fuzzer: [host] [device specification "src[:dst][:perm]"] ----
// host, modulo the number of built-in profiles, picks the profile devices_from_path consults.

// ---- semantic_diff_fuzzer: [document a] NUL [document b] ----
// Without a NUL byte, b is a itself.
inline std::pair<std::string_view, std::string_view> split_pair(std::string_view data) {
  const std::size_t nul = data.find('\0');
  if (nul == std::string_view::npos) return {data, data};
  return {data.substr(0, nul), data.substr(nul + 1)};
}

}  // namespace specconf::fuzz
