#include "properties/catalog/outcome.h"

#include <nlohmann/json.hpp>

#include "reference/gojson/nesting.h"
#include "reference/model/oci_spec_json.h"

namespace specconf::props {
namespace {

// Specs nest about 8 deep; absurd documents are refused before nlohmann recurses into them.
constexpr std::size_t kMaxDepth = 256;

std::string take_spec(const nlohmann::json& spec, Outcome& out) {
  out.spec_json = spec.dump();
  oci::Spec s;
  std::string path;
  if (std::string err = oci::from_go_json(out.spec_json, s, &path); !err.empty()) {
    return "the spec does not decode as an OCI spec: " + (path.empty() ? "" : path + ": ") + err;
  }
  out.spec = std::move(s);
  return "";
}

}  // namespace

std::string parse_outcome(std::string_view text, Outcome& out) {
  out = Outcome{};
  if (gojson::nesting_depth(text, kMaxDepth) > kMaxDepth) {
    return "nested deeper than " + std::to_string(kMaxDepth) + " levels";
  }
  const auto doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) return "not JSON";
  if (!doc.is_object()) return "not a JSON object";
  if (doc.contains("ociVersion") && doc["ociVersion"].is_string()) return take_spec(doc, out);
  if (doc.contains("spec") && doc["spec"].is_object()) return take_spec(doc["spec"], out);
  if (doc.contains("error")) {
    const auto& e = doc["error"];
    if (e.is_string()) out.error = e.get<std::string>();
    else if (e.is_object() && e.contains("message") && e["message"].is_string()) out.error = e["message"].get<std::string>();
    else return "\"error\" is neither a message nor podman's {\"message\": ...} reply";
    return "";
  }
  return "neither a spec (ociVersion), an engine result ({\"spec\"}/{\"error\"}) nor a golden record";
}

}  // namespace specconf::props
