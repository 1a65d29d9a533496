#include "tools/diff/diff_command.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include <nlohmann/json.hpp>

#include "tools/diff/outcome.h"
#include "tools/diff/semantic_diff.h"

namespace specconf::diff {
namespace {

constexpr const char* kUsage =
    "usage: specconf diff EXPECTED ACTUAL\n"
    "  Compares two files, each an OCI spec, a golden record or an engine result, under the rules of\n"
    "  golden/README.md \"Comparison rules\". Exit 0: match; 1: differences (one line each); 2: bad input.\n";

// Returns "" or why the file could not be read.
std::string read_file(const std::string& path, std::string& out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return std::strerror(errno);
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  const bool failed = std::ferror(f);
  const int saved = errno;
  std::fclose(f);
  return failed ? std::strerror(saved) : "";
}

// Returns "" or a one-line reason the file is unusable.
std::string load(const std::string& path, nlohmann::json& doc) {
  std::string text;
  if (std::string err = read_file(path, text); !err.empty()) return "cannot read: " + err;
  try {
    doc = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    return "not JSON (parse error at byte " + std::to_string(e.byte) + ")";
  }
  Outcome outcome;
  return read_outcome(doc, outcome);
}

}  // namespace

int run_diff(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() == 1 && (args[0] == "-h" || args[0] == "--help")) {
    out << kUsage;
    return 0;
  }
  if (args.size() != 2) {
    err << kUsage;
    return 2;
  }
  nlohmann::json docs[2];
  for (int i = 0; i < 2; ++i) {
    if (std::string why = load(args[i], docs[i]); !why.empty()) {
      err << "specconf diff: " << args[i] << ": " << why << "\n";
      return 2;
    }
  }
  const std::vector<Difference> diffs = compare_results(docs[0], docs[1]);
  for (const Difference& d : diffs) out << format_difference(d) << "\n";
  return diffs.empty() ? 0 : 1;
}

int run_diff(const std::vector<std::string>& args) { return run_diff(args, std::cout, std::cerr); }

}  // namespace specconf::diff
