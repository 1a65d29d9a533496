// The subcommands of the specconf CLI; main.cc dispatches to them.
#pragma once

#include <string>
#include <vector>

namespace specconf::cli {

int run_generate(const std::vector<std::string>& args);
extern const char* const kGenerateHelp;

}  // namespace specconf::cli
