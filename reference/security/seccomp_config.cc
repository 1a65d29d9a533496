#include "reference/security/seccomp_config.h"

#include "reference/core/error.h"
#include "reference/core/error_texts.h"
#include "reference/core/host_fs.h"
#include "reference/security/default_profile.h"
#include "reference/goport/path.h"
#include "reference/goport/strconv.h"
#include "reference/security/seccomp_convert.h"
#include "reference/security/security.h"

namespace specconf::ref {
namespace {

// os.ReadFile(path) against HostProfile.files: open follows symlinks, a relative path is taken from the
// service's working directory, and reading a directory fails with EISDIR. A listed file without
// recorded content reads as empty. The text stays owned by the profile.
const std::string& read_host_file(const host::HostProfile& h, const std::string& path) {
  const std::string abs = goport::path_clean(path[0] == '/' ? path : h.cwd + "/" + path);
  const StatResult st = host_stat(h, abs);
  if (!st.ok()) fail(path_error("open", path, st.errno_text));
  if (st.fact->type == "dir") fail(path_error("read", path, "is a directory"));
  static const std::string empty;
  return st.fact->content ? *st.fact->content : empty;
}

// common/pkg/seccomp: LoadProfile, or its stub in a build without the seccomp tag.
std::optional<oci::LinuxSeccomp> load_profile(const std::string& body, const std::vector<std::string>& bounding,
                                              const host::HostProfile& h) {
  if (!h.seccomp.supported) fail(kSeccompNotSupported);
  return seccomp::load_profile(body, bounding, h.seccomp.native_arch);
}

}  // namespace

SeccompPolicy lookup_seccomp_policy(const std::string& policy) {
  if (policy.empty() || policy == "default") return SeccompPolicy::kDefault;
  if (policy == "image") return SeccompPolicy::kImage;
  fail("invalid seccomp policy " + goport::quote(policy) + ": valid policies are " +
       goport::quote_ascii_list({"default", "image"}));
}

std::optional<oci::LinuxSeccomp> get_seccomp_config(const specgen::SpecGenerator& s,
                                                    const std::vector<std::string>& bounding, const host::Image* image,
                                                    const host::HostProfile& h) {
  if (lookup_seccomp_policy(s.seccomp_policy) == SeccompPolicy::kImage) {
    if (image == nullptr) fail("cannot read seccomp profile without a valid image");
    const auto& labels = image->config.labels;
    const auto it = labels.find(kSeccompImageLabel);
    if (it == labels.end() || it->second.empty()) fail("no seccomp policy defined by image");
    return wrap_errors("loading seccomp profile failed", [&] { return load_profile(it->second, bounding, h); });
  }
  if (!s.seccomp_profile_path.empty()) {
    const std::string* body = nullptr;
    wrap_errors("opening seccomp profile failed", [&] { body = &read_host_file(h, s.seccomp_profile_path); });
    return wrap_errors("loading seccomp profile (" + s.seccomp_profile_path + ") failed",
                       [&] { return load_profile(*body, bounding, h); });
  }
  // GetDefaultProfile: setupSeccomp(DefaultProfile()), the same value the embedded JSON decodes to.
  return wrap_errors("loading seccomp profile () failed",
                     [&] { return load_profile(seccomp::default_profile_json(), bounding, h); });
}

std::string default_seccomp_path(const host::HostProfile& h) {
  if (!h.containers_conf.seccomp_profile.empty()) return h.containers_conf.seccomp_profile;
  for (const char* path : {kSeccompOverridePath, kSeccompDefaultPath}) {
    const StatResult st = host_stat(h, path);
    if (st.ok()) return path;
    if (st.errno_text != errors::kENOENT) fail(path_error("stat", path, st.errno_text));
  }
  return "";
}

}  // namespace specconf::ref
