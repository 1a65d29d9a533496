// A byte-at-a-time state machine with the states and error contexts of Go 1.19's encoding/json
// scanner (scanner.go), so that every malformed input fails with the text podman would print.
#include "reference/gojson/scanner.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "reference/gojson/utf8.h"

namespace specconf::gojson {
namespace {

enum class State : std::uint8_t {
  kBeginValueOrEmpty,
  kBeginValue,
  kBeginStringOrEmpty,
  kBeginString,
  kEndValue,
  kEndTop,
  kInString,
  kInStringEsc,
  kInStringEscU,
  kInStringEscU1,
  kInStringEscU12,
  kInStringEscU123,
  kNeg,
  kOne,
  kZero,
  kDot,
  kDot0,
  kE,
  kESign,
  kE0,
  kT,
  kTr,
  kTru,
  kF,
  kFa,
  kFal,
  kFals,
  kN,
  kNu,
  kNul,
  kError,
};

enum class Parse : std::uint8_t { kObjectKey, kObjectValue, kArrayValue };

// Step results that matter to the drivers below (Go's scanEnd, scanError and the rest).
enum class Step : std::uint8_t { kContinue, kEnd, kError };

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_hex(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Go's quoteChar: the offending byte as it appears in error texts. A byte >= 0x80 is shown as the
// rune with that value (Go converts the byte with string(rune(c))), quoted by strconv.Quote's rules.
std::string quote_char(unsigned char c) {
  if (c == '\'') return "'\\''";
  if (c == '"') return "'\"'";
  static const char* hex = "0123456789abcdef";
  std::string s = "'";
  switch (c) {
    case '\a': s += "\\a"; break;
    case '\b': s += "\\b"; break;
    case '\f': s += "\\f"; break;
    case '\n': s += "\\n"; break;
    case '\r': s += "\\r"; break;
    case '\t': s += "\\t"; break;
    case '\v': s += "\\v"; break;
    case '\\': s += "\\\\"; break;
    default:
      if (c < 0x20 || c == 0x7f) {
        s += "\\x";
        s += hex[c >> 4];
        s += hex[c & 0xF];
      } else if (c < 0x80) {
        s += static_cast<char>(c);
      } else if (c < 0xA0 || c == 0xAD) {  // C1 controls, NBSP and soft hyphen are not printable
        s += "\\u00";
        s += hex[c >> 4];
        s += hex[c & 0xF];
      } else {
        append_rune(s, c);
      }
  }
  return s + "'";
}

class Scanner {
 public:
  Scanner(std::string_view in, Tape& tape) : in_(in), tape_(tape) {}

  // Feeds byte i (or a virtual space at end of input when i == in_.size()).
  Step step(std::size_t i, unsigned char c) {
    pos_ = i;
    for (;;) {
      switch (state_) {
        case State::kBeginValueOrEmpty:
          if (is_space(c)) return Step::kContinue;
          if (c == ']') return end_value(c);
          state_ = State::kBeginValue;
          continue;
        case State::kBeginValue:
          return begin_value(c);
        case State::kBeginStringOrEmpty:
          if (is_space(c)) return Step::kContinue;
          if (c == '}') {
            stack_.back() = Parse::kObjectValue;
            return end_value(c);
          }
          state_ = State::kBeginString;
          continue;
        case State::kBeginString:
          if (is_space(c)) return Step::kContinue;
          if (c == '"') {
            state_ = State::kInString;
            start_ = i;
            return Step::kContinue;
          }
          return error(c, "looking for beginning of object key string");
        case State::kEndValue:
          return end_value(c);
        case State::kEndTop:
          // Go complains about a non-space byte after the value, but still reports the value complete.
          if (!is_space(c)) error(c, "after top-level value");
          return Step::kEnd;
        case State::kInString:
          if (c == '"') {
            emit_string(i);
            state_ = State::kEndValue;
            return Step::kContinue;
          }
          if (c == '\\') {
            state_ = State::kInStringEsc;
            return Step::kContinue;
          }
          if (c < 0x20) return error(c, "in string literal");
          return Step::kContinue;
        case State::kInStringEsc:
          switch (c) {
            case 'b': case 'f': case 'n': case 'r': case 't': case '\\': case '/': case '"':
              state_ = State::kInString;
              return Step::kContinue;
            case 'u':
              state_ = State::kInStringEscU;
              return Step::kContinue;
            default:
              return error(c, "in string escape code");
          }
        case State::kInStringEscU:
        case State::kInStringEscU1:
        case State::kInStringEscU12:
        case State::kInStringEscU123:
          if (!is_hex(c)) return error(c, "in \\u hexadecimal character escape");
          state_ = state_ == State::kInStringEscU123 ? State::kInString
                                                     : static_cast<State>(static_cast<int>(state_) + 1);
          return Step::kContinue;
        case State::kNeg:
          if (c == '0') { state_ = State::kZero; return Step::kContinue; }
          if (c >= '1' && c <= '9') { state_ = State::kOne; return Step::kContinue; }
          return error(c, "in numeric literal");
        case State::kOne:
          if (c >= '0' && c <= '9') return Step::kContinue;
          state_ = State::kZero;
          continue;
        case State::kZero:
          if (c == '.') { state_ = State::kDot; return Step::kContinue; }
          if (c == 'e' || c == 'E') { state_ = State::kE; return Step::kContinue; }
          return end_number(i, c);
        case State::kDot:
          if (c >= '0' && c <= '9') { state_ = State::kDot0; return Step::kContinue; }
          return error(c, "after decimal point in numeric literal");
        case State::kDot0:
          if (c >= '0' && c <= '9') return Step::kContinue;
          if (c == 'e' || c == 'E') { state_ = State::kE; return Step::kContinue; }
          return end_number(i, c);
        case State::kE:
          if (c == '+' || c == '-') { state_ = State::kESign; return Step::kContinue; }
          state_ = State::kESign;
          continue;
        case State::kESign:
          if (c >= '0' && c <= '9') { state_ = State::kE0; return Step::kContinue; }
          return error(c, "in exponent of numeric literal");
        case State::kE0:
          if (c >= '0' && c <= '9') return Step::kContinue;
          return end_number(i, c);
        case State::kT: return literal(c, 'r', State::kTr, "in literal true (expecting 'r')");
        case State::kTr: return literal(c, 'u', State::kTru, "in literal true (expecting 'u')");
        case State::kTru: return literal_end(c, 'e', TokenKind::kTrue, "in literal true (expecting 'e')");
        case State::kF: return literal(c, 'a', State::kFa, "in literal false (expecting 'a')");
        case State::kFa: return literal(c, 'l', State::kFal, "in literal false (expecting 'l')");
        case State::kFal: return literal(c, 's', State::kFals, "in literal false (expecting 's')");
        case State::kFals: return literal_end(c, 'e', TokenKind::kFalse, "in literal false (expecting 'e')");
        case State::kN: return literal(c, 'u', State::kNu, "in literal null (expecting 'u')");
        case State::kNu: return literal(c, 'l', State::kNul, "in literal null (expecting 'l')");
        case State::kNul: return literal_end(c, 'l', TokenKind::kNull, "in literal null (expecting 'l')");
        case State::kError:
          return Step::kError;
      }
    }
  }

  bool end_top() const { return end_top_; }
  const std::string& err() const { return err_; }
  bool has_error() const { return state_ == State::kError; }
  bool stack_empty() const { return stack_.empty(); }

 private:
  Step begin_value(unsigned char c) {
    if (is_space(c)) return Step::kContinue;
    switch (c) {
      case '{':
        state_ = State::kBeginStringOrEmpty;
        return push(c, Parse::kObjectKey, TokenKind::kBeginObject);
      case '[':
        state_ = State::kBeginValueOrEmpty;
        return push(c, Parse::kArrayValue, TokenKind::kBeginArray);
      case '"':
        state_ = State::kInString;
        start_ = pos_;
        return Step::kContinue;
      case '-':
        state_ = State::kNeg;
        start_ = pos_;
        return Step::kContinue;
      case '0':
        state_ = State::kZero;
        start_ = pos_;
        return Step::kContinue;
      case 't':
        state_ = State::kT;
        return Step::kContinue;
      case 'f':
        state_ = State::kF;
        return Step::kContinue;
      case 'n':
        state_ = State::kN;
        return Step::kContinue;
      default:
        if (c >= '1' && c <= '9') {
          state_ = State::kOne;
          start_ = pos_;
          return Step::kContinue;
        }
        return error(c, "looking for beginning of value");
    }
  }

  Step push(unsigned char c, Parse p, TokenKind kind) {
    stack_.push_back(p);
    open_.push_back(tape_.tokens.size());
    tape_.tokens.push_back(Token{kind, 0, {}});
    if (stack_.size() > kGoMaxNestingDepth) return error(c, "exceeded max depth");
    return Step::kContinue;
  }

  void pop(TokenKind end_kind) {
    stack_.pop_back();
    const std::size_t open = open_.back();
    open_.pop_back();
    tape_.tokens[open].end = static_cast<std::uint32_t>(tape_.tokens.size());
    tape_.tokens.push_back(Token{end_kind, 0, {}});
    if (stack_.empty()) {
      state_ = State::kEndTop;
      end_top_ = true;
    } else {
      state_ = State::kEndValue;
    }
  }

  Step end_value(unsigned char c) {
    if (stack_.empty()) {
      state_ = State::kEndTop;
      end_top_ = true;
      if (!is_space(c)) error(c, "after top-level value");
      return Step::kEnd;
    }
    if (is_space(c)) {
      state_ = State::kEndValue;
      return Step::kContinue;
    }
    switch (stack_.back()) {
      case Parse::kObjectKey:
        if (c == ':') {
          stack_.back() = Parse::kObjectValue;
          state_ = State::kBeginValue;
          return Step::kContinue;
        }
        return error(c, "after object key");
      case Parse::kObjectValue:
        if (c == ',') {
          stack_.back() = Parse::kObjectKey;
          state_ = State::kBeginString;
          return Step::kContinue;
        }
        if (c == '}') {
          pop(TokenKind::kEndObject);
          return Step::kContinue;
        }
        return error(c, "after object key:value pair");
      case Parse::kArrayValue:
        if (c == ',') {
          state_ = State::kBeginValue;
          return Step::kContinue;
        }
        if (c == ']') {
          pop(TokenKind::kEndArray);
          return Step::kContinue;
        }
        return error(c, "after array element");
    }
    return Step::kError;
  }

  Step end_number(std::size_t i, unsigned char c) {
    tape_.tokens.push_back(Token{TokenKind::kNumber, 0, std::string(in_.substr(start_, i - start_))});
    return end_value(c);
  }

  Step literal(unsigned char c, char want, State next, const char* context) {
    if (c != want) return error(c, context);
    state_ = next;
    return Step::kContinue;
  }

  Step literal_end(unsigned char c, char want, TokenKind kind, const char* context) {
    if (c != want) return error(c, context);
    tape_.tokens.push_back(Token{kind, 0, {}});
    state_ = State::kEndValue;
    return Step::kContinue;
  }

  void emit_string(std::size_t close) {
    const bool is_key = !stack_.empty() && stack_.back() == Parse::kObjectKey;
    tape_.tokens.push_back(Token{is_key ? TokenKind::kKey : TokenKind::kString, 0,
                                 go_unquote(in_.substr(start_ + 1, close - start_ - 1))});
  }

  Step error(unsigned char c, const char* context) {
    state_ = State::kError;
    err_ = "invalid character " + quote_char(c) + " " + context;
    return Step::kError;
  }

  std::string_view in_;
  Tape& tape_;
  State state_ = State::kBeginValue;
  std::vector<Parse> stack_;
  std::vector<std::size_t> open_;
  std::size_t start_ = 0;
  std::size_t pos_ = 0;
  bool end_top_ = false;
  std::string err_;
};

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// Go's getu4: the value of a \uXXXX escape at s[i:], or -1.
long getu4(std::string_view s, std::size_t i) {
  if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return -1;
  long r = 0;
  for (std::size_t k = 2; k < 6; ++k) {
    if (!is_hex(static_cast<unsigned char>(s[i + k]))) return -1;
    r = r * 16 + hex_value(s[i + k]);
  }
  return r;
}

bool is_surrogate(long r) { return r >= 0xD800 && r < 0xE000; }

}  // namespace

std::string go_unquote(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t r = 0; r < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[r]);
    if (c == '\\' && r + 1 < s.size()) {
      switch (s[r + 1]) {
        case 'b': out += '\b'; r += 2; continue;
        case 'f': out += '\f'; r += 2; continue;
        case 'n': out += '\n'; r += 2; continue;
        case 'r': out += '\r'; r += 2; continue;
        case 't': out += '\t'; r += 2; continue;
        case 'u': {
          long rr = getu4(s, r);
          r += 6;
          if (is_surrogate(rr)) {
            const long rr1 = getu4(s, r);
            // Go's utf16.DecodeRune: a high surrogate followed by a low one makes one rune.
            if (rr < 0xDC00 && rr1 >= 0xDC00 && rr1 < 0xE000) {
              append_rune(out, static_cast<char32_t>(((rr - 0xD800) << 10 | (rr1 - 0xDC00)) + 0x10000));
              r += 6;
              continue;
            }
            rr = kRuneError;
          }
          append_rune(out, static_cast<char32_t>(rr));
          continue;
        }
        default:  // '"', '\\', '/'
          out += s[r + 1];
          r += 2;
          continue;
      }
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++r;
      continue;
    }
    const Rune rn = decode_rune(s, r);
    append_rune(out, rn.rune);
    r += rn.size;
  }
  return out;
}

