// Temporary entry point until the lead wires run_capture and run_probe into the specconf binary:
//   specconf_capture capture [...]   specconf_capture probe [...]
#include <iostream>
#include <string>
#include <vector>

#include "tools/capture/capture_command.h"
#include "tools/capture/probe_command.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args[0] == "capture") return specconf::capture::run_capture({args.begin() + 1, args.end()});
  if (!args.empty() && args[0] == "probe") return specconf::capture::run_probe({args.begin() + 1, args.end()});
  std::cerr << "usage: specconf_capture capture|probe [flags]\n";
  return 2;
}
