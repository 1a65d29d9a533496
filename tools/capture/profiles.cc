#include "tools/capture/profiles.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace specconf::capture {

const std::vector<std::string>& all_profiles() {
  static const std::vector<std::string> names = {"root-cgroupv1",     "root-cgroupv2",  "rootless-cgroupv1",
                                                 "rootless-cgroupv2", "rootless-3gids", "rootless-4gids"};
  return names;
}

std::string parse_profile_list(const std::string& csv, std::vector<std::string>& out) {
  out.clear();
  std::stringstream ss(csv);
  std::string name;
  while (std::getline(ss, name, ',')) {
    if (name.empty()) continue;
    const auto& all = all_profiles();
    if (std::find(all.begin(), all.end(), name) == all.end()) {
      std::string known;
      for (const auto& n : all) known += (known.empty() ? "" : ", ") + n;
      return "unknown profile \"" + name + "\" (known: " + known + ")";
    }
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
  if (out.empty()) return "no profile given";
  return "";
}

std::string parse_profile_info(const std::string& text, ProfileInfo& out) {
  out = ProfileInfo{};
  std::map<std::string, std::string> kv;
  std::stringstream ss(text);
  std::string line;
  while (std::getline(ss, line)) {
    const auto eq = line.find('=');
    if (eq != std::string::npos) kv[line.substr(0, eq)] = line.substr(eq + 1);
  }
  for (const char* key : {"profile", "user", "uid", "gid", "home", "cgroup_version", "dir", "socket", "db",
                          "xdg_runtime_dir"}) {
    if (kv[key].empty()) return std::string("podman-profile.sh describe: no ") + key;
  }
  try {
    out.name = kv["profile"];
    out.user = kv["user"];
    out.uid = static_cast<unsigned>(std::stoul(kv["uid"]));
    out.gid = static_cast<unsigned>(std::stoul(kv["gid"]));
    out.home = kv["home"];
    out.cgroup_version = std::stoi(kv["cgroup_version"]);
    out.dir = kv["dir"];
    out.socket = kv["socket"];
    out.db = kv["db"];
    out.xdg_runtime_dir = kv["xdg_runtime_dir"];
    out.service_pid = kv["service_pid"].empty() ? 0 : std::stoi(kv["service_pid"]);
  } catch (const std::exception&) {
    return "podman-profile.sh describe: bad number in output";
  }
  return "";
}

std::string ProfileScript::run(const std::vector<std::string>& args, int timeout_seconds, std::string* out) const {
  std::vector<std::string> argv = {path_};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessOptions opt;
  opt.timeout_seconds = timeout_seconds;
  const ProcessResult r = run_process(argv, opt);
  if (out) *out = r.out;
  if (!r.ok()) {
    std::string what = "podman-profile.sh";
    for (const auto& a : args) what += " " + a;
    return r.describe(what);
  }
  return "";
}

std::string ProfileScript::setup() const { return run({"setup"}, 1800); }

std::string ProfileScript::start(const std::string& profile) const { return run({"start", profile}, 120); }

std::string ProfileScript::stop(const std::string& profile) const { return run({"stop", profile}, 120); }

std::string ProfileScript::check(const std::string& profile) const {
  std::string out;
  const std::string err = run({"check", profile}, 60, &out);
  if (err.empty()) return "";
  while (!out.empty() && out.back() == '\n') out.pop_back();
  for (char& c : out) {
    if (c == '\n') c = ';';
  }
  return out.empty() ? err : profile + ": left behind: " + out;
}

std::string ProfileScript::describe(const std::string& profile, ProfileInfo& out) const {
  std::string text;
  if (std::string err = run({"describe", profile}, 30, &text); !err.empty()) return err;
  return parse_profile_info(text, out);
}

ProcessResult ProfileScript::podman(const std::string& profile, const std::vector<std::string>& args,
                                    int timeout_seconds) const {
  std::vector<std::string> argv = {path_, "podman", profile};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessOptions opt;
  opt.timeout_seconds = timeout_seconds;
  return run_process(argv, opt);
}

}  // namespace specconf::capture
