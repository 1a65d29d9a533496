// Go's encoding/json scanner: syntax checking with Go's exact error texts, producing a Tape.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "reference/gojson/tape.h"

namespace specconf::gojson {

enum class ScanMode {
  // json.Unmarshal: the whole input is one value; trailing non-space is an error.
  kUnmarshal,
  // json.NewDecoder(r).Decode(&v), as podman's REST handler reads a request body: only the first value
  // is read and whatever follows it is ignored; EOF errors read "EOF" and "unexpected EOF".
  kDecoder,
};

// Go's scanner refuses nesting deeper than this ("exceeded max depth").
inline constexpr std::size_t kGoMaxNestingDepth = 10000;

// Scans `input` into `tape`. Returns "" on success, or the error text Go would return (for example
// "invalid character 'x' looking for beginning of value" or "unexpected end of JSON input").
std::string scan(std::string_view input, ScanMode mode, Tape& tape);

// Where a scan stopped, as a JSON path into the document (".mounts[2].options"): after a failed scan()
// the tape holds the tokens read so far, and this names the member or element being read at the error.
std::string tape_error_path(const Tape& tape);

// Go's unquote of a scanned string literal body (without quotes): escapes resolved, invalid UTF-8
// bytes and unpaired surrogate escapes replaced by U+FFFD. Exposed for tests.
std::string go_unquote(std::string_view body);

}  // namespace specconf::gojson
