// Runs inputs through the gojson replica and prints results in oracle.go's format, or (with
// --generate N SEED) writes N inputs for both: the curated cases of oracle_inputs.h, then mutations.
#include <iostream>
#include <random>
#include <sstream>
#include <string>

#include "reference/gojson/go_oracle/oracle_inputs.h"
#include "reference/gojson/go_oracle/oracle_struct.h"

namespace {

std::string one_line(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

void emit(std::ostream& os, const std::string& input) { os << input.size() << "\n" << input; }

}  // namespace

int main(int argc, char** argv) {
  using namespace specconf::gojson;
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "--generate") {
    const int n = argc > 2 ? std::stoi(argv[2]) : 1000;
    const unsigned seed = argc > 3 ? static_cast<unsigned>(std::stoul(argv[3])) : 1;
    const auto& curated = oracle::curated_inputs();
    for (const auto& in : curated) emit(std::cout, in);
    std::mt19937 rng(seed);
    for (int k = 0; k < n; ++k) emit(std::cout, oracle::mutate(curated[rng() % curated.size()], rng));
    return 0;
  }
  const ScanMode scan_mode = mode == "--decoder" ? ScanMode::kDecoder : ScanMode::kUnmarshal;
  std::string line;
  while (std::getline(std::cin, line)) {
    const std::size_t n = std::stoul(line);
    std::string buf(n, '\0');
    std::cin.read(buf.data(), static_cast<std::streamsize>(n));
    oracle::Root r;
    const std::string err = go_unmarshal(buf, r, scan_mode);
    if (!err.empty()) {
      std::cout << "err " << one_line(err) << "\n";
    } else {
      std::cout << "ok " << go_marshal(r) << "\n";
    }
  }
  return 0;
}
