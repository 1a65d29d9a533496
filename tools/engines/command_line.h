// exec:COMMAND is split into an argv here and run without a shell (docs/engine-protocol.md "Command
// line"): a CI job's engine command must mean the same thing on every machine, and a shell would add
// expansions, globbing and a second quoting layer nobody asked for.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace specconf::engine {

// Words are separated by unquoted blanks (space, tab, newline). Inside a word: '...' is literal;
// "..." is literal except that \" and \\ stand for " and \; outside quotes a backslash takes the next
// character literally. Nothing else is special ($, *, ~, |, ;, > are ordinary characters).
// Returns "" and the words, or one line saying why the command cannot be split.
std::string split_command(std::string_view command, std::vector<std::string>& argv);

}  // namespace specconf::engine
