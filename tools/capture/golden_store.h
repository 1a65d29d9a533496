// golden/<profile>/<case>.json on disk: is a fresh capture new, the same as the record there (ignoring
// the capture date, and podman's map-order randomness in the spec), or different from it.
#pragma once

#include <map>
#include <string>

#include "tools/golden/record.h"

namespace specconf::capture {

enum class RecordState {
  kNew,
  kUnchanged,
  kRenamed,  // differs only by donor ids, which are new in every session: rewritten without --update
  kChanged,
};

struct RecordCheck {
  RecordState state = RecordState::kNew;
  std::string why;  // kChanged: the first difference
};

// Old donor id -> the same donor's id in this session (full ids; their 12-character short forms, which
// podman uses as default hostnames, are renamed too).
using IdRenames = std::map<std::string, std::string>;

// Compares `fresh` with the record at `path`. An unreadable old record counts as changed.
RecordCheck check_against_existing(const std::string& path, const golden::Record& fresh,
                                   const IdRenames& renames = {});

// Why two records differ ("" when they do not), `captured` aside.
std::string record_difference(const golden::Record& old_record, const golden::Record& fresh);

// format_record, written atomically.
std::string write_record(const std::string& path, const golden::Record& r);

}  // namespace specconf::capture
