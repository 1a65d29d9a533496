// How the reference reports what podman would reject: a PodmanError carries podman's exact `message`
// (the text of the REST reply's "message" field). Go code returns errors up the stack; the reference
// throws instead, which keeps each function shaped like the podman function it mirrors.
#pragma once

#include <stdexcept>
#include <string>

namespace specconf::ref {

class PodmanError : public std::runtime_error {
 public:
  explicit PodmanError(const std::string& message) : std::runtime_error(message), message_(message) {}
  // The whole text: messages that quote input verbatim may hold NUL bytes, which what() would cut.
  const std::string& message() const noexcept { return message_; }

 private:
  std::string message_;
};

// Returns like Go's `return fmt.Errorf(...)` out of the create path.
[[noreturn]] inline void fail(const std::string& message) { throw PodmanError(message); }

// Go's fmt.Errorf("<prefix>: %w", err) around whatever `body` fails with.
template <class F>
auto wrap_errors(const std::string& prefix, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const PodmanError& e) {
    fail(prefix + ": " + e.message());
  }
}

}  // namespace specconf::ref
