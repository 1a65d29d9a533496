#include "tools/specconf/cli.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <unistd.h>

#include "golden/builtin_hosts.h"
#include "reference/model/host_profile_json.h"
#include "reference/gojson/path_text.h"

namespace specconf::cli {

bool FlagReader::next() {
  if (started_) ++i_;
  started_ = true;
  if (i_ >= args_.size()) return false;
  flag_ = args_[i_];
  value_.clear();
  const auto eq = flag_.find('=');
  inline_ = flag_.rfind("--", 0) == 0 && eq != std::string::npos;
  if (inline_) value_ = flag_.substr(eq + 1), flag_.resize(eq);
  return true;
}

const std::string& FlagReader::value() {
  if (!inline_) {
    if (i_ + 1 >= args_.size()) throw UsageError{command_ + ": " + flag_ + " needs a value"};
    value_ = args_[++i_];
  }
  return value_;
}

std::string read_input(const std::string& path) {
  std::istream* in = &std::cin;
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) throw UsageError{path + ": " + std::strerror(errno)};
    in = &file;
  }
  std::string data;
  char buf[1 << 16];
  while (in->read(buf, sizeof buf) || in->gcount() > 0) {
    data.append(buf, static_cast<std::size_t>(in->gcount()));
    if (data.size() > kMaxInputBytes) {
      throw UsageError{path + ": larger than the " + std::to_string(kMaxInputBytes >> 20) + " MiB input limit"};
    }
  }
  if (in->bad()) throw UsageError{path + ": read error"};
  return data;
}

host::HostProfile load_host(const std::string& name_or_path) {
  const auto& builtin = golden::builtin_host_profiles();
  std::string text;
  std::string origin = name_or_path;
  if (auto it = builtin.find(name_or_path); it != builtin.end()) {
    text = std::string(it->second);
    origin = "host profile " + name_or_path;
  } else if (name_or_path.find('/') == std::string::npos &&
             name_or_path.find(".json") == std::string::npos) {
    std::string names;
    for (const auto& n : builtin_host_names()) names += (names.empty() ? "" : ", ") + n;
    throw UsageError{"unknown host profile \"" + name_or_path + "\" (built-in: " +
                     (names.empty() ? "none" : names) + "; or give a HostProfile JSON file)"};
  } else {
    text = read_input(name_or_path);
  }
  host::HostProfile h;
  std::string path;
  if (std::string err = host::from_go_json(text, h, &path); !err.empty()) {
    throw UsageError{origin + ": " + gojson::shown_path(path) + ": " + err};
  }
  return h;
}

std::vector<std::string> builtin_host_names() {
  std::vector<std::string> names;
  for (const auto& [name, text] : golden::builtin_host_profiles()) names.push_back(name);
  return names;
}

void write_file_atomic(const std::string& path, const std::string& data) {
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw UsageError{tmp + ": " + std::strerror(errno)};
    out << data;
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      throw UsageError{tmp + ": write failed"};
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    std::remove(tmp.c_str());
    throw UsageError{path + ": " + why};
  }
}

}  // namespace specconf::cli
