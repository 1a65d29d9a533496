#include "reference/core/go_path.h"

#include <vector>

#include "reference/gojson/utf8.h"

namespace specconf::ref {

std::string go_path_clean(std::string_view p) {
  if (p.empty()) return ".";
  const bool rooted = p[0] == '/';
  std::vector<std::string_view> parts;
  std::size_t i = 0;
  while (i < p.size()) {
    while (i < p.size() && p[i] == '/') ++i;
    std::size_t j = i;
    while (j < p.size() && p[j] != '/') ++j;
    const std::string_view part = p.substr(i, j - i);
    i = j;
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty() && parts.back() != "..") {
        parts.pop_back();
      } else if (!rooted) {
        parts.push_back(part);  // a relative path keeps leading ".."
      }
      continue;
    }
    parts.push_back(part);
  }
  std::string out = rooted ? "/" : "";
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k) out += '/';
    out.append(parts[k]);
  }
  return out.empty() ? "." : out;
}

namespace {

using gojson::decode_rune;

// Go's path.Match scanChunk / matchChunk, on byte strings with UTF-8 runes.
struct Chunk {
  bool star;
  std::string_view chunk;
  std::string_view rest;
};

Chunk scan_chunk(std::string_view pattern) {
  bool star = false;
  while (!pattern.empty() && pattern[0] == '*') {
    pattern.remove_prefix(1);
    star = true;
  }
  bool in_range = false;
  std::size_t i = 0;
  for (; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      if (i + 1 < pattern.size()) ++i;
    } else if (c == '[') {
      in_range = true;
    } else if (c == ']') {
      in_range = false;
    } else if (c == '*' && !in_range) {
      break;
    }
  }
  return {star, pattern.substr(0, i), pattern.substr(i)};
}

// Returns the rest of s after matching chunk, ok=false on no match; bad=true on a malformed pattern.
bool match_chunk(std::string_view chunk, std::string_view s, std::string_view& rest, bool& bad) {
  bool failed = false;  // keep scanning the pattern for syntax errors after a mismatch, as Go does
  while (!chunk.empty()) {
    if (!failed && s.empty()) failed = true;
    switch (chunk[0]) {
      case '[': {
        char32_t r = 0;
        if (!failed) {
          const auto rn = decode_rune(s, 0);
          r = rn.rune;
          s.remove_prefix(rn.size);
        }
        chunk.remove_prefix(1);
        bool negated = false;
        if (!chunk.empty() && chunk[0] == '^') {
          negated = true;
          chunk.remove_prefix(1);
        }
        bool match = false;
        int nrange = 0;
        for (;;) {
          if (!chunk.empty() && chunk[0] == ']' && nrange > 0) {
            chunk.remove_prefix(1);
            break;
          }
          // getEsc
          const auto get_esc = [&](char32_t& out) -> bool {
            if (chunk.empty() || chunk[0] == '-' || chunk[0] == ']') return false;
            if (chunk[0] == '\\') {
              chunk.remove_prefix(1);
              if (chunk.empty()) return false;
            }
            const auto rn = decode_rune(chunk, 0);
            if (rn.rune == gojson::kRuneError && rn.size == 1) return false;
            out = rn.rune;
            chunk.remove_prefix(rn.size);
            return !(chunk.empty());
          };
          char32_t lo = 0, hi = 0;
          if (!get_esc(lo)) {
            bad = true;
            return false;
          }
          hi = lo;
          if (chunk[0] == '-') {
            chunk.remove_prefix(1);
            if (!get_esc(hi)) {
              bad = true;
              return false;
            }
          }
          if (lo <= r && r <= hi) match = true;
          ++nrange;
        }
        if (match == negated) failed = true;
        break;
      }
      case '?':
        if (!failed) {
          if (s[0] == '/') failed = true;
          const auto rn = decode_rune(s, 0);
          s.remove_prefix(rn.size);
        }
        chunk.remove_prefix(1);
        break;
      case '\\':
        chunk.remove_prefix(1);
        if (chunk.empty()) {
          bad = true;
          return false;
        }
        [[fallthrough]];
      default:
        if (!failed) {
          if (chunk[0] != s[0]) failed = true;
          s.remove_prefix(1);
        }
        chunk.remove_prefix(1);
    }
  }
  if (failed) return false;
  rest = s;
  return true;
}

}  // namespace

bool go_path_match(std::string_view pattern, std::string_view name, bool* bad_pattern) {
  bool bad = false;
  const auto finish = [&](bool v) {
    if (bad_pattern) *bad_pattern = bad;
    return bad ? false : v;
  };
Pattern:
  while (!pattern.empty()) {
    const Chunk c = scan_chunk(pattern);
    pattern = c.rest;
    if (c.star && c.chunk.empty()) {
      // Trailing * matches the rest of the string unless it has a /.
      return finish(name.find('/') == std::string_view::npos);
    }
    std::string_view t;
    const bool ok = match_chunk(c.chunk, name, t, bad);
    if (bad) return finish(false);
    if (ok && (t.empty() || !pattern.empty())) {
      name = t;
      continue;
    }
    if (c.star) {
      // Look for a match skipping i+1 bytes; cannot skip /.
      for (std::size_t i = 0; i < name.size() && name[i] != '/'; ++i) {
        std::string_view t2;
        const bool ok2 = match_chunk(c.chunk, name.substr(i + 1), t2, bad);
        if (bad) return finish(false);
        if (ok2) {
          if (pattern.empty() && !t2.empty()) continue;
          name = t2;
          goto Pattern;
        }
      }
    }
    // Before returning false with no error, check that the remainder of the pattern is syntactically valid.
    while (!pattern.empty()) {
      const Chunk c2 = scan_chunk(pattern);
      pattern = c2.rest;
      std::string_view dummy;
      match_chunk(c2.chunk, "", dummy, bad);
      if (bad) return finish(false);
    }
    return finish(false);
  }
  return finish(name.empty());
}

}  // namespace specconf::ref
