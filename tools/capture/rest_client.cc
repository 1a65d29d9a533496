#include "tools/capture/rest_client.h"

#include <curl/curl.h>

#include <mutex>

namespace specconf::capture {
namespace {

size_t collect(char* data, size_t size, size_t nmemb, void* user) {
  static_cast<std::string*>(user)->append(data, size * nmemb);
  return size * nmemb;
}

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string short_body(const std::string& body) {
  std::string s = body.size() > 300 ? body.substr(0, 300) + "..." : body;
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

}  // namespace

std::string url_escape(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xf];
    }
  }
  return out;
}

std::string PodmanClient::request(const std::string& method, const std::string& path, const std::string* body,
                                  HttpReply& reply) const {
  global_init();
  reply = HttpReply{};
  CURL* curl = curl_easy_init();
  if (!curl) return method + " " + path + ": curl_easy_init failed";
  char errbuf[CURL_ERROR_SIZE] = "";
  curl_slist* headers = nullptr;
  // No "Expect: 100-continue": podman answers it, but waiting for it costs a round trip per create.
  headers = curl_slist_append(headers, "Expect:");
  const std::string url = "http://d" + path;  // the host part is ignored on a unix socket
  curl_easy_setopt(curl, CURLOPT_UNIX_SOCKET_PATH, socket_.c_str());
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeout_ms_);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
  if (body) {
    headers = curl_slist_append(headers, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
  }
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  const CURLcode rc = curl_easy_perform(curl);
  std::string err;
  if (rc != CURLE_OK) {
    err = method + " " + path + " on " + socket_ + ": " + curl_easy_strerror(rc);
    if (errbuf[0]) err += std::string(" (") + errbuf + ")";
  } else {
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply.status);
  }
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return err;
}

std::string PodmanClient::ping() const {
  HttpReply r;
  if (std::string err = request("GET", std::string(kApiPrefix) + "/_ping", nullptr, r); !err.empty()) return err;
  if (r.status != 200 || r.body != "OK") return "GET _ping: HTTP " + std::to_string(r.status) + " " + short_body(r.body);
  return "";
}

std::string PodmanClient::create_container(std::string_view body, HttpReply& reply) const {
  const std::string b(body);
  return request("POST", std::string(kApiPrefix) + "/containers/create", &b, reply);
}

std::string PodmanClient::remove_container(const std::string& id_or_name) const {
  HttpReply r;
  const std::string path = std::string(kApiPrefix) + "/containers/" + url_escape(id_or_name) + "?force=true&volumes=true";
  if (std::string err = request("DELETE", path, nullptr, r); !err.empty()) return err;
  if (r.status != 200) return "DELETE container " + id_or_name + ": HTTP " + std::to_string(r.status) + " " + short_body(r.body);
  return "";
}

std::string PodmanClient::remove_pod(const std::string& id_or_name) const {
  HttpReply r;
  const std::string path = std::string(kApiPrefix) + "/pods/" + url_escape(id_or_name) + "?force=true";
  if (std::string err = request("DELETE", path, nullptr, r); !err.empty()) return err;
  if (r.status != 200) return "DELETE pod " + id_or_name + ": HTTP " + std::to_string(r.status) + " " + short_body(r.body);
  return "";
}

std::string PodmanClient::get(const std::string& path, std::string& body) const {
  HttpReply r;
  if (std::string err = request("GET", path, nullptr, r); !err.empty()) return err;
  if (r.status != 200) return "GET " + path + ": HTTP " + std::to_string(r.status) + " " + short_body(r.body);
  body = std::move(r.body);
  return "";
}

}  // namespace specconf::capture
