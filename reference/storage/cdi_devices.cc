#include "reference/storage/cdi_devices.h"

#include <string_view>
#include <vector>

#include "reference/core/error.h"
#include "reference/goport/panics.h"

namespace specconf::ref {
namespace {

bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_alnum(char c) { return is_letter(c) || (c >= '0' && c <= '9'); }

// The shape shared by ValidateVendorName and ValidateClassName: a letter, middle runes from alnum plus
// `extra`, an alnum last byte. A non-ASCII middle rune is never allowed, so bytes can be checked.
bool valid_qualifier_part(std::string_view s, std::string_view extra) {
  if (s.empty() || !is_letter(s[0])) return false;
  if (s.size() == 1) fail(goport::panics::slice_bounds_out_of_range(1, 0));  // s[1:len(s)-1]
  for (std::size_t i = 1; i + 1 < s.size(); ++i)
    if (!is_alnum(s[i]) && extra.find(s[i]) == std::string_view::npos) return false;
  return is_alnum(s.back());
}

// cdi.ValidateDeviceName: like the above, but the first may be a digit and a single rune is fine.
bool valid_device_name(std::string_view s) {
  if (s.empty() || !is_alnum(s[0])) return false;
  if (s.size() == 1) return true;
  for (std::size_t i = 1; i + 1 < s.size(); ++i)
    if (!is_alnum(s[i]) && std::string_view("_-.:").find(s[i]) == std::string_view::npos) return false;
  return is_alnum(s.back());
}

}  // namespace

// container-device-interface v0.5.2 pkg/cdi/qualified-device.go:ParseQualifiedName's success.
bool is_cdi_qualified_name(const std::string& device) {
  // cdi.ParseDevice: "vendor/class=name", split at the first '=' and then the first '/'.
  if (device.empty() || device[0] == '/') return false;
  const std::size_t eq = device.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == device.size()) return false;
  const std::string_view kind = std::string_view(device).substr(0, eq);
  const std::string_view name = std::string_view(device).substr(eq + 1);
  const std::size_t slash = kind.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == kind.size()) return false;
  const std::string_view vendor = kind.substr(0, slash);
  const std::string_view cls = kind.substr(slash + 1);
  // Checked in this order, each returning at its first error.
  return valid_qualifier_part(vendor, "_-.") && valid_qualifier_part(cls, "_-") && valid_device_name(name);
}

// pkg/specgen/generate/container_create.go:ExtractCDIDevices (podman aa47e05ae4, same in v4.3.1).
void extract_cdi_devices(specgen::SpecGenerator& s) {
  std::vector<oci::LinuxDevice> devs;
  devs.reserve(s.devices.size());
  for (oci::LinuxDevice& d : s.devices)
    if (!is_cdi_qualified_name(d.path)) devs.push_back(std::move(d));
  s.devices = std::move(devs);
}

}  // namespace specconf::ref
