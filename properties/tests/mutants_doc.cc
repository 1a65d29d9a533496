// Prints docs/mutants.md (the kill matrix), or with --write replaces the workspace's copy atomically:
//   bazel run //properties/tests:mutants_doc -- --write
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "properties/tests/kill_matrix.h"

int main(int argc, char** argv) {
  using namespace specconf::props::test;
  const bool write = argc > 1 && std::string(argv[1]) == "--write";
  if (argc > 2 || (argc == 2 && !write)) {
    std::cerr << "usage: mutants_doc [--write]\n";
    return 2;
  }
  const std::string doc = mutants_markdown(compute_kill_matrix(kMatrixCases, kMatrixSeed));
  if (!write) {
    std::cout << doc;
    return 0;
  }
  const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY");
  if (!workspace) {
    std::cerr << "mutants_doc: --write needs `bazel run` (BUILD_WORKSPACE_DIRECTORY is not set)\n";
    return 2;
  }
  const std::string path = std::string(workspace) + "/docs/mutants.md";
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << doc;
    if (!out) {
      std::cerr << "mutants_doc: cannot write " << tmp << "\n";
      return 2;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::cerr << "mutants_doc: cannot replace " << path << "\n";
    return 2;
  }
  std::cerr << "wrote " << path << "\n";
  return 0;
}
