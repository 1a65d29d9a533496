#include "reference/pipeline/stop_signal.h"

#include <utility>

#include "reference/core/error.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"

namespace specconf::ref {
namespace {

constexpr gojson::GoInt kSigRtMin = 34;
constexpr gojson::GoInt kSigRtMax = 64;

// pkg/signal/signal_linux.go:signalMap (containers/common v0.50.1), amd64 numbering; RTMIN+n and RTMAX-n
// are computed below.
constexpr std::pair<const char*, gojson::GoInt> kSignals[] = {
    {"ABRT", 6},   {"ALRM", 14},  {"BUS", 7},     {"CHLD", 17},   {"CLD", 17},   {"CONT", 18},  {"FPE", 8},
    {"HUP", 1},    {"ILL", 4},    {"INT", 2},     {"IO", 29},     {"IOT", 6},    {"KILL", 9},   {"PIPE", 13},
    {"POLL", 29},  {"PROF", 27},  {"PWR", 30},    {"QUIT", 3},    {"SEGV", 11},  {"STKFLT", 16}, {"STOP", 19},
    {"SYS", 31},   {"TERM", 15},  {"TRAP", 5},    {"TSTP", 20},   {"TTIN", 21},  {"TTOU", 22},  {"URG", 23},
    {"USR1", 10},  {"USR2", 12},  {"VTALRM", 26}, {"WINCH", 28},  {"XCPU", 24},  {"XFSZ", 25},
};

// signalMap lookup by exact key; `key` already has "SIG" removed.
std::optional<gojson::GoInt> signal_map(const std::string& key) {
  for (const auto& [name, number] : kSignals)
    if (key == name) return number;
  if (key == "RTMIN") return kSigRtMin;
  if (key == "RTMAX") return kSigRtMax;
  for (gojson::GoInt n = 1; n <= 15; ++n) {
    if (key == "RTMIN+" + std::to_string(n)) return kSigRtMin + n;
    if (n <= 14 && key == "RTMAX-" + std::to_string(n)) return kSigRtMax - n;
  }
  return std::nullopt;
}

std::string ascii_upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// pkg/signal/signal_common.go:ParseSignal (containers/common v0.50.1)
std::optional<gojson::GoInt> parse_signal(const std::string& raw) {
  std::string err;
  if (const std::optional<std::int64_t> n = goport::atoi(raw, err)) {
    if (*n == 0) return std::nullopt;
    return static_cast<gojson::GoInt>(*n);
  }
  std::string key = ascii_upper(raw);
  if (goport::has_prefix(key, "SIG")) key = key.substr(3);
  return signal_map(key);
}

}  // namespace

// containers/common pkg/signal/signal_common.go:ParseSignalNameOrNumber (v0.50.1). Its EqualFold retry
// over the map adds only Unicode case folds (the Kelvin sign for K), which the reference leaves out.
gojson::GoInt parse_signal_name_or_number(const std::string& raw) {
  const std::string basename = goport::has_prefix(raw, "-") ? raw.substr(1) : raw;
  if (const std::optional<gojson::GoInt> sig = parse_signal(basename)) return *sig;
  fail("invalid signal: " + basename);
}

// pkg/specgen/generate/container.go:CompleteSpec, the image stop signal (podman v4.3.1)
void complete_stop_signal(specgen::SpecGenerator& s, const host::Image* image) {
  if (s.stop_signal || image == nullptr || image->config.stop_signal.empty()) return;
  s.stop_signal = parse_signal_name_or_number(image->config.stop_signal);
}

}  // namespace specconf::ref
