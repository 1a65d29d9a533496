#include "reference/process/shell_word.h"

#include <cstdint>
#include <vector>

#include "reference/core/error.h"
#include "reference/gojson/utf8.h"
#include "reference/goport/unicode.h"

namespace specconf::ref {
namespace {

constexpr std::int32_t kEOF = -1;  // text/scanner.EOF

// Go's text/scanner as ProcessWord drives it: Peek and Next over runes, a leading BOM skipped, each
// invalid byte read as U+FFFD.
class RuneScanner {
 public:
  explicit RuneScanner(std::string_view s) : s_(s) {
    if (s_.size() >= 3) {
      const gojson::Rune first = gojson::decode_rune(s_, 0);
      if (first.rune == 0xFEFF) pos_ = first.size;
    }
  }
  std::int32_t peek() const {
    return pos_ >= s_.size() ? kEOF : static_cast<std::int32_t>(gojson::decode_rune(s_, pos_).rune);
  }
  std::int32_t next() {
    if (pos_ >= s_.size()) return kEOF;
    const gojson::Rune r = gojson::decode_rune(s_, pos_);
    pos_ += r.size;
    return static_cast<std::int32_t>(r.rune);
  }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
};

// One suspended Go call: processStopOn(EOF) at the bottom, processStopOn('}') for ${NAME:<mod>...},
// processDoubleQuote for "...". Every frame's result is the tail of `out` from `start` on, because a
// callee's result is always appended to its caller's.
struct Frame {
  enum Kind { kWord, kBrace, kDoubleQuote } kind;
  std::size_t start;
  std::string name;           // kBrace
  std::int32_t modifier = 0;  // kBrace
};

class ShellWord {
 public:
  ShellWord(std::string_view word, const env::EnvMap& env, ExpansionBudget& budget)
      : word_(word), env_(env), budget_(budget), sc_(word) {}

  std::string process() {
    stack_.push_back(Frame{Frame::kWord, 0, {}, 0});
    while (true) {
      if (stack_.back().kind == Frame::kDoubleQuote) {
        double_quote_step();
        continue;
      }
      if (stop_on_step()) return std::move(out_);
    }
  }

 private:
  void append(std::int32_t ch) { gojson::append_rune(out_, static_cast<char32_t>(ch)); }

  void append(const std::string& text) {
    if (text.size() > budget_.remaining) fail(kExpansionBudgetError);
    budget_.remaining -= text.size();
    out_ += text;
  }

  // shellWord.getEnv
  std::string get_env(const std::string& name) const {
    const auto it = env_.find(name);
    return it == env_.end() ? std::string() : it->second;
  }

  // One iteration of processStopOn's loop; true when the bottom frame has reached the end.
  bool stop_on_step() {
    Frame& f = stack_.back();
    std::int32_t ch = sc_.peek();
    if (ch == kEOF) return at_end();
    if (f.kind == Frame::kBrace && ch == '}') {
      sc_.next();
      finish_brace();
      return false;
    }
    switch (ch) {
      case '\'': single_quote(); return false;
      case '"':
        sc_.next();
        stack_.push_back(Frame{Frame::kDoubleQuote, out_.size(), {}, 0});
        return false;
      case '$': dollar(); return false;
      default: break;
    }
    ch = sc_.next();
    if (ch == '\\') {
      ch = sc_.next();  // '\' escapes, except at the end of the word
      if (ch == kEOF) return at_end();
    }
    append(ch);
    return false;
  }

  bool at_end() {
    if (stack_.back().kind == Frame::kWord) return true;
    fail("unexpected end of statement while looking for matching }");
  }

  // shellWord.processSingleQuote
  void single_quote() {
    sc_.next();
    while (true) {
      const std::int32_t ch = sc_.next();
      if (ch == '\'') return;
      if (ch == kEOF) fail("unexpected end of statement while looking for matching single-quote");
      append(ch);
    }
  }

  // One iteration of shellWord.processDoubleQuote's loop.
  void double_quote_step() {
    std::int32_t ch = sc_.peek();
    if (ch == '"') {
      sc_.next();
      stack_.pop_back();
      return;
    }
    if (ch == kEOF) fail("unexpected end of statement while looking for matching double-quote");
    if (ch == '$') {
      dollar();
      return;
    }
    ch = sc_.next();
    if (ch == '\\') {
      const std::int32_t next = sc_.peek();
      if (next == kEOF) return;  // a '\' at the end is dropped, then the missing quote is reported
      if (next == '"' || next == '$' || next == '\\') ch = sc_.next();
    }
    append(ch);
  }

  // shellWord.processDollar
  void dollar() {
    sc_.next();
    if (sc_.peek() == '{') {
      sc_.next();
      std::string name = process_name();
      const std::int32_t ch = sc_.peek();
      if (ch == '}') {
        sc_.next();
        append(get_env(name));
        return;
      }
      if (ch == ':') {
        sc_.next();
        const std::int32_t modifier = sc_.next();
        stack_.push_back(Frame{Frame::kBrace, out_.size(), std::move(name), modifier});
        return;
      }
      fail("Missing ':' in substitution: " + std::string(word_));
    }
    const std::string name = process_name();
    if (name.empty()) {
      append(std::string("$"));
    } else {
      append(get_env(name));
    }
  }

  // The end of processDollar's ${NAME:<mod>word} branch, once processStopOn('}') returned the word.
  void finish_brace() {
    const Frame f = std::move(stack_.back());
    stack_.pop_back();
    const std::string value = get_env(f.name);
    switch (f.modifier) {
      case '+':
        if (value.empty()) out_.resize(f.start);  // else the word already in place is the result
        return;
      case '-':
        if (!value.empty()) {
          out_.resize(f.start);
          append(value);
        }
        return;
      default: {
        std::string mod;
        gojson::append_rune(mod, static_cast<char32_t>(f.modifier));  // fmt's %c
        fail("Unsupported modifier (" + mod + ") in substitution: " + std::string(word_));
      }
    }
  }

  // shellWord.processName: letters, digits and '_'; a leading digit is a name by itself.
  std::string process_name() {
    std::string name;
    for (std::int32_t ch = sc_.peek(); ch != kEOF; ch = sc_.peek()) {
      const auto r = static_cast<char32_t>(ch);
      if (name.empty() && goport::is_digit(r)) {
        gojson::append_rune(name, static_cast<char32_t>(sc_.next()));
        return name;
      }
      if (!goport::is_letter(r) && !goport::is_digit(r) && ch != '_') break;
      gojson::append_rune(name, static_cast<char32_t>(sc_.next()));
    }
    return name;
  }

  std::string_view word_;
  const env::EnvMap& env_;
  ExpansionBudget& budget_;
  RuneScanner sc_;
  std::vector<Frame> stack_;
  std::string out_;
};

}  // namespace

std::string process_word(std::string_view word, const env::EnvMap& env, ExpansionBudget& budget) {
  return ShellWord(word, env, budget).process();
}

}  // namespace specconf::ref
