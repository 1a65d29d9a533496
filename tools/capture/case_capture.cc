#include "tools/capture/case_capture.h"

#include <nlohmann/json.hpp>

#include "reference/model/oci_spec_json.h"
#include "tools/capture/bolt_db.h"
#include "tools/capture/stored_spec.h"
#include "tools/diff/semantic_diff.h"


namespace specconf::capture {
namespace {

using nlohmann::json;

std::string first_difference(const std::string& a, const std::string& b) {
  std::size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  const std::size_t from = i > 40 ? i - 40 : 0;
  return "byte " + std::to_string(i) + ": podman \"" + a.substr(from, 80) + "\" model \"" + b.substr(from, 80) + "\"";
}

}  // namespace

std::string capture_once(ProfileSession& session, const std::string& body, Capture& out) {
  out = Capture{};
  HttpReply reply;
  if (std::string err = session.client().create_container(body, reply); !err.empty()) return err;
  out.status = reply.status;
  if (reply.status == 201) {
    std::string id;
    try {
      const json j = json::parse(reply.body);
      id = j.at("Id").get<std::string>();
      if (j.contains("Warnings") && j["Warnings"].is_array())
        for (const auto& w : j["Warnings"]) out.warnings.push_back(w.get<std::string>());
    } catch (const std::exception& e) {
      return "create reply " + reply.body + ": " + e.what();
    }
    BoltDb db;
    std::string err = BoltDb::open(session.info().db, db);
    if (err.empty()) err = read_stored_spec(db, id, out.spec);
    const std::string rm = session.client().remove_container(id);
    if (!err.empty()) return err;
    if (!rm.empty()) return rm;
  } else {
    // pkg/api/handlers/utils/errors.go ErrorModel: {"cause","message","response"}
    golden::PodmanErrorBody e;
    try {
      const json j = json::parse(reply.body);
      e.cause = j.at("cause").get<std::string>();
      e.message = j.at("message").get<std::string>();
      e.response = j.at("response").get<int>();
    } catch (const std::exception& ex) {
      return "HTTP " + std::to_string(reply.status) + " with a body that is not podman's error JSON (" + ex.what() +
             "): " + reply.body.substr(0, 200);
    }
    out.error = e;
  }
  return session.remove_strays();
}

std::string disagreement(const Capture& a, const Capture& b) {
  if (a.status != b.status) return "status " + std::to_string(a.status) + " then " + std::to_string(b.status);
  if (a.warnings != b.warnings) return "warnings differ";
  if (a.error.has_value() != b.error.has_value()) return "one error, one spec";
  if (a.error) {
    if (a.error->message != b.error->message) return "message \"" + a.error->message + "\" then \"" + b.error->message + "\"";
    if (a.error->cause != b.error->cause) return "cause \"" + a.error->cause + "\" then \"" + b.error->cause + "\"";
    return "";
  }
  json ja, jb;
  try {
    ja = json::parse(a.spec);
    jb = json::parse(b.spec);
  } catch (const std::exception& e) {
    return std::string("stored spec is not JSON: ") + e.what();
  }
  const auto diffs = diff::compare_specs(ja, jb);
  if (diffs.empty()) return "";
  std::string out = std::to_string(diffs.size()) + " difference(s): " + diff::format_difference(diffs[0]);
  return out;
}

std::string make_record(const RecordMeta& meta, const Capture& c, golden::Record& out) {
  out = golden::Record{};
  out.case_name = meta.case_name;
  out.profile = meta.profile;
  out.podman = meta.podman;
  out.captured = meta.captured;
  out.specgen_sha256 = meta.specgen_sha256;
  out.status = static_cast<int>(c.status);
  out.warnings = c.warnings;
  if (c.error) {
    out.error = c.error;
    return "";
  }
  oci::Spec spec;
  if (std::string err = oci::from_go_json(c.spec, spec); !err.empty()) return "the model cannot read the stored spec: " + err;
  if (const std::string again = oci::to_go_json(spec); again != c.spec)
    return "the model does not give back podman's bytes at " + first_difference(c.spec, again);
  out.spec = std::move(spec);
  return "";
}

}  // namespace specconf::capture
