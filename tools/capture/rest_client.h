// HTTP to one podman service over its unix socket (libcurl, CURLOPT_UNIX_SOCKET_PATH), with the libpod
// endpoints the capture needs. Every call has a connect and a total timeout; failures come back as one
// line ("POST /v4.3.1/libpod/containers/create: Timeout was reached (...)").
#pragma once

#include <string>
#include <string_view>

namespace specconf::capture {

// The API version in every path: podman 4.3.1 answers unversioned paths with 404.
inline constexpr const char* kApiPrefix = "/v4.3.1/libpod";

struct HttpReply {
  long status = 0;
  std::string body;
};

class PodmanClient {
 public:
  explicit PodmanClient(std::string socket_path, long timeout_ms = 120000)
      : socket_(std::move(socket_path)), timeout_ms_(timeout_ms) {}

  // Any method and path; `body` is sent as is with Content-Type application/json when non-null.
  // Returns "" or a transport error (an HTTP error status is not an error here).
  std::string request(const std::string& method, const std::string& path, const std::string* body,
                      HttpReply& reply) const;

  // GET /_ping answers "OK".
  std::string ping() const;
  // POST /containers/create with exactly `body`'s bytes (invalid JSON is sent unchanged).
  std::string create_container(std::string_view body, HttpReply& reply) const;
  // DELETE /containers/<id>?force=true&volumes=true; a status other than 200 is an error.
  std::string remove_container(const std::string& id_or_name) const;
  // DELETE /pods/<name>?force=true; a status other than 200 is an error.
  std::string remove_pod(const std::string& id_or_name) const;
  // GET <path> expecting 200.
  std::string get(const std::string& path, std::string& body) const;

  const std::string& socket_path() const { return socket_; }

 private:
  std::string socket_;
  long timeout_ms_;
};

// Percent-encodes a path segment (container names are free text in donors).
std::string url_escape(std::string_view s);

}  // namespace specconf::capture
