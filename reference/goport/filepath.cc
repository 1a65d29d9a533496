#include "reference/goport/filepath.h"

#include "reference/goport/glob.h"

namespace specconf::goport {

// filepath.Abs (Go 1.19) on Linux: Clean of an absolute path, else Join(cwd, path).
std::string filepath_abs(std::string_view p, std::string_view cwd) {
  if (path_is_abs(p)) return path_clean(p);
  return path_join(cwd, p);
}

// filepath.Match (Go 1.19) on Linux
MatchResult filepath_match(std::string_view pattern, std::string_view name) {
  return glob::match(pattern, name, glob::RestOfPattern::kIgnore);
}

}  // namespace specconf::goport
