#include "reference/libpod/image_reference.h"

#include <algorithm>
#include <cstdint>

#include "reference/goport/strconv.h"

namespace specconf::ref::libpod {
namespace {

constexpr std::size_t kNameTotalLengthMax = 255;  // reference.NameTotalLengthMax

bool is_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool is_alnum(char c) { return is_lower_alnum(c) || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word(char c) { return is_alnum(c) || c == '_'; }
bool is_lower_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f'); }

// nameComponentRegexp: [a-z0-9]+ ((?:[._]|__|[-]*)[a-z0-9]+)*
bool is_name_component(std::string_view s) {
  std::size_t i = 0;
  while (true) {
    const std::size_t run = i;
    while (i < s.size() && is_lower_alnum(s[i])) ++i;
    if (i == run) return false;  // every separator must be followed by an alphanumeric run
    if (i == s.size()) return true;
    const std::size_t sep = i;
    while (i < s.size() && !is_lower_alnum(s[i])) ++i;
    const std::string_view sv = s.substr(sep, i - sep);
    const bool dashes = std::all_of(sv.begin(), sv.end(), [](char c) { return c == '-'; });
    if (!(sv == "." || sv == "_" || sv == "__" || dashes)) return false;
  }
}

// nameComponentRegexp ("/" nameComponentRegexp)*
bool is_name_path(std::string_view s) {
  std::size_t start = 0;
  while (true) {
    const std::size_t slash = s.find('/', start);
    if (!is_name_component(s.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start)))
      return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

// domainComponentRegexp: [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
bool is_domain_component(std::string_view s) {
  if (s.empty() || !is_alnum(s.front()) || !is_alnum(s.back())) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return is_alnum(c) || c == '-'; });
}

// DomainRegexp: domainComponent ("." domainComponent)* (":" [0-9]+)?
bool is_domain(std::string_view s) {
  const std::size_t colon = s.find(':');
  if (colon != std::string_view::npos) {
    const std::string_view port = s.substr(colon + 1);
    if (port.empty() || !std::all_of(port.begin(), port.end(), is_digit)) return false;
    s = s.substr(0, colon);
  }
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = s.find('.', start);
    if (!is_domain_component(s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start)))
      return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

// TagRegexp: [\w][\w.-]{0,127}
bool is_tag(std::string_view s) {
  if (s.empty() || s.size() > 128 || !is_word(s[0])) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return is_word(c) || c == '.' || c == '-'; });
}

// DigestRegexp, then go-digest's Digest.Validate: sha256/384/512 with lower-case hex of their length.
bool is_valid_digest(std::string_view s) {
  const std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view algorithm = s.substr(0, colon);
  const std::string_view encoded = s.substr(colon + 1);
  std::size_t want = 0;
  if (algorithm == "sha256") want = 64;
  else if (algorithm == "sha384") want = 96;
  else if (algorithm == "sha512") want = 128;
  else return false;
  return encoded.size() == want && std::all_of(encoded.begin(), encoded.end(), is_lower_hex);
}

// anchoredNameRegexp: the domain is the first component when it can be one and the rest is a path.
bool split_name(std::string_view name, DockerReference& out) {
  const std::size_t slash = name.find('/');
  if (slash != std::string_view::npos && is_domain(name.substr(0, slash)) && is_name_path(name.substr(slash + 1))) {
    out.domain = std::string(name.substr(0, slash));
    out.path = std::string(name.substr(slash + 1));
    return true;
  }
  if (!is_name_path(name)) return false;
  out.domain.clear();
  out.path = std::string(name);
  return true;
}

}  // namespace

// github.com/docker/distribution/reference/reference.go:Parse (v2.8.1). Name, tag and digest cannot hold
// '@'; a tag holds no '/' or ':', and a domain's port colon is always followed by a '/'.
bool parse_docker_reference(std::string_view s, DockerReference& out) {
  out = DockerReference{};
  std::string_view rest = s;
  const std::size_t at = s.find('@');
  if (at != std::string_view::npos) {
    out.digest = std::string(s.substr(at + 1));
    rest = s.substr(0, at);
    if (!is_valid_digest(out.digest)) return false;
  }
  const std::size_t colon = rest.rfind(':');
  const std::size_t slash = rest.rfind('/');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
    out.tag = std::string(rest.substr(colon + 1));
    rest = rest.substr(0, colon);
    if (!is_tag(out.tag)) return false;
  }
  if (!split_name(rest, out)) return false;
  return rest.size() <= kNameTotalLengthMax;
}

