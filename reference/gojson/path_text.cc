#include "reference/gojson/path_text.h"

namespace specconf::gojson {

std::string shown_path(std::string_view path, std::size_t max) {
  if (path.size() <= max) return std::string(path);
  const std::size_t head = max / 2;
  const std::size_t tail = max / 4;
  return std::string(path.substr(0, head)) + "...(" + std::to_string(path.size() - head - tail) +
         " bytes)..." + std::string(path.substr(path.size() - tail));
}

}  // namespace specconf::gojson
