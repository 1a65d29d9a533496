// Inputs for the Go differential test: hand-picked cases for every rule, and a mutator that derives
// more from them (byte flips, structural characters, truncation, splices).
#pragma once

#include <random>
#include <string>
#include <vector>

namespace specconf::gojson::oracle {

const std::vector<std::string>& curated_inputs();
std::string mutate(const std::string& seed, std::mt19937& rng);

}  // namespace specconf::gojson::oracle
