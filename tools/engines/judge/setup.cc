#include "tools/engines/judge/setup.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <sstream>

#include "golden/builtin_hosts.h"

namespace specconf::engine::judge {
namespace {

bool is_checkout(const std::string& dir) {
  struct stat st {};
  return !dir.empty() && stat((dir + "/golden/hosts").c_str(), &st) == 0 && S_ISDIR(st.st_mode) &&
         stat((dir + "/corpus/specgen").c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace

std::string find_checkout(std::string& root) {
  for (const char* env : {"BUILD_WORKSPACE_DIRECTORY", "SPECCONF_ROOT"}) {
    const char* v = std::getenv(env);
    if (v && is_checkout(v)) {
      root = v;
      return "";
    }
  }
  char cwd[4096];
  if (getcwd(cwd, sizeof cwd)) {
    for (std::string dir = cwd; !dir.empty();) {
      if (is_checkout(dir)) {
        root = dir;
        return "";
      }
      const auto slash = dir.rfind('/');
      if (slash == std::string::npos || dir == "/") break;
      dir = slash == 0 ? "/" : dir.substr(0, slash);
    }
  }
  return "cannot find the golden records: run from the specconf checkout or set SPECCONF_ROOT";
}

std::string parse_u64(const std::string& flag, const std::string& value, std::uint64_t& out) {
  if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos) {
    return flag + " needs a non-negative integer, not \"" + value + "\"";
  }
  errno = 0;
  out = std::strtoull(value.c_str(), nullptr, 10);
  if (errno == ERANGE) return flag + " " + value + " is out of range";
  return "";
}

std::string parse_count(const std::string& flag, const std::string& value, long& out) {
  std::uint64_t v = 0;
  if (std::string err = parse_u64(flag, value, v); !err.empty()) return err;
  if (v < 1 || v > 100000000) return flag + " must be between 1 and 100000000";
  out = static_cast<long>(v);
  return "";
}

std::string parse_seconds(const std::string& flag, const std::string& value, int& out_ms) {
  char* end = nullptr;
  errno = 0;
  const double v = std::strtod(value.c_str(), &end);
  if (value.empty() || *end != '\0' || errno != 0 || !std::isfinite(v) || v <= 0 || v > 86400) {
    return flag + " needs a number of seconds (0 < s <= 86400), not \"" + value + "\"";
  }
  out_ms = std::max(1, static_cast<int>(v * 1000));
  return "";
}

std::vector<std::string> split_csv(const std::string& csv) {
  std::vector<std::string> out;
  std::stringstream ss(csv);
  for (std::string item; std::getline(ss, item, ',');) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

std::string check_writable(const std::string& flag, const std::string& path) {
  const auto slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  struct stat st {};
  if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return flag + " " + path + ": no directory " + dir;
  if (access(dir.c_str(), W_OK) != 0) return flag + " " + path + ": cannot write in " + dir + ": " + std::strerror(errno);
  return "";
}

std::string check_profiles(const std::vector<std::string>& profiles) {
  const auto& builtin = golden::builtin_host_profiles();
  for (const auto& p : profiles) {
    if (builtin.count(p)) continue;
    std::string names;
    for (const auto& [n, text] : builtin) names += (names.empty() ? "" : ", ") + n;
    return "unknown profile \"" + p + "\" (profiles: " + names + ")";
  }
  return "";
}

std::string fixed_profile(const Engine& a, const Engine* b) {
  if (!a.fixed_profile().empty()) return a.fixed_profile();
  return b ? b->fixed_profile() : "";
}

std::string choose_spaces(const Engine& a, const Engine* b, const std::vector<std::string>& profiles,
                          std::vector<CaseSpace>& out) {
  out.clear();
  if (std::string err = check_profiles(profiles); !err.empty()) return err;
  const std::string pa = a.fixed_profile(), pb = b ? b->fixed_profile() : "";
  if (!pa.empty() && !pb.empty() && pa != pb) {
    return a.name() + " and " + b->name() + " run on different machines: no input can be judged on both";
  }
  const std::string fixed = pa.empty() ? pb : pa;
  if (fixed.empty()) {
    out = spaces_for(profiles);
    return "";
  }
  for (const auto& p : profiles) {
    if (p != fixed) return "--profiles " + p + ": the podman engine runs on " + fixed + " only";
  }
  const host::HostProfile* live = !pa.empty() ? a.fixed_host() : b->fixed_host();
  CaseSpace s{fixed, nullptr};
  if (live) s.live_host = std::make_shared<const host::HostProfile>(*live);
  out.push_back(std::move(s));
  return "";
}

}  // namespace specconf::engine::judge
