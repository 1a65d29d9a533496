// The state of one Go-style decode: a cursor over the tape, Go's error context (innermost struct and
// field path), and Go's two kinds of error: "saved" (type mismatches: the first is kept, decoding goes
// on) and "immediate" (returned by an UnmarshalJSON/UnmarshalText method: decoding stops at once).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reference/gojson/tape.h"

namespace specconf::gojson {

class Decoder {
 public:
  explicit Decoder(const Tape& tape) : tokens_(tape.tokens) {}

  const Token& peek() const { return tokens_[pos_]; }
  void advance() { ++pos_; }
  // Skips the value at the cursor (a whole object or array in one step).
  void skip_value() {
    const Token& t = tokens_[pos_];
    pos_ = (t.kind == TokenKind::kBeginObject || t.kind == TokenKind::kBeginArray) ? t.end + 1 : pos_ + 1;
  }

  // Go's saveError(&UnmarshalTypeError{Value: value, Type: type}) with addErrorContext.
  void type_error(std::string_view value, const std::string& type);
  // Go's saveError(err) for an error that is not an UnmarshalTypeError.
  void save_error(std::string message);
  // An error returned (not saved) by a value's own unmarshaler: Go stops decoding and returns it.
  void abort(std::string message);
  bool aborted() const { return aborted_; }

  // The error Go's Decode/Unmarshal would return, if any.
  std::optional<std::string> error() const;

  // Error context, maintained by struct decoding (Go's errorContext).
  struct Context {
    std::size_t depth;
    std::string_view struct_name;
  };
  Context enter_field(std::string_view struct_name, std::string_view field) {
    Context saved{field_stack_.size(), struct_name_};
    field_stack_.push_back(field);
    struct_name_ = struct_name;
    return saved;
  }
  void leave_field(const Context& c) {
    field_stack_.resize(c.depth);
    struct_name_ = c.struct_name;
  }

 private:
  const std::vector<Token>& tokens_;
  std::size_t pos_ = 0;
  std::vector<std::string_view> field_stack_;
  std::string_view struct_name_;
  std::optional<std::string> saved_;
  std::optional<std::string> immediate_;
  bool aborted_ = false;
};

// strconv.ParseInt(s, 10, 64) / ParseUint(s, 10, 64) followed by reflect's OverflowInt/OverflowUint for
// a destination of `bits` bits: false when Go's decoder would report "number <s>".
bool go_parse_int(std::string_view s, int bits, std::int64_t& out);
bool go_parse_uint(std::string_view s, int bits, std::uint64_t& out);

// Go 1.19 encoding/json's case-insensitive field match (fold.go): ASCII case folding, plus the Kelvin
// sign and long s for field names that contain k or s.
bool go_fold_equal(std::string_view field_name, std::string_view key);

}  // namespace specconf::gojson
