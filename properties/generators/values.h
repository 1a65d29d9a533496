// Vocabulary the generators draw from: capability names, free-text tokens (valid UTF-8, some
// multi-byte), numbers at podman's edges.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace specconf::props::gen {

// CAP_CHOWN (0) .. CAP_CHECKPOINT_RESTORE (40), by number: gocapability's list.
const std::vector<std::string>& cap_names();

// The cap's number, or -1 for a name not in cap_names().
int cap_number(const std::string& name);

// How requests and containers.conf spell caps: canonical, bare, lower case, ALL/all, unknown.
std::vector<std::string> cap_spellings();

// Short free-text tokens for names, values and hostnames; all valid UTF-8, none with NUL.
std::vector<std::string> text_tokens();

}  // namespace specconf::props::gen
