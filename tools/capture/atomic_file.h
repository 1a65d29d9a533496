// Whole-file reads and all-or-nothing writes: a golden record or host profile is either the old file or
// the complete new one, never half written (temp file in the same directory, fsync, rename).
#pragma once

#include <string>

namespace specconf::capture {

// Reads the whole file. Returns "" or a one-line error ("open X: No such file or directory").
std::string read_file(const std::string& path, std::string& out);

// Writes `content` to `path` atomically, creating missing parent directories (mode 0755); the file gets
// mode 0644. Returns "" or a one-line error; on error `path` is untouched and no temp file is left.
std::string write_file_atomically(const std::string& path, const std::string& content);

}  // namespace specconf::capture