// github.com/docker/distribution/reference/normalize.go:ParseNormalizedNamed + splitDockerDomain (v2.8.1)
bool parse_normalized_named(std::string_view s, DockerReference& out) {
  if (s.size() == 64 && std::all_of(s.begin(), s.end(), is_lower_hex)) return false;  // a bare image ID
  std::string domain;
  std::string remainder;
  const std::size_t i = s.find('/');
  const std::string_view first = i == std::string_view::npos ? std::string_view() : s.substr(0, i);
  if (i == std::string_view::npos ||
      (first.find_first_of(".:") == std::string_view::npos && first != "localhost")) {
    domain = "docker.io";
    remainder = std::string(s);
  } else {
    domain = std::string(first);
    remainder = std::string(s.substr(i + 1));
  }
  if (domain == "index.docker.io") domain = "docker.io";
  if (domain == "docker.io" && remainder.find('/') == std::string::npos) remainder = "library/" + remainder;
  const std::string remote_name = remainder.substr(0, remainder.find(':'));
  if (std::any_of(remote_name.begin(), remote_name.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
  return parse_docker_reference(domain + "/" + remainder, out);
}

// containers/image v5.23.1 pkg/shortnames/shortnames.go:IsShortName
bool is_short_name(std::string_view input) {
  DockerReference ref;
  if (!parse_docker_reference(input, ref)) return false;
  return ref.domain.find_first_of(".:") == std::string::npos && ref.domain != "localhost";
}

namespace {

// docker/docker_transport.go:ParseReference + newReference (containers/image v5.23.1)
bool parse_docker_transport(std::string_view ref) {
  if (ref.substr(0, 2) != "//") return false;
  DockerReference named;
  if (!parse_normalized_named(ref.substr(2), named)) return false;
  return named.tag.empty() || named.digest.empty();  // both a tag and a digest are refused
}

// docker/archive/transport.go:ParseReference + newReference (containers/image v5.23.1)
bool parse_docker_archive_transport(std::string_view ref) {
  if (ref.empty()) return false;
  const std::size_t colon = ref.find(':');
  if (colon == std::string_view::npos) return true;
  const std::string_view suffix = ref.substr(colon + 1);
  if (!suffix.empty() && suffix[0] == '@') {
    std::string err;
    const std::optional<std::int64_t> index = goport::atoi(suffix.substr(1), err);
    return index && *index >= 0;
  }
  DockerReference named;
  return parse_normalized_named(suffix, named) && named.digest.empty();  // a tag, never a digest
}

}  // namespace

// containers/image v5.23.1 transports/alltransports/alltransports.go:ParseImageName, with the
// transports a Debian podman 4.3.1 registers (no ostree).
ParsedImageName parse_image_name(std::string_view name) {
  static const char* const kOtherTransports[] = {"dir", "docker-daemon", "oci", "oci-archive", "atomic",
                                                 "sif", "tarball", "containers-storage"};
  ParsedImageName out;
  const std::size_t colon = name.find(':');
  if (colon == std::string_view::npos) return out;
  const std::string transport(name.substr(0, colon));
  const std::string_view ref = name.substr(colon + 1);
  if (transport == "docker") {
    out.ok = parse_docker_transport(ref);
  } else if (transport == "docker-archive") {
    out.ok = parse_docker_archive_transport(ref);
  } else if (std::find(std::begin(kOtherTransports), std::end(kOtherTransports), transport) !=
             std::end(kOtherTransports)) {
    out.ok = !ref.empty();
  }
  if (out.ok) out.transport = transport;
  return out;
}

}  // namespace specconf::ref::libpod
