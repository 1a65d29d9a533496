// The C++ side of goport's differential test (see oracle.go): `--generate N SEED` prints input lines;
// `--unicode` prints the rune tables as oracle.go -unicode does; without arguments it answers input
// lines with goport.
#include <cstdio>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "reference/goport/filepath.h"
#include "reference/goport/path.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"
#include "reference/goport/unicode.h"

namespace {

namespace goport = specconf::goport;

std::string to_hex(const std::string& s) {
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

std::string from_hex(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i + 1 < s.size(); i += 2) out += static_cast<char>(std::stoi(s.substr(i, 2), nullptr, 16));
  return out;
}

std::string hex_list(const std::vector<std::string>& parts) {
  std::string out = std::to_string(parts.size()) + ' ';
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "," : "") + to_hex(parts[i]);
  return out;
}

template <class T>
std::string result(const std::optional<T>& v, const std::string& error) {
  return v ? "ok " + std::to_string(*v) : "err " + to_hex(error);
}

// Random text over `alphabet`, with the odd multi-byte rune and invalid byte mixed in.
std::string random_text(std::mt19937_64& rng, const std::vector<std::string>& alphabet, std::size_t max_len) {
  static const std::vector<std::string> kExotic = {
      "\xc3\xa9", "\xe2\x80\x8b", "\xef\xbf\xbd", "\xf0\x9f\x98\x80", "\xff", "\xc3", "\xed\xa0\x80",
      "\xc4\xb0", "\xe2\x84\xaa", "\x7f", "\x01", "\n", "\t", "\"", "\\", "\xc2\xad", "\xcd\xb8", "\xf4\x8f\xbf\xbf"};
  std::string out;
  const std::size_t n = rng() % (max_len + 1);
  for (std::size_t i = 0; i < n; ++i) {
    if (rng() % 8 == 0) out += kExotic[rng() % kExotic.size()];
    else out += alphabet[rng() % alphabet.size()];
  }
  return out;
}

void print_input(const std::string& op, const std::string& a, const std::string& b) {
  std::cout << op << " x" << to_hex(a) << " x" << to_hex(b) << '\n';
}

// The inputs storage's differential test used before goport existed, drawn in the same order.
void generate_storage_inputs(std::size_t count, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  const std::vector<std::string> path_chars = {"/", "/", ".", ".", "a", "b", "..", "//", "./"};
  const std::vector<std::string> glob_chars = {"*", "?", "[", "]", "^", "-", "\\", "/", "a", "b", "p", "r", "o", "c"};
  const std::vector<std::string> name_chars = {"/", "a", "b", "p", "r", "o", "c", "-", "]", "*"};
  const std::vector<std::string> word_chars = {"a", "A", "l", "L", "i", "I", "k", "K", "x"};
  const std::vector<std::string> any_chars = {"a", " ", "~", "%", "'", ":", ","};
  const std::vector<std::string> words = {"all", "ignore", "tmpfs", "anonymous", "k", ""};
  const std::vector<std::string> names = {"/proc/acpi", "/proc/kcore", "/sys/firmware", "/proc/sysrq-trigger"};
  for (std::size_t i = 0; i < count; ++i) {
    std::string op, a, b;
    switch (rng() % 6) {
      case 0: op = "quote"; a = random_text(rng, any_chars, 12); break;
      case 1: op = "clean"; a = random_text(rng, path_chars, 10); break;
      case 2: op = "join"; a = random_text(rng, path_chars, 6); b = random_text(rng, path_chars, 6); break;
      case 3:
        op = "match";
        a = random_text(rng, glob_chars, 10);
        b = rng() % 2 ? names[rng() % names.size()] : random_text(rng, name_chars, 10);
        break;
      case 4: op = "lowereq"; a = random_text(rng, word_chars, 4); b = words[rng() % words.size()]; break;
      default: op = "split"; a = random_text(rng, {":", "a", ",", "::"}, 8); b = rng() % 2 ? ":" : ","; break;
    }
    print_input(op, a, b);
  }
}

