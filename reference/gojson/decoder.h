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
  // The JSON path (".mounts[2].options") of the value that caused error(), with array indices and map
  // keys that Go's own message leaves out.
  const std::string& error_path() const { return aborted_ ? immediate_path_ : saved_path_; }

  // The JSON path of the value being decoded, maintained by struct, map and array decoding.
  void push_key(std::string_view key) { path_.push_back(PathElem{key, 0, false}); }
  void push_index(std::size_t i) { path_.push_back(PathElem{{}, i, true}); }
  void pop_path() { path_.pop_back(); }

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
  struct PathElem {
    std::string_view key;
    std::size_t index;
    bool is_index;
  };
  std::string current_path() const;
  std::vector<PathElem> path_;
  std::optional<std::string> saved_;
  std::optional<std::string> immediate_;
  std::string saved_path_;
  std::string immediate_path_;
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
