#include "tools/capture/run_context.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cstdlib>
#include <initializer_list>
#include <sstream>

#include "tools/capture/hostfs.h"
#include "tools/capture/images.h"
#include "tools/capture/subprocess.h"

namespace specconf::capture {
namespace {

bool is_checkout(const std::string& dir) {
  struct stat st {};
  return !dir.empty() && stat((dir + "/WORKSPACE").c_str(), &st) == 0 &&
         stat((dir + "/tools/capture/podman-profile.sh").c_str(), &st) == 0;
}

std::vector<std::string> split_csv(const std::string& csv) {
  std::vector<std::string> out;
  std::stringstream ss(csv);
  for (std::string item; std::getline(ss, item, ',');) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

}  // namespace

std::string parse_common_options(const std::vector<std::string>& args, bool allow_capture_flags, CommonOptions& out) {
  out = CommonOptions{};
  std::string profiles;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string flag = args[i], value;
    const auto eq = flag.find('=');
    const bool inline_value = flag.rfind("--", 0) == 0 && eq != std::string::npos;
    if (inline_value) {
      value = flag.substr(eq + 1);
      flag = flag.substr(0, eq);
    }
    auto take = [&](std::string& dst) -> std::string {
      if (inline_value) {
        dst = value;
        return "";
      }
      if (i + 1 >= args.size()) return flag + " needs a value";
      dst = args[++i];
      return "";
    };
    std::string err;
    if (flag == "--profiles") err = take(profiles);
    else if (flag == "--corpus") err = take(out.corpus_dir);
    else if (flag == "--golden") err = take(out.golden_dir);
    else if (flag == "--repo") err = take(out.repo);
    else if (flag == "--cases" && allow_capture_flags) {
      std::string cases;
      err = take(cases);
      out.cases = split_csv(cases);
      if (err.empty() && out.cases.empty()) err = "--cases needs at least one case name";
    } else if (flag == "--update" && allow_capture_flags && !inline_value) {
      out.update = true;
    } else {
      err = "unknown argument \"" + args[i] + "\"";
    }
    if (!err.empty()) return err;
  }
  if (out.repo.empty()) {
    for (const char* env : {"BUILD_WORKSPACE_DIRECTORY", "SPECCONF_ROOT"}) {
      const char* v = std::getenv(env);
      if (v && is_checkout(v)) {
        out.repo = v;
        break;
      }
    }
  }
  if (out.repo.empty()) {
    char dir[4096];
    if (getcwd(dir, sizeof dir) && is_checkout(dir)) out.repo = dir;
  }
  if (!is_checkout(out.repo)) return "cannot find the specconf checkout: run from it or pass --repo DIR";
  // Relative paths are the caller's (under `bazel run`, BUILD_WORKING_DIRECTORY); children run from "/".
  char cwd[4096];
  const char* caller = std::getenv("BUILD_WORKING_DIRECTORY");
  const std::string here = caller && *caller ? caller : getcwd(cwd, sizeof cwd) ? cwd : "/";
  for (std::string* p : {&out.repo, &out.corpus_dir, &out.golden_dir}) {
    if (!p->empty() && (*p)[0] != '/') *p = here + "/" + *p;
  }
  if (out.corpus_dir.empty()) out.corpus_dir = out.repo + "/corpus";
  if (out.golden_dir.empty()) out.golden_dir = out.repo + "/golden";
  if (profiles.empty()) {
    out.profiles = all_profiles();
  } else if (std::string err = parse_profile_list(profiles, out.profiles); !err.empty()) {
    return "--profiles: " + err;
  }
  return "";
}

std::string podman_package_version(std::string& version) {
  const ProcessResult r = run_process({"dpkg-query", "-W", "-f=${Version}", "podman"}, ProcessOptions{30});
  if (!r.ok()) return r.describe("dpkg-query podman");
  version = r.out;
  if (version.rfind("4.3.1", 0) != 0) return "podman " + version + " is installed; the goldens are for Debian's 4.3.1";
  return "";
}

std::string utc_date() {
  const time_t now = time(nullptr);
  tm t{};
  gmtime_r(&now, &t);
  char buf[16];
  strftime(buf, sizeof buf, "%Y-%m-%d", &t);
  return buf;
}

HostPreparation::~HostPreparation() { (void)end(); }

std::string HostPreparation::begin(const Corpus& corpus) {
  if (geteuid() != 0) return "must run as root (it creates users, cgroups and podman services)";
  mkdir("/var/tmp/specconf", 0755);
  lock_fd_ = open("/var/tmp/specconf/run.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0 || flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    if (lock_fd_ >= 0) close(lock_fd_);
    lock_fd_ = -1;
    return "another specconf capture or probe is running (/var/tmp/specconf/run.lock is held)";
  }
  if (std::string err = script_.setup(); !err.empty()) return err;
  hostfs_installed_ = true;
  if (std::string err = install_hostfs(corpus); !err.empty()) return err;
  if (!corpus.images.empty()) {
    tarball_ = "/var/tmp/specconf/images-rootfs.tar";
    if (std::string err = build_rootfs_tarball(corpus, tarball_); !err.empty()) return err;
  }
  return "";
}

std::string HostPreparation::end() {
  std::string err;
  if (hostfs_installed_) {
    hostfs_installed_ = false;
    err = remove_hostfs();
  }
  if (!tarball_.empty()) {
    unlink(tarball_.c_str());
    tarball_.clear();
  }
  if (lock_fd_ >= 0) {
    close(lock_fd_);  // releases the flock
    lock_fd_ = -1;
  }
  return err;
}

std::string host_profile_path(const CommonOptions& o, const std::string& profile) {
  return o.golden_dir + "/hosts/" + profile + ".json";
}

}  // namespace specconf::capture
