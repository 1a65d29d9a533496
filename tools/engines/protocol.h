// The exec engine protocol (docs/engine-protocol.md): one request line to the engine, one response from
// it. Both are single JSON objects; a request never contains a newline (JSON escapes them), so the same
// text serves one-process-per-request and persistent line-delimited engines.
#pragma once

#include <string>
#include <string_view>

#include "reference/model/host_profile.h"
#include "tools/engines/engine.h"

namespace specconf::engine::protocol {

// {"protocol":1,"host":<HostProfile, Go's JSON>,"specgen":"<the body>"} plus a newline. A body that is
// not valid UTF-8 cannot be a JSON string without loss: it goes as "specgen_base64" instead.
std::string encode_request(const host::HostProfile& host, std::string_view body);

// Reads one response: {"spec": {...}} or {"error": "message"} (other members are ignored). Anything
// else, or a spec that does not decode as an OCI runtime spec the way Go decodes one, is a kFault whose
// message quotes the start of the text.
Result decode_response(std::string_view text);

// True when `s` is valid UTF-8 as Go's utf8.Valid sees it (no surrogates, no overlong forms).
bool valid_utf8(std::string_view s);

std::string base64(std::string_view bytes);

}  // namespace specconf::engine::protocol
