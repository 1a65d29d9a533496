// containers.conf as the service resolves it (containers/common pkg/config at podman v4.3.1): the
// compiled-in defaults (config/default.go DefaultConfig, defaultConfigFromMemory), then each file that
// systemConfigs() finds, in order, each overriding the keys it sets (a list replaces the whole list),
// then addCAPPrefix on default_capabilities. Only the keys podman's create path reads are kept.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "reference/model/host_profile.h"

namespace specconf::capture {

// A TOML value, as far as containers.conf needs: strings, integers, booleans and lists of them.
struct TomlValue {
  enum class Kind { kString, kInteger, kBoolean, kArray, kOther } kind = Kind::kOther;
  std::string text;          // kString
  std::int64_t integer = 0;  // kInteger
  bool boolean = false;      // kBoolean
  std::vector<TomlValue> items;  // kArray
};

// Parses TOML into "table.key" -> value ("containers.default_capabilities"). Floats, dates, inline
// tables and arrays of tables are read and kept as kOther. Returns "" or "line N: ...".
std::string parse_toml(std::string_view text, std::map<std::string, TomlValue>& out);

// The values podman decides at run time that the defaults depend on.
struct ConfDefaultsInput {
  int cgroup_version = 1;                       // cgroupns: "host" on v1, "private" on v2
  std::string apparmor_profile;                 // apparmor.Profile, "containers-default-<version>"
  std::vector<std::string> default_ulimits;     // getDefaultProcessLimits()
};

// The compiled-in defaults for the fields of host::ContainersConf.
host::ContainersConf compiled_defaults(const ConfDefaultsInput& in);

// Applies one file's content over `conf`. Returns "" or "<path>: line N: ...".
std::string apply_containers_conf(const std::string& path, std::string_view text, host::ContainersConf& conf);

// containers/common addCAPPrefix: "chown" -> "CAP_CHOWN"; names already starting with cap_ stay.
void add_cap_prefix(host::ContainersConf& conf);

// The files systemConfigs() reads, in order, for a service without CONTAINERS_CONF or XDG_CONFIG_HOME:
// /usr/share/containers/containers.conf, /etc/containers/containers.conf,
// /etc/containers/containers.conf.d/*.conf and, rootless, $HOME/.config/containers/containers.conf and
// its .d/*.conf. Only files that exist are returned.
std::vector<std::string> containers_conf_files(bool rootless, const std::string& home);

}  // namespace specconf::capture
