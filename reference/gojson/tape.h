// A JSON document as Go's encoding/json decoder sees it, flattened into a token tape.
//
// nlohmann::json (used elsewhere in specconf for generic JSON) cannot stand in for Go here: it merges
// duplicate keys, sorts them, forgets a number's literal text and rejects invalid UTF-8 inside strings,
// all of which Go keeps or tolerates and podman's output depends on. The tape keeps object members in
// document order with duplicates, numbers as their literal text, and strings already unquoted by Go's
// rules, so typed decoding (decode.h) can replay Go's semantics exactly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace specconf::gojson {

enum class TokenKind : std::uint8_t {
  kNull,
  kTrue,
  kFalse,
  kNumber,  // text: the literal as written
  kString,  // text: the unquoted value
  kKey,     // text: the unquoted object key; the member's value follows
  kBeginObject,
  kEndObject,
  kBeginArray,
  kEndArray,
};

struct Token {
  TokenKind kind;
  // For kBeginObject / kBeginArray: index of the matching end token, so a value can be skipped in O(1).
  std::uint32_t end = 0;
  std::string text;
};

struct Tape {
  std::vector<Token> tokens;
};

}  // namespace specconf::gojson
