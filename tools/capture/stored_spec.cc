#include "tools/capture/stored_spec.h"

#include <vector>

#include "reference/gojson/scanner.h"

namespace specconf::capture {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

// End of the string literal starting at s[i] == '"'. Only called on text Go's scanner accepted.
std::size_t string_end(std::string_view s, std::size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\') ++i;
    else if (s[i] == '"') return i + 1;
  }
  return s.size();
}

// End of the value starting at s[i], for text Go's scanner accepted.
std::size_t value_end(std::string_view s, std::size_t i) {
  if (i >= s.size()) return i;
  if (s[i] == '"') return string_end(s, i);
  if (s[i] == '{' || s[i] == '[') {
    int depth = 0;
    for (; i < s.size(); ++i) {
      const char c = s[i];
      if (c == '"') {
        i = string_end(s, i) - 1;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
    }
    return s.size();
  }
  while (i < s.size() && !is_space(s[i]) && s[i] != ',' && s[i] != '}' && s[i] != ']') ++i;
  return i;
}

}  // namespace

std::string json_member_raw(std::string_view json, std::string_view name, std::string& raw, bool& found) {
  raw.clear();
  found = false;
  gojson::Tape tape;
  if (std::string err = gojson::scan(json, gojson::ScanMode::kUnmarshal, tape); !err.empty())
    return "not valid JSON: " + err;
  const auto& t = tape.tokens;
  if (t.empty() || t[0].kind != gojson::TokenKind::kBeginObject) return "not a JSON object";
  // Member keys in document order, from the tape (already unquoted by Go's rules).
  std::vector<std::string> keys;
  for (std::size_t i = 1; i < t.size() && t[i].kind == gojson::TokenKind::kKey;) {
    keys.push_back(t[i].text);
    const auto& v = t[i + 1];
    const bool composite = v.kind == gojson::TokenKind::kBeginObject || v.kind == gojson::TokenKind::kBeginArray;
    i = (composite ? v.end : i + 1) + 1;
  }
  // Byte offsets of the same members, walking the text the tape was made from.
  std::size_t pos = skip_space(json, 0) + 1;  // past '{'
  for (std::size_t k = 0; k < keys.size(); ++k) {
    pos = skip_space(json, pos);
    if (k > 0) pos = skip_space(json, pos + 1);  // past ','
    pos = skip_space(json, string_end(json, pos));
    pos = skip_space(json, pos + 1);  // past ':'
    const std::size_t end = value_end(json, pos);
    if (keys[k] == name) {
      if (found) return "duplicate member \"" + std::string(name) + "\"";
      raw.assign(json.substr(pos, end - pos));
      found = true;
    }
    pos = end;
  }
  return "";
}

std::string read_container_config(const BoltDb& db, const std::string& id, std::string& config) {
  if (std::string err = db.get({"ctr", id}, "config", config); !err.empty()) return err;
  std::string raw_id;
  bool found = false;
  if (std::string err = json_member_raw(config, "id", raw_id, found); !err.empty())
    return "config of " + id + ": " + err;
  if (!found || raw_id != "\"" + id + "\"") return "config stored under " + id + " names container " + raw_id;
  return "";
}

std::string read_stored_spec(const BoltDb& db, const std::string& id, std::string& spec) {
  std::string config;
  if (std::string err = read_container_config(db, id, config); !err.empty()) return err;
  bool found = false;
  if (std::string err = json_member_raw(config, "spec", spec, found); !err.empty())
    return "config of " + id + ": " + err;
  if (!found) return "config of " + id + " has no \"spec\"";
  return "";
}

}  // namespace specconf::capture
