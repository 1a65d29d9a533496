#include "tools/capture/proc_facts.h"

#include <algorithm>
#include <cerrno>
#include <initializer_list>
#include <cstdlib>
#include <limits>
#include <sstream>

namespace specconf::capture {
namespace {

// github.com/syndtr/gocapability: capability names by number, 0..40.
const char* const kCapNames[] = {
    "CAP_CHOWN",           "CAP_DAC_OVERRIDE",  "CAP_DAC_READ_SEARCH", "CAP_FOWNER",
    "CAP_FSETID",          "CAP_KILL",          "CAP_SETGID",          "CAP_SETUID",
    "CAP_SETPCAP",         "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",       "CAP_NET_RAW",       "CAP_IPC_LOCK",        "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",      "CAP_SYS_RAWIO",     "CAP_SYS_CHROOT",      "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",       "CAP_SYS_ADMIN",     "CAP_SYS_BOOT",        "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",    "CAP_SYS_TIME",      "CAP_SYS_TTY_CONFIG",  "CAP_MKNOD",
    "CAP_LEASE",           "CAP_AUDIT_WRITE",   "CAP_AUDIT_CONTROL",   "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",    "CAP_MAC_ADMIN",     "CAP_SYSLOG",          "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",   "CAP_AUDIT_READ",    "CAP_PERFMON",         "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
};
constexpr int kLastKnownCap = 40;

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> out;
  std::stringstream ss{std::string(text)};
  std::string line;
  while (std::getline(ss, line)) out.push_back(line);
  return out;
}

std::vector<std::string> fields_of(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string f;
  while (ss >> f) out.push_back(f);
  return out;
}

bool parse_u64(const std::string& s, std::uint64_t& out) {
  if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos) return false;
  errno = 0;
  out = std::strtoull(s.c_str(), nullptr, 10);
  return errno == 0;
}

}  // namespace

std::string status_field(std::string_view status, std::string_view name) {
  for (const auto& line : lines_of(status)) {
    if (line.size() > name.size() && line.compare(0, name.size(), name) == 0 && line[name.size()] == ':') {
      const auto start = line.find_first_not_of(" \t", name.size() + 1);
      return start == std::string::npos ? "" : line.substr(start);
    }
  }
  return "";
}

std::vector<std::string> cap_names(std::uint64_t mask, int last_cap) {
  std::vector<std::string> out;
  const int top = std::min(last_cap, kLastKnownCap);
  for (int i = 0; i <= top; ++i) {
    if (mask & (std::uint64_t{1} << i)) out.emplace_back(kCapNames[i]);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string parse_limit(std::string_view limits, std::string_view row, host::Rlimit& out) {
  for (const auto& line : lines_of(limits)) {
    if (line.compare(0, row.size(), row) != 0) continue;
    const auto f = fields_of(line.substr(row.size()));
    if (f.size() < 2) return "limits: short row \"" + line + "\"";
    auto value = [](const std::string& s, std::uint64_t& v) {
      if (s == "unlimited") {
        v = std::numeric_limits<std::uint64_t>::max();
        return true;
      }
      return parse_u64(s, v);
    };
    if (!value(f[0], out.soft) || !value(f[1], out.hard)) return "limits: bad numbers in \"" + line + "\"";
    return "";
  }
  return "limits: no row \"" + std::string(row) + "\"";
}

std::uint64_t id_map_total(std::string_view map) {
  std::uint64_t total = 0;
  for (const auto& line : lines_of(map)) {
    const auto f = fields_of(line);
    std::uint64_t n = 0;
    if (f.size() == 3 && parse_u64(f[2], n)) total += n;
  }
  return total;
}

std::vector<std::string> split_environ(std::string_view environ) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < environ.size()) {
    std::size_t end = environ.find('\0', start);
    if (end == std::string_view::npos) end = environ.size();
    if (end > start) out.emplace_back(environ.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::optional<std::string> env_value(const std::vector<std::string>& env, std::string_view key) {
  for (const auto& kv : env) {
    if (kv.size() > key.size() && kv.compare(0, key.size(), key) == 0 && kv[key.size()] == '=')
      return kv.substr(key.size() + 1);
  }
  return std::nullopt;
}

std::string unified_cgroup_path(std::string_view proc_cgroup) {
  for (const auto& line : lines_of(proc_cgroup)) {
    if (line.compare(0, 3, "0::") == 0) return line.substr(3);
  }
  return "";
}

std::vector<host::IDRange> subid_ranges(std::string_view file, std::string_view user, std::uint32_t uid) {
  std::vector<host::IDRange> out;
  const std::string uid_text = std::to_string(uid);
  for (const auto& line : lines_of(file)) {
    std::stringstream ss(line);
    std::string name, start, count;
    if (!std::getline(ss, name, ':') || !std::getline(ss, start, ':') || !std::getline(ss, count)) continue;
    if (name != user && name != uid_text) continue;
    host::IDRange r;
    if (parse_u64(start, r.start) && parse_u64(count, r.count)) out.push_back(r);
  }
  return out;
}

std::string containers_common_version(std::string_view binary) {
  static constexpr std::string_view kPrefix = "containers-default-";
  for (std::size_t at = binary.find(kPrefix); at != std::string_view::npos; at = binary.find(kPrefix, at + 1)) {
    // Go strings are not NUL-terminated: the version runs as long as it looks like one (d.d.d[-dev]).
    std::size_t i = at + kPrefix.size();
    const std::size_t start = i;
    int dots = 0;
    while (i < binary.size() && ((binary[i] >= '0' && binary[i] <= '9') || binary[i] == '.')) {
      if (binary[i] == '.') ++dots;
      ++i;
    }
    if (dots != 2 || i == start || binary[i - 1] == '.') continue;
    std::string version(binary.substr(start, i - start));
    if (binary.substr(i, 4) == "-dev") version += "-dev";
    return version;
  }
  return "";
}

std::vector<std::string> default_process_limits(const host::Rlimit& nproc, std::uint64_t pid_max) {
  for (std::uint64_t v : {pid_max, std::uint64_t{1048576}}) {
    if (v != 0 && nproc.soft == v && nproc.hard == v)
      return {"nproc=" + std::to_string(v) + ":" + std::to_string(v)};
  }
  return {};
}

std::string seccomp_arch_for_machine(std::string_view machine) {
  if (machine == "x86_64") return "amd64";
  if (machine == "aarch64") return "arm64";
  if (machine == "i386" || machine == "i686") return "x86";
  if (machine == "ppc64le") return "ppc64le";
  if (machine == "ppc64") return "ppc64";
  if (machine == "s390x") return "s390x";
  if (machine == "riscv64") return "riscv64";
  if (machine.rfind("arm", 0) == 0) return "arm";
  return std::string(machine);
}

}  // namespace specconf::capture