// Inputs for what the other packages brought: path.Match, SplitN, ToUpper/ToLower, TrimSpace, TrimLeft,
// QuoteToASCII, Atoi and ParseUint.
void generate_goport_inputs(std::size_t count, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  const std::vector<std::string> glob_chars = {"*", "?", "[", "]", "^", "-", "\\", "/", "a", "b", "p", "r", "o", "c"};
  const std::vector<std::string> name_chars = {"/", "a", "b", "p", "r", "o", "c", "-", "]", "*"};
  const std::vector<std::string> case_chars = {"a", "Z", "_", "\xc3\x9f", "\xc7\x85", "\xc9\x90", "\xe2\xb1\xaf",
                                               "\xc5\xbf", "\xc4\xb1", "\xf0\x90\x90\x80", "\xce\xa3", "\xe1\xbe\x80"};
  const std::vector<std::string> space_chars = {" ",  "\t", "\r", "x", "\xc2\xa0", "\xc2\x85", "\xe3\x80\x80",
                                                "\xe2\x80\x89", "\xe2\x80\xa8", "\x1c", "\x80", "\xe3\x80"};
  const std::vector<std::string> cutsets = {" \t", "", "a", "\xc3\xa9", "\xef\xbf\xbd ", "\xff"};
  const std::vector<std::string> number_chars = {"0", "1", "5", "9", "9", "-", "+", "_", "x", " "};
  const std::vector<std::string> big_numbers = {"9223372036854775807", "9223372036854775808", "-9223372036854775808",
                                                "-9223372036854775809", "18446744073709551615", "18446744073709551616",
                                                "4294967295", "4294967296", "99999999999999999999x"};
  for (std::size_t i = 0; i < count; ++i) {
    std::string op, a, b;
    switch (rng() % 9) {
      case 0:
        op = "pathmatch";
        a = random_text(rng, glob_chars, 10);
        b = random_text(rng, name_chars, 10);
        break;
      case 1:
        op = "splitn";
        a = random_text(rng, {":", "a", ",", "::"}, 8);
        b = std::to_string(rng() % 5) + (rng() % 3 == 0 ? "" : ":");  // n + 1, then the separator
        break;
      case 2: op = "upper"; a = random_text(rng, case_chars, 6); break;
      case 3: op = "lower"; a = random_text(rng, case_chars, 6); break;
      case 4: op = "trimspace"; a = random_text(rng, space_chars, 6); break;
      case 5:
        op = "trimleft";
        a = random_text(rng, space_chars, 6);
        b = cutsets[rng() % cutsets.size()];
        break;
      case 6: op = "quoteascii"; a = random_text(rng, case_chars, 6); break;
      case 7:
        op = "atoi";
        a = rng() % 4 ? random_text(rng, number_chars, 21) : big_numbers[rng() % big_numbers.size()];
        break;
      default:
        op = "parseuint";
        a = rng() % 4 ? random_text(rng, number_chars, 21) : big_numbers[rng() % big_numbers.size()];
        b = rng() % 2 ? "32" : "64";
        break;
    }
    print_input(op, a, b);
  }
}

// Every rune's answers, in oracle.go -unicode's format.
void print_unicode() {
  constexpr char32_t kMaxRune = 0x10FFFF;
  const struct {
    const char* name;
    bool (*f)(char32_t);
  } preds[] = {{"letter", goport::is_letter}, {"digit", goport::is_digit}, {"space", goport::is_space},
               {"print", goport::is_print}};
  for (const auto& p : preds) {
    for (char32_t r = 0; r <= kMaxRune; ++r) {
      if (!p.f(r)) continue;
      const char32_t lo = r;
      while (r + 1 <= kMaxRune && p.f(r + 1)) ++r;
      std::printf("%s %X %X\n", p.name, static_cast<unsigned>(lo), static_cast<unsigned>(r));
    }
  }
  const struct {
    const char* name;
    char32_t (*f)(char32_t);
  } maps[] = {{"upper", goport::to_upper}, {"lower", goport::to_lower}};
  for (const auto& m : maps) {
    for (char32_t r = 0; r <= kMaxRune; ++r) {
      const char32_t to = m.f(r);
      if (to != r) std::printf("%s %X %X\n", m.name, static_cast<unsigned>(r), static_cast<unsigned>(to));
    }
  }
}

void answer() {
  std::string line;
  while (std::getline(std::cin, line)) {
    const auto f = goport::split(line, " ");  // op, then each argument as "x" + hex
    const std::string& op = f[0];
    const std::string a = from_hex(f[1].substr(1));
    const std::string b = from_hex(f[2].substr(1));
    std::string error;
    if (op == "quote") {
      std::cout << to_hex(goport::quote(a)) << '\n';
    } else if (op == "clean") {
      std::cout << to_hex(goport::path_clean(a)) << '\n';
    } else if (op == "join") {
      std::cout << to_hex(goport::path_join(a, b)) << '\n';
    } else if (op == "match" || op == "pathmatch") {
      const goport::MatchResult m = op == "match" ? goport::filepath_match(a, b) : goport::path_match(a, b);
      std::cout << (m.matched ? "true" : "false") << ' ' << (m.bad_pattern ? "true" : "false") << '\n';
    } else if (op == "lowereq") {
      std::cout << (goport::lower_equals(a, b) ? "true" : "false") << '\n';
    } else if (op == "split") {
      std::cout << hex_list(goport::split(a, b)) << '\n';
    } else if (op == "splitn") {
      std::cout << hex_list(goport::split_n(a, b.substr(1), (b[0] - '0') - 1)) << '\n';
    } else if (op == "upper") {
      std::cout << to_hex(goport::to_upper(a)) << '\n';
    } else if (op == "lower") {
      std::cout << to_hex(goport::to_lower(a)) << '\n';
    } else if (op == "trimspace") {
      std::cout << to_hex(std::string(goport::trim_space(a))) << '\n';
    } else if (op == "trimleft") {
      std::cout << to_hex(std::string(goport::trim_left(a, b))) << '\n';
    } else if (op == "quoteascii") {
      std::cout << to_hex(goport::quote_to_ascii(a)) << '\n';
    } else if (op == "atoi") {
      const auto v = goport::atoi(a, error);
      std::cout << result(v, error) << '\n';
    } else if (op == "parseuint") {
      const auto v = goport::parse_uint10(a, std::stoi(b), error);
      std::cout << result(v, error) << '\n';
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--generate") {
    const std::size_t count = std::stoul(argv[2]);
    const std::uint64_t seed = std::stoull(argv[3]);
    generate_storage_inputs(count, seed);
    generate_goport_inputs(count, seed + 1);
    return 0;
  }
  if (argc == 2 && std::string(argv[1]) == "--unicode") {
    print_unicode();
    return 0;
  }
  answer();
  return 0;
}
