#include "reference/goport/glob.h"

#include "reference/gojson/utf8.h"

namespace specconf::goport::glob {
namespace {

struct Chunk {
  bool star = false;
  std::string_view chunk;
  std::string_view rest;
};

// path.scanChunk (Go 1.19)
Chunk scan_chunk(std::string_view pattern) {
  Chunk c;
  while (!pattern.empty() && pattern[0] == '*') {
    pattern.remove_prefix(1);
    c.star = true;
  }
  bool inrange = false;
  std::size_t i = 0;
  for (; i < pattern.size(); ++i) {
    const char ch = pattern[i];
    if (ch == '\\') {
      if (i + 1 < pattern.size()) ++i;  // a trailing backslash is reported by matchChunk
    } else if (ch == '[') {
      inrange = true;
    } else if (ch == ']') {
      inrange = false;
    } else if (ch == '*' && !inrange) {
      break;
    }
  }
  c.chunk = pattern.substr(0, i);
  c.rest = pattern.substr(i);
  return c;
}

struct Esc {
  char32_t r = 0;
  std::string_view rest;
  bool bad = false;
};

// path.getEsc (Go 1.19)
Esc get_esc(std::string_view chunk) {
  Esc e;
  if (chunk.empty() || chunk[0] == '-' || chunk[0] == ']') {
    e.bad = true;
    return e;
  }
  if (chunk[0] == '\\') {
    chunk.remove_prefix(1);
    if (chunk.empty()) {
      e.bad = true;
      return e;
    }
  }
  const gojson::Rune r = gojson::decode_rune(chunk, 0);
  e.r = r.rune;
  if (r.rune == gojson::kRuneError && r.size == 1) e.bad = true;
  e.rest = chunk.substr(r.size);
  if (e.rest.empty()) e.bad = true;
  return e;
}

struct ChunkMatch {
  std::string_view rest;
  bool ok = false;
  bool bad = false;
};

// path.matchChunk (Go 1.19): after a mismatch it keeps scanning the chunk only to find syntax errors.
ChunkMatch match_chunk(std::string_view chunk, std::string_view s) {
  bool failed = false;
  while (!chunk.empty()) {
    if (!failed && s.empty()) failed = true;
    const char c = chunk[0];
    if (c == '[') {
      char32_t r = 0;
      if (!failed) {
        const gojson::Rune d = gojson::decode_rune(s, 0);
        r = d.rune;
        s.remove_prefix(d.size);
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
        Esc lo = get_esc(chunk);
        if (lo.bad) return {{}, false, true};
        chunk = lo.rest;
        char32_t hi = lo.r;
        if (chunk[0] == '-') {
          Esc h = get_esc(chunk.substr(1));
          if (h.bad) return {{}, false, true};
          hi = h.r;
          chunk = h.rest;
        }
        if (lo.r <= r && r <= hi) match = true;
        ++nrange;
      }
      if (match == negated) failed = true;
    } else if (c == '?') {
      if (!failed) {
        if (s[0] == '/') failed = true;
        s.remove_prefix(gojson::decode_rune(s, 0).size);
      }
      chunk.remove_prefix(1);
    } else {
      if (c == '\\') {
        chunk.remove_prefix(1);
        if (chunk.empty()) return {{}, false, true};
      }
      if (!failed) {
        if (chunk[0] != s[0]) failed = true;
        s.remove_prefix(1);
      }
      chunk.remove_prefix(1);
    }
  }
  if (failed) return {{}, false, false};
  return {s, true, false};
}

// The tail of path.Match (Go 1.19) before it returns false: a syntax error anywhere in the rest of the
// pattern turns the mismatch into ErrBadPattern.
MatchResult mismatch(std::string_view pattern, RestOfPattern rest) {
  if (rest == RestOfPattern::kCheck) {
    while (!pattern.empty()) {
      const Chunk c = scan_chunk(pattern);
      pattern = c.rest;
      if (match_chunk(c.chunk, "").bad) return {false, true};
    }
  }
  return {false, false};
}

}  // namespace

// path.Match and filepath.Match (Go 1.19)
MatchResult match(std::string_view pattern, std::string_view name, RestOfPattern rest) {
  while (!pattern.empty()) {
    const Chunk c = scan_chunk(pattern);
    pattern = c.rest;
    if (c.star && c.chunk.empty()) return {name.find('/') == std::string_view::npos, false};
    const ChunkMatch m = match_chunk(c.chunk, name);
    if (m.ok && (m.rest.empty() || !pattern.empty())) {
      name = m.rest;
      continue;
    }
    if (m.bad) return {false, true};
    bool advanced = false;
    if (c.star) {
      for (std::size_t i = 0; i < name.size() && name[i] != '/'; ++i) {
        const ChunkMatch t = match_chunk(c.chunk, name.substr(i + 1));
        if (t.ok) {
          if (pattern.empty() && !t.rest.empty()) continue;
          name = t.rest;
          advanced = true;
          break;
        }
        if (t.bad) return {false, true};
      }
    }
    if (!advanced) return mismatch(pattern, rest);
  }
  return {name.empty(), false};
}

}  // namespace specconf::goport::glob
