// The capture's view of corpus/ (format in corpus/README.md): the request bodies, the images and host
// paths that must exist while capturing, the donor containers and pods, and extra paths to probe.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace specconf::capture {

struct CorpusCase {
  std::string name;
  std::string body;                   // the exact bytes of specgen/<name>.json
  std::vector<std::string> profiles;  // empty: every profile
  bool runs_on(const std::string& profile) const;
};

struct CorpusImage {
  std::string name;                  // imported as localhost/specconf-<name>:1
  std::vector<std::string> changes;  // podman import --change instructions
  std::string reference() const { return "localhost/specconf-" + name + ":1"; }
};

// One hostfs.json entry: a path under /srv/specconf/ created before capturing.
struct HostFsEntry {
  std::string path;
  std::string type;  // dir, file, char, block, symlink, fifo
  std::string from;  // file content: a path relative to the corpus (a leading "corpus/" is the corpus itself)
  long major = 0;
  long minor = 0;
  std::optional<unsigned> mode;  // permission bits; default 0755 for dirs, 0644 otherwise
  std::string target;            // symlinks
};

struct Donor {
  std::string kind;     // "container" or "pod"
  std::string name;
  std::string specgen;  // the request body, with "name" filled in when absent
};

struct Corpus {
  std::string dir;
  std::vector<CorpusCase> cases;  // sorted by name
  std::vector<CorpusImage> images;
  std::vector<HostFsEntry> hostfs;
  std::vector<Donor> donors;
  std::vector<std::string> host_paths;
  std::vector<std::string> warnings;  // inconsistencies that do not stop a capture
  std::string rootfs_dir() const { return dir + "/images/rootfs"; }
};

inline constexpr const char* kHostFsRoot = "/srv/specconf";

// Loads and checks the corpus at `dir`. Returns "" or a one-line error naming the file.
std::string load_corpus(const std::string& dir, Corpus& out);

// Keeps only the named cases; every name must exist. Returns "" or an error.
std::string select_cases(const std::vector<std::string>& names, Corpus& corpus);

}  // namespace specconf::capture
