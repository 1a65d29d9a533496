#include "reference/pipeline/image_lookup.h"

#include "reference/core/error.h"
#include "reference/core/error_texts.h"

namespace specconf::ref {
namespace {

bool has_tag_or_digest(const std::string& name) {
  const auto slash = name.rfind('/');
  const std::string last = slash == std::string::npos ? name : name.substr(slash + 1);
  return last.find(':') != std::string::npos || name.find('@') != std::string::npos;
}

// A reference without a registry domain: its first component has no '.', no ':' and is not "localhost".
bool is_short_name(const std::string& name) {
  const auto slash = name.find('/');
  if (slash == std::string::npos) return true;
  const std::string first = name.substr(0, slash);
  return first.find('.') == std::string::npos && first.find(':') == std::string::npos && first != "localhost";
}

}  // namespace

const host::Image& lookup_image(const host::HostProfile& h, const std::string& name) {
  std::string id = name.rfind("sha256:", 0) == 0 ? name.substr(7) : name;
  std::vector<std::string> candidates{name};
  const std::string tagged = has_tag_or_digest(name) ? name : name + ":latest";
  candidates.push_back(tagged);
  if (is_short_name(name)) candidates.push_back("localhost/" + tagged);
  for (const auto& cand : candidates) {
    for (const auto& img : h.images) {
      for (const auto& n : img.names) {
        if (n == cand) return img;
      }
    }
  }
  if (!id.empty() && id.find_first_not_of("0123456789abcdef") == std::string::npos) {
    for (const auto& img : h.images) {
      if (img.id.rfind(id, 0) == 0) return img;
    }
  }
  fail(name + ": " + errors::kNoSuchImage);
}

}  // namespace specconf::ref
