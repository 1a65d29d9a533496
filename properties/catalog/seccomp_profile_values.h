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

  // Whether some object of the profile has a key for `with_field` but none for `without_field`: Go leaves
  // that field empty (a syscall entry with names but no action is stored with action "").
  bool has_object_without(std::string_view with_field, std::string_view without_field) const;

 private:
  std::vector<std::pair<std::string, std::string>> values_;  // (key, value)
  std::vector<std::vector<std::string>> object_keys_;        // each object's keys
};

}  // namespace specconf::props
