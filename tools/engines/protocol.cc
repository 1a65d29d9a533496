#include "tools/engines/protocol.h"

#include <nlohmann/json.hpp>

#include "reference/model/host_profile_json.h"
#include "reference/model/oci_spec_json.h"
#include "reference/gojson/path_text.h"

namespace specconf::engine::protocol {
namespace {

using nlohmann::json;

Result fault(std::string why) {
  Result r;
  r.kind = Result::Kind::kFault;
  r.fault = std::move(why);
  return r;
}

// The start of what the engine printed, for a fault message that shows what went wrong.
std::string quote_start(std::string_view text) {
  std::string s(text.substr(0, 80));
  for (char& c : s) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return "\"" + s + (text.size() > 80 ? "...\"" : "\"");
}

}  // namespace

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n;
    std::uint32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3, cp = c & 0x07;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;
    for (std::size_t k = 1; k <= n; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr std::uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

std::string base64(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const std::uint32_t v = static_cast<unsigned char>(bytes[i]) << 16 | static_cast<unsigned char>(bytes[i + 1]) << 8 |
                            static_cast<unsigned char>(bytes[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(v >> shift) & 63];
  }
  if (const std::size_t rest = bytes.size() - i; rest > 0) {
    std::uint32_t v = static_cast<unsigned char>(bytes[i]) << 16;
    if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string encode_request(const host::HostProfile& host, std::string_view body) {
  std::string line = "{\"protocol\":1,\"host\":";
  line += host::to_go_json(host);  // compact: no newline inside
  if (valid_utf8(body)) {
    line += ",\"specgen\":";
    line += json(std::string(body)).dump();
  } else {
    line += ",\"specgen_base64\":\"" + base64(body) + "\"";
  }
  line += "}\n";
  return line;
}

Result decode_response(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  if (end == 0) return fault("no response (empty output)");
  text = text.substr(0, end);
  json j;
  try {
    j = json::parse(text);
  } catch (const json::exception&) {
    return fault("the response is not JSON: " + quote_start(text));
  }
  if (!j.is_object()) return fault("the response is not a JSON object: " + quote_start(text));
  const bool has_spec = j.contains("spec"), has_error = j.contains("error");
  if (has_spec == has_error) {
    return fault(std::string("the response has ") + (has_spec ? "both \"spec\" and \"error\"" : "neither \"spec\" nor \"error\"") +
                 ": " + quote_start(text));
  }
  Result r;
  if (has_error) {
    if (!j["error"].is_string()) return fault("\"error\" is not a string: " + quote_start(text));
    r.kind = Result::Kind::kError;
    r.error = j["error"].get<std::string>();
    return r;
  }
  if (!j["spec"].is_object()) return fault("\"spec\" is not a JSON object: " + quote_start(text));
  r.spec_json = j["spec"].dump();
  oci::Spec spec;
  std::string path;
  if (std::string err = oci::from_go_json(r.spec_json, spec, &path); !err.empty()) {
    return fault("the spec does not decode as an OCI runtime spec (" + (path.empty() ? "" : gojson::shown_path(path) + ": ") + err + ")");
  }
  r.kind = Result::Kind::kSpec;
  return r;
}

}  // namespace specconf::engine::protocol
