// An example third-party engine speaking specconf's exec protocol (docs/engine-protocol.md): it reads
// request lines from stdin and answers each with one line on stdout, so it works both as `exec:` (one
// request, then end of input) and as `exec-persistent:` (requests until end of input). Its generator is
// specconf's reference engine; replace create() with your own and judge it with
//   specconf conform --engine 'exec-persistent:/path/to/your-engine'
//
// --simplify-devpts makes it a deliberately simplified generator: it always mounts /dev/pts with gid=5,
// as a port that skips podman's gid-5 check would. conform must catch that (the test shows it does).
#include <cstdio>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "reference/model/host_profile_json.h"
#include "reference/model/oci_spec_json.h"
#include "reference/pipeline/create.h"

namespace {

using nlohmann::json;

bool simplify_devpts = false;

std::string base64_decode(const std::string& in) {
  std::string out;
  unsigned value = 0;
  int bits = 0;
  for (char c : in) {
    int v;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    else if (c >= '0' && c <= '9') v = c - '0' + 52;
    else if (c == '+') v = 62;
    else if (c == '/') v = 63;
    else continue;  // '=' padding
    value = (value << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((value >> bits) & 0xFF);
    }
  }
  return out;
}

// The simplification: /dev/pts keeps gid=5 whether or not gid 5 exists in the user namespace.
void always_gid5(specconf::oci::Spec& spec) {
  for (auto& m : spec.mounts) {
    if (m.destination != "/dev/pts" || m.type != "devpts") continue;
    bool has = false;
    for (const auto& o : m.options) has = has || o == "gid=5";
    if (!has) m.options.push_back("gid=5");
  }
}

// One request line -> one response object. A request this program cannot read is answered with an
// error naming why; specconf counts that as a wrong answer, which is what it is.
json answer(const std::string& line) {
  json request;
  try {
    request = json::parse(line);
  } catch (const json::exception& e) {
    return {{"error", std::string("example-engine: request is not JSON: ") + e.what()}};
  }
  specconf::host::HostProfile host;
  if (std::string err = specconf::host::from_go_json(request.at("host").dump(), host); !err.empty()) {
    return {{"error", "example-engine: host: " + err}};
  }
  const std::string body = request.contains("specgen") ? request["specgen"].get<std::string>()
                                                       : base64_decode(request.at("specgen_base64").get<std::string>());
  specconf::ref::CreateResult r = specconf::ref::create_container(host, body);
  if (!r.ok()) return {{"error", r.error}};
  if (simplify_devpts) always_gid5(*r.spec);
  // The spec in Go's form, spliced in as is: re-encoding it through another JSON library is harmless
  // too, since specconf compares specs by value.
  return {{"spec", json::parse(specconf::oci::to_go_json(*r.spec))}};
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--simplify-devpts") {
      simplify_devpts = true;
    } else {
      std::cerr << "usage: example-engine [--simplify-devpts]   (speaks docs/engine-protocol.md on stdin/stdout)\n";
      return 2;
    }
  }
  for (std::string line; std::getline(std::cin, line);) {
    if (line.empty()) continue;
    json reply;
    try {
      reply = answer(line);
    } catch (const std::exception& e) {
      reply = {{"error", std::string("example-engine: ") + e.what()}};
    }
    // One line per answer, flushed: a persistent engine that buffers its answer hangs the exchange.
    std::cout << reply.dump(-1, ' ', false, json::error_handler_t::replace) << "\n" << std::flush;
  }
  return 0;
}
