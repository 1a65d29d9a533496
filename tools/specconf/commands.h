// The subcommands of the specconf CLI; main.cc dispatches to them.
#pragma once

#include <string>
#include <vector>

namespace specconf::cli {

int run_generate(const std::vector<std::string>& args);
extern const char* const kGenerateHelp;

int run_list(const std::vector<std::string>& args);
extern const char* const kListHelp;

int run_check(const std::vector<std::string>& args);
extern const char* const kCheckHelp;

int run_conform(const std::vector<std::string>& args);
extern const char* const kConformHelp;

int run_campaign(const std::vector<std::string>& args);
extern const char* const kCampaignHelp;

}  // namespace specconf::cli
