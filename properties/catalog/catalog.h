// The invariant catalog: named statements that any engine's result must satisfy, each tied to the podman
// branch it encodes. Invariants are functions of (host profile, request, engine result) and know nothing
// about the reference, so they judge any engine. This library links neither RapidCheck nor the reference
// pipeline: fuzz targets built with libc++ (OSS-Fuzz) and every engine judge use it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reference/model/host_profile.h"
#include "reference/model/oci_spec.h"
#include "reference/model/specgen.h"

namespace specconf::props {

enum class Kind {
  kConformance,  // says what podman does; the reference satisfies every one
  kSoundness,    // says what a runtime needs for the spec to work, whatever podman does
};

// What one invariant judges.
struct Judged {
  const host::HostProfile& host;
  std::string_view body;                        // the request, byte for byte
  const specgen::SpecGenerator* specgen;        // the request decoded as podman decodes it; nullptr if it does not decode
  const oci::Spec* spec;                        // the engine's spec; nullptr when the engine rejected the request
  std::string_view spec_json;                   // the engine's spec as it printed it (for schema validation)
  std::string_view error;                       // the engine's error message when it rejected the request
};

struct Invariant {
  const char* id;          // stable, e.g. "SYS-001"; never reused
  const char* statement;   // one line
  const char* podman;      // the function and branch it encodes, file:line at aa47e05ae4
  const char* versions;    // the engine versions it applies to, e.g. "podman 4.3.1, aa47e05ae4"
  const char* host_facts;  // the HostProfile facts it reads, e.g. "H1 rootless, H9 gid_map_total"
  Kind kind;
  // A one-line explanation when violated; nothing when it holds or does not apply.
  std::optional<std::string> (*check)(const Judged&);
};

// Every invariant, in ID order.
const std::vector<Invariant>& catalog();

// The invariant with this ID, or nullptr.
const Invariant* find_invariant(std::string_view id);

// A violation podman itself commits, documented with a reproducer (see docs/invariants.md).
struct KnownViolation {
  const char* invariant_id;
  const char* summary;     // what podman does wrong, one line
  const char* reproducer;  // a command that shows it
  bool (*applies)(const Judged&);  // true for the inputs where podman is known to break the invariant
};
const std::vector<KnownViolation>& known_violations();

struct Violation {
  std::string id;
  std::string message;
  bool known;  // podman itself violates this invariant on such inputs (a known engine bug, not a failure)
};

// Runs the whole catalog.
std::vector<Violation> check_all(const Judged& j);

// docs/invariants.md: the catalog as a Markdown table (ID, statement, kind, podman branch, versions, host
// facts), then the known podman violations with their reproducers. `specconf list invariants --markdown`
// prints it.
std::string invariants_markdown();

}  // namespace specconf::props
