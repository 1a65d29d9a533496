#include "fuzz/common/vocabulary.h"

#include <cstdio>
#include <cstdlib>

namespace specconf::fuzz {

Vocabulary Vocabulary::parse(std::string_view text) {
  const auto fail = [](const char* why) {
    std::fprintf(stderr, "fuzz vocabulary: %s\n", why);
    std::abort();
  };
  const nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object()) fail("not a JSON object");
  Vocabulary v;
  for (const char* part : {"fields", "enums", "samples"}) {
    const auto it = doc.find(part);
    if (it == doc.end() || !it->is_object()) fail("missing object member");
    for (const auto& [key, value] : it->items()) {
      if (!value.is_array() || value.empty()) fail("every entry must be a non-empty array");
    }
  }
  v.fields = doc["fields"];
  v.enums = doc["enums"];
  v.samples = doc["samples"];
  for (const auto& k : doc.value("lists", nlohmann::json::array())) {
    if (!k.is_string() || !v.enums.contains(k.get<std::string>())) fail("a list key without enum values");
    v.lists.insert(k.get<std::string>());
  }
  v.numbers = doc.value("numbers", nlohmann::json::array());
  if (!v.numbers.is_array() || v.numbers.empty()) fail("numbers must be a non-empty array");
  return v;
}

}  // namespace specconf::fuzz
