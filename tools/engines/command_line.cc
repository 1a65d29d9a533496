#include "tools/engines/command_line.h"

namespace specconf::engine {

std::string split_command(std::string_view command, std::vector<std::string>& argv) {
  argv.clear();
  std::string word;
  bool in_word = false;  // a word has started (an empty '' is a word too)
  for (std::size_t i = 0; i < command.size(); ++i) {
    const char c = command[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) argv.push_back(std::move(word));
      word.clear();
      in_word = false;
      continue;
    }
    in_word = true;
    if (c == '\\') {
      if (++i == command.size()) return "the command ends with a lone backslash";
      word += command[i];
    } else if (c == '\'') {
      const std::size_t end = command.find('\'', i + 1);
      if (end == std::string_view::npos) return "unterminated ' in the command";
      word.append(command.substr(i + 1, end - i - 1));
      i = end;
    } else if (c == '"') {
      for (++i;; ++i) {
        if (i == command.size()) return "unterminated \" in the command";
        if (command[i] == '"') break;
        if (command[i] == '\\' && i + 1 < command.size() && (command[i + 1] == '"' || command[i + 1] == '\\')) ++i;
        word += command[i];
      }
    } else {
      word += c;
    }
  }
  if (in_word) argv.push_back(std::move(word));
  if (argv.empty()) return "the command is empty";
  return "";
}

}  // namespace specconf::engine
