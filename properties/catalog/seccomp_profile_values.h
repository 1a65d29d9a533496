// What a seccomp profile file says, field by field, as Go's decoder reads it: containers/common's
// setupSeccomp (pkg/seccomp/seccomp_linux.go) copies a profile's actions, architectures, flags,
// operators and numbers into linux.seccomp without checking them, so a spec value that breaks the
// runtime-spec schema is podman's doing only where the profile holds that very value in that field.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace specconf::props {

class SeccompProfileValues {
 public:
  // The profile's scalar values (strings as Go unquotes them, numbers as written) under the key they are
  // the value of, or an element of; nullopt when the text is not JSON Go would read.
  static std::optional<SeccompProfileValues> read(std::string_view profile_text);

  // Whether the profile has `value` under a key Go would decode into the field `go_field` (Go matches
  // keys case-insensitively, fold.go). Duplicate keys all count: a loose reading of "the input says so".
  // A null counts as "": Go leaves a string field empty for it.
  bool has(std::string_view go_field, std::string_view value) const;

  // Whether an object in an array under `array_field` has no key for `field`: Go leaves that field empty
  // (a syscall entry without an action is stored with action "", an arg without op with op "").
  bool has_element_without(std::string_view array_field, std::string_view field) const;

 private:
  struct Object {
    std::string under;              // the key it is the value of, or an element of
    std::vector<std::string> keys;  // its keys
  };
  std::vector<std::pair<std::string, std::string>> values_;  // (key, value)
  std::vector<Object> objects_;
};

}  // namespace specconf::props