std::string tape_error_path(const Tape& tape) {
  struct Frame {
    bool is_object;
    const std::string* key = nullptr;
    std::size_t started = 0;  // array elements begun
  };
  std::vector<Frame> stack;
  for (const Token& t : tape.tokens) {
    switch (t.kind) {
      case TokenKind::kKey:
        if (!stack.empty()) stack.back().key = &t.text;
        break;
      case TokenKind::kBeginObject:
      case TokenKind::kBeginArray:
        if (!stack.empty() && !stack.back().is_object) ++stack.back().started;
        stack.push_back(Frame{t.kind == TokenKind::kBeginObject});
        break;
      case TokenKind::kEndObject:
      case TokenKind::kEndArray:
        if (!stack.empty()) stack.pop_back();
        break;
      default:
        if (!stack.empty() && !stack.back().is_object) ++stack.back().started;
    }
  }
  std::string path;
  for (std::size_t i = 0; i < stack.size(); ++i) {
    const Frame& f = stack[i];
    if (f.is_object) {
      if (f.key) path += "." + *f.key;
    } else {
      // An element that is itself an open container was counted when it began; a scalar that failed
      // half-way was never emitted, so it is the next one.
      const bool child_open = i + 1 < stack.size();
      path += "[" + std::to_string(child_open ? f.started - 1 : f.started) + "]";
    }
  }
  return path.empty() ? "." : path;
}

