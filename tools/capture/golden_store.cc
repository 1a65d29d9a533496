#include "tools/capture/golden_store.h"

#include <sys/stat.h>

#include <cerrno>

#include <nlohmann/json.hpp>

#include "reference/model/oci_spec_json.h"
#include "tools/capture/atomic_file.h"
#include "tools/diff/semantic_diff.h"

namespace specconf::capture {

std::string record_difference(const golden::Record& a, const golden::Record& b) {
  if (a.case_name != b.case_name) return "case " + a.case_name + " -> " + b.case_name;
  if (a.profile != b.profile) return "profile " + a.profile + " -> " + b.profile;
  if (a.podman != b.podman) return "podman " + a.podman + " -> " + b.podman;
  if (a.specgen_sha256 != b.specgen_sha256) return "request body changed (specgen_sha256)";
  if (a.status != b.status) return "status " + std::to_string(a.status) + " -> " + std::to_string(b.status);
  if (a.warnings != b.warnings) return "warnings changed";
  if (a.error.has_value() != b.error.has_value()) return a.error ? "error -> spec" : "spec -> error";
  if (a.error) {
    if (a.error->message != b.error->message) return "message \"" + a.error->message + "\" -> \"" + b.error->message + "\"";
    if (a.error->cause != b.error->cause || a.error->response != b.error->response) return "error cause/response changed";
    return "";
  }
  const auto diffs = diff::compare_specs(nlohmann::json::parse(oci::to_go_json(*a.spec)),
                                         nlohmann::json::parse(oci::to_go_json(*b.spec)));
  if (diffs.empty()) return "";
  return std::to_string(diffs.size()) + " spec difference(s), first " + diff::format_difference(diffs[0]);
}

namespace {

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

}  // namespace

RecordCheck check_against_existing(const std::string& path, const golden::Record& fresh, const IdRenames& renames) {
  RecordCheck out;
  struct stat st {};
  if (stat(path.c_str(), &st) != 0 && errno == ENOENT) return out;
  std::string text;
  if (std::string err = read_file(path, text); !err.empty()) {
    out.state = RecordState::kChanged;
    out.why = "old record unreadable: " + err;
    return out;
  }
  golden::Record old_record;
  if (std::string err = golden::parse_record(text, old_record); !err.empty()) {
    out.state = RecordState::kChanged;
    out.why = "old record unreadable: " + err;
    return out;
  }
  out.why = record_difference(old_record, fresh);
  if (out.why.empty()) {
    out.state = RecordState::kUnchanged;
    return out;
  }
  out.state = RecordState::kChanged;
  if (renames.empty()) return out;
  std::string renamed = text;
  for (const auto& [from, to] : renames) renamed = replace_all(renamed, from, to);
  for (const auto& [from, to] : renames) {
    if (from.size() >= 12 && to.size() >= 12) renamed = replace_all(renamed, from.substr(0, 12), to.substr(0, 12));
  }
  golden::Record renamed_record;
  if (golden::parse_record(renamed, renamed_record).empty() && record_difference(renamed_record, fresh).empty())
    out.state = RecordState::kRenamed;
  return out;
}

std::string write_record(const std::string& path, const golden::Record& r) {
  return write_file_atomically(path, golden::format_record(r));
}

}  // namespace specconf::capture
