#include "reference/goport/path.h"

#include "reference/goport/glob.h"

namespace specconf::goport {

// path.Clean (Go 1.19), step for step: Go's lazybuf becomes a string that is cut back on "..".
std::string path_clean(std::string_view path) {
  if (path.empty()) return ".";
  const bool rooted = path[0] == '/';
  const std::size_t n = path.size();
  std::string out;
  out.reserve(n);
  std::size_t r = 0;
  std::size_t dotdot = 0;  // where out can no longer be backtracked by ".."
  if (rooted) {
    out += '/';
    r = dotdot = 1;
  }
  while (r < n) {
    if (path[r] == '/') {
      ++r;
    } else if (path[r] == '.' && (r + 1 == n || path[r + 1] == '/')) {
      ++r;
    } else if (path[r] == '.' && path[r + 1] == '.' && (r + 2 == n || path[r + 2] == '/')) {
      r += 2;
      if (out.size() > dotdot) {
        std::size_t w = out.size() - 1;  // back up to the '/' before the last element, excluding it
        while (w > dotdot && out[w] != '/') --w;
        out.resize(w);
      } else if (!rooted) {
        if (!out.empty()) out += '/';
        out += "..";
        dotdot = out.size();
      }
    } else {
      if ((rooted && out.size() != 1) || (!rooted && !out.empty())) out += '/';
      for (; r < n && path[r] != '/'; ++r) out += path[r];
    }
  }
  if (out.empty()) return ".";
  return out;
}

// path.Join (Go 1.19)
std::string path_join(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return "";
  if (a.empty()) return path_clean(b);
  if (b.empty()) return path_clean(a);
  std::string joined(a);
  joined += '/';
  joined += b;
  return path_clean(joined);
}

// path.Match (Go 1.19)
MatchResult path_match(std::string_view pattern, std::string_view name) {
  return glob::match(pattern, name, glob::RestOfPattern::kCheck);
}

// path.Base (Go 1.19)
std::string path_base(std::string_view p) {
  if (p.empty()) return ".";
  while (!p.empty() && p.back() == '/') p.remove_suffix(1);
  if (const std::size_t i = p.rfind('/'); i != std::string_view::npos) p.remove_prefix(i + 1);
  return p.empty() ? "/" : std::string(p);
}

}  // namespace specconf::goport
