#include "tools/capture/images.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

#include "tools/capture/subprocess.h"

namespace specconf::capture {

std::string build_rootfs_tarball(const Corpus& corpus, const std::string& out) {
  const std::string tmp = out + ".tmp";
  // The same bytes on every machine of this kind: no owners, times or umask of the checkout leak in.
  const ProcessResult r = run_process({"tar", "--sort=name", "--owner=0", "--group=0", "--numeric-owner",
                                       "--mtime=@0", "--mode=u+rw,go+r,go-w,a+X", "--format=gnu", "-C",
                                       corpus.rootfs_dir(), "-cf", tmp, "."});
  if (!r.ok()) {
    unlink(tmp.c_str());
    return r.describe("tar of " + corpus.rootfs_dir());
  }
  chmod(tmp.c_str(), 0644);  // rootless services import it as their user
  if (rename(tmp.c_str(), out.c_str()) != 0) return "rename " + tmp + " to " + out + " failed";
  return "";
}

std::string import_images(const ProfileScript& script, const std::string& profile, const Corpus& corpus,
                          const std::string& tarball) {
  for (const auto& img : corpus.images) {
    std::vector<std::string> args = {"import", "--quiet"};
    for (const auto& ch : img.changes) {
      args.push_back("--change");
      args.push_back(ch);
    }
    args.push_back(tarball);
    args.push_back(img.reference());
    const ProcessResult r = script.podman(profile, args, 300);
    if (!r.ok()) return r.describe(profile + ": podman import " + img.reference());
  }
  return "";
}

}  // namespace specconf::capture
