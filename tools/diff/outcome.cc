#include "tools/diff/outcome.h"

#include "tools/diff/canonical_json.h"

namespace specconf::diff {

std::string read_outcome(const nlohmann::json& doc, Outcome& out) {
  out = Outcome{};
  if (!doc.is_object()) return "neither a spec nor a result: not a JSON object";
  if (nested_deeper_than(doc, kMaxDepth))
    return "neither a spec nor a result: nested deeper than " + std::to_string(kMaxDepth) + " levels";
  const auto spec = doc.find("spec");
  const auto error = doc.find("error");
  if (spec != doc.end() && error != doc.end()) return "not a result: has both \"spec\" and \"error\"";
  if (spec != doc.end()) {
    if (!spec->is_object()) return "not a result: \"spec\" is not an object";
    out.spec = &*spec;
    return "";
  }
  if (error != doc.end()) {
    if (error->is_string()) {  // engine result
      out.error = error->get<std::string>();
      return "";
    }
    if (error->is_object()) {  // golden record: podman's reply body
      const auto message = error->find("message");
      if (message != error->end() && message->is_string()) {
        out.error = message->get<std::string>();
        return "";
      }
    }
    return "not a result: \"error\" is neither a string nor an object with a string \"message\"";
  }
  const auto version = doc.find("ociVersion");
  if (version != doc.end() && version->is_string()) {
    out.spec = &doc;
    return "";
  }
  return "neither a spec (no \"ociVersion\") nor a result (no \"spec\" or \"error\")";
}

}  // namespace specconf::diff
