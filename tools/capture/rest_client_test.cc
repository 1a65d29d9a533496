#include "tools/capture/rest_client.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <string>
#include <thread>

namespace specconf::capture {
namespace {

// A one-connection HTTP server on a unix socket: records the request, sends a canned reply (or none).
class FakePodman {
 public:
  explicit FakePodman(std::string reply) : reply_(std::move(reply)) {
    char tmpl[] = "/tmp/rest_client_test.XXXXXX";
    dir_ = mkdtemp(tmpl);
    path_ = dir_ + "/podman.sock";
    fd_ = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    path_.copy(addr.sun_path, sizeof addr.sun_path - 1);
    EXPECT_EQ(bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    EXPECT_EQ(listen(fd_, 4), 0);
    thread_ = std::thread([this] { serve(); });
  }
  ~FakePodman() {
    shutdown(fd_, SHUT_RDWR);
    close(fd_);
    thread_.join();
    unlink(path_.c_str());
    rmdir(dir_.c_str());
  }
  const std::string& path() const { return path_; }
  std::string request() const { return request_; }

 private:
  void serve() {
    const int c = accept(fd_, nullptr, nullptr);
    if (c < 0) return;
    char buf[65536];
    // Read headers, then Content-Length bytes of body.
    std::size_t body_len = 0, header_end = std::string::npos;
    while (true) {
      const ssize_t n = read(c, buf, sizeof buf);
      if (n <= 0) break;
      request_.append(buf, static_cast<std::size_t>(n));
      if (header_end == std::string::npos && (header_end = request_.find("\r\n\r\n")) != std::string::npos) {
        const auto cl = request_.find("Content-Length: ");
        if (cl != std::string::npos && cl < header_end) body_len = std::strtoul(request_.c_str() + cl + 16, nullptr, 10);
      }
      if (header_end != std::string::npos && request_.size() >= header_end + 4 + body_len) break;
    }
    if (!reply_.empty()) {
      (void)!write(c, reply_.data(), reply_.size());
    } else {
      (void)!read(c, buf, sizeof buf);  // say nothing until the client gives up
    }
    close(c);
  }

  std::string reply_, dir_, path_, request_;
  int fd_ = -1;
  std::thread thread_;
};

std::string http(int status, const std::string& body) {
  return "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: application/json\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

TEST(PodmanClient, SendsTheBodyBytesUnchanged) {
  FakePodman server(http(500, R"({"cause":"unexpected EOF","message":"decode(): unexpected EOF","response":500})"));
  const std::string body = std::string("{\"rootfs\": \"/x\", \0\xff", 18) + std::string(3000, ' ');
  HttpReply reply;
  ASSERT_EQ(PodmanClient(server.path()).create_container(body, reply), "");
  EXPECT_EQ(reply.status, 500);
  EXPECT_EQ(reply.body, R"({"cause":"unexpected EOF","message":"decode(): unexpected EOF","response":500})");
  const std::string req = server.request();
  EXPECT_EQ(req.rfind("POST /v4.3.1/libpod/containers/create HTTP/1.1\r\n", 0), 0u);
  EXPECT_NE(req.find("Content-Type: application/json\r\n"), std::string::npos);
  EXPECT_EQ(req.find("Expect:"), std::string::npos);
  EXPECT_EQ(req.substr(req.find("\r\n\r\n") + 4), body);
}

TEST(PodmanClient, DeleteAsksForForceAndVolumes) {
  FakePodman server(http(200, "[]"));
  EXPECT_EQ(PodmanClient(server.path()).remove_container("abc"), "");
  EXPECT_EQ(server.request().rfind("DELETE /v4.3.1/libpod/containers/abc?force=true&volumes=true HTTP/1.1", 0), 0u);
}

TEST(PodmanClient, DeleteFailureNamesTheStatus) {
  FakePodman server(http(404, R"({"message":"no such container"})"));
  EXPECT_EQ(PodmanClient(server.path()).remove_container("abc"),
            R"(DELETE container abc: HTTP 404 {"message":"no such container"})");
}

TEST(PodmanClient, PingWantsOK) {
  FakePodman good(http(200, "OK"));
  EXPECT_EQ(PodmanClient(good.path()).ping(), "");
  FakePodman bad(http(200, "nope"));
  EXPECT_EQ(PodmanClient(bad.path()).ping(), "GET _ping: HTTP 200 nope");
}

TEST(PodmanClient, GivesUpOnASilentServer) {
  FakePodman server("");
  std::string body;
  const std::string err = PodmanClient(server.path(), 300).get("/v4.3.1/libpod/info", body);
  EXPECT_NE(err.find("GET /v4.3.1/libpod/info on " + server.path() + ": Timeout was reached"), std::string::npos) << err;
}

TEST(PodmanClient, ReportsAMissingSocket) {
  std::string body;
  const std::string err = PodmanClient("/nonexistent/podman.sock").get("/v4.3.1/libpod/_ping", body);
  EXPECT_EQ(err.rfind("GET /v4.3.1/libpod/_ping on /nonexistent/podman.sock: Couldn't connect to server", 0), 0u) << err;
}

TEST(UrlEscape, KeepsUnreservedAndEscapesTheRest) {
  EXPECT_EQ(url_escape("specconf-donor_1.x~"), "specconf-donor_1.x~");
  EXPECT_EQ(url_escape("a b/c?"), "a%20b%2Fc%3F");
}

}  // namespace
}  // namespace specconf::capture
