// Temporary stand-alone `specconf diff` until the lead wires run_diff into the specconf binary.
#include <string>
#include <vector>

#include "tools/diff/diff_command.h"

int main(int argc, char** argv) {
  return specconf::diff::run_diff(std::vector<std::string>(argv + 1, argv + argc));
}
