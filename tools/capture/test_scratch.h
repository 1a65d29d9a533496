// A fresh directory for one test, inside Bazel's per-test TEST_TMPDIR (cleaned by Bazel), else /tmp.
#pragma once

#include <cstdlib>
#include <string>
#include <vector>

namespace specconf::capture {

inline std::string scratch_dir(const std::string& name) {
  const char* base = std::getenv("TEST_TMPDIR");
  std::string tmpl = std::string(base && *base ? base : "/tmp") + "/" + name + ".XXXXXX";
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  const char* made = mkdtemp(buf.data());
  return made ? made : "";
}

}  // namespace specconf::capture