std::string scan(std::string_view input, ScanMode mode, Tape& tape) {
  tape.tokens.clear();
  // About one token per six bytes of a request body; reserving spares the tape its early reallocations,
  // each of which moves every token's string. Capped, so that a huge input grows as before.
  tape.tokens.reserve(std::min<std::size_t>(input.size() / 6 + 8, 4096));
  Scanner sc(input, tape);
  if (mode == ScanMode::kUnmarshal) {
    // Go's checkValid followed by scanner.eof().
    for (std::size_t i = 0; i < input.size(); ++i) {
      if (sc.step(i, static_cast<unsigned char>(input[i])) == Step::kError) return sc.err();
    }
    if (sc.has_error()) return sc.err();
    if (sc.end_top()) return "";
    sc.step(input.size(), ' ');
    if (sc.end_top()) return "";
    if (sc.has_error()) return sc.err();
    return "unexpected end of JSON input";
  }
  // Go's Decoder.readValue: stop at the end of the first value.
  for (std::size_t i = 0; i < input.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(input[i]);
    const Step st = sc.step(i, c);
    if (st == Step::kEnd) return "";
    if (st == Step::kError) return sc.err();
    // An object or array at the top level is complete at its closing bracket.
    if (sc.end_top() && (c == '}' || c == ']')) return "";
  }
  if (sc.step(input.size(), ' ') == Step::kEnd) return "";
  for (const char c : input) {
    if (!is_space(static_cast<unsigned char>(c))) return "unexpected EOF";
  }
  return "EOF";
}

}  // namespace specconf::gojson
