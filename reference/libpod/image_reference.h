// Image reference parsing as validate() needs it for the io.containers.autoupdate label: the docker
// reference grammar (github.com/docker/distribution/reference v2.8.1), containers/image's short-name test
// and alltransports.ParseImageName (containers/image v5.23.1). Hand-written rather than regex-based: the
// grammar is small, and request bytes of any length reach it.
#pragma once

#include <string>
#include <string_view>

namespace specconf::ref::libpod {

// The parts of a reference docker/distribution's reference.Parse accepts.
struct DockerReference {
  std::string domain;  // empty when the name has no domain component
  std::string path;
  std::string tag;
  std::string digest;
};

// reference.Parse: true when `s` is a valid (possibly unnormalized) reference; fills `out`.
bool parse_docker_reference(std::string_view s, DockerReference& out);

// reference.ParseNormalizedNamed: true when `s` parses once docker.io/library defaults are applied.
bool parse_normalized_named(std::string_view s, DockerReference& out);

// pkg/shortnames/shortnames.go:IsShortName (containers/image v5.23.1): a valid reference whose domain is
// not a registry (has no '.' or ':' and is not "localhost").
bool is_short_name(std::string_view input);

// The outcome of alltransports.ParseImageName(name): Go's (ref, err), reduced to what validate() reads.
struct ParsedImageName {
  bool ok = false;        // err == nil
  std::string transport;  // ref.Transport().Name(), when ok
};

// alltransports.ParseImageName (containers/image v5.23.1). docker:// and docker-archive: references are
// parsed exactly. Every other transport's ParseReference resolves its path on the host or opens a store;
// the reference takes any non-empty reference of theirs as parsing (deliberate difference).
ParsedImageName parse_image_name(std::string_view name);

}  // namespace specconf::ref::libpod
