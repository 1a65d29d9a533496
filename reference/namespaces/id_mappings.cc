#include "reference/namespaces/id_mappings.h"

#include <algorithm>

#include "reference/core/error.h"
#include "reference/goport/strconv.h"
#include "reference/goport/strings.h"
#include "reference/namespaces/namespace_mode.h"

namespace specconf::ref::idmap {
namespace {

using gojson::GoInt;

std::string mode_head(const std::string& mode) { return mode.substr(0, mode.find(':')); }

// vendor/github.com/containers/storage/pkg/idtools/idtools.go:createIDMap
std::vector<specgen::IDMap> create_id_map(std::vector<host::IDRange> ranges) {
  std::stable_sort(ranges.begin(), ranges.end(),
                   [](const host::IDRange& a, const host::IDRange& b) { return a.start < b.start; });
  std::vector<specgen::IDMap> out;
  GoInt container_id = 0;
  for (const auto& r : ranges) {
    out.push_back(specgen::IDMap{container_id, static_cast<GoInt>(r.start), static_cast<GoInt>(r.count)});
    container_id += static_cast<GoInt>(r.count);
  }
  return out;
}

GoInt total_size(const std::vector<specgen::IDMap>& maps) {
  GoInt n = 0;
  for (const auto& m : maps) n += m.size;
  return n;
}

}  // namespace

// pkg/namespaces/namespaces.go:UsernsMode.GetKeepIDOptions (podman aa47e05ae4)
KeepIDOptions get_keep_id_options(const std::string& mode) {
  const std::size_t colon = mode.find(':');
  if (mode.substr(0, colon) != ns::kKeepID) fail("wrong user namespace mode");
  KeepIDOptions options;
  if (colon == std::string::npos) return options;
  for (const std::string& o : goport::split(mode.substr(colon + 1), ",")) {
    const std::size_t eq = o.find('=');
    if (eq == std::string::npos) fail("invalid option specified: " + goport::quote(o));
    const std::string key = o.substr(0, eq);
    if (key != "uid" && key != "gid") fail("unknown option specified: " + goport::quote(key));
    std::string error;
    const auto v = goport::parse_uint10(o.substr(eq + 1), 32, error);
    if (!v) fail(error);
    (key == "uid" ? options.uid : options.gid) = static_cast<std::uint32_t>(*v);
  }
  return options;
}

// pkg/rootless/rootless_linux.go:GetConfiguredMappings (podman aa47e05ae4)
void get_configured_mappings(const host::HostProfile& h, std::vector<specgen::IDMap>& uids,
                             std::vector<specgen::IDMap>& gids) {
  uids.clear();
  gids.clear();
  if (h.identity.subuid.empty() || h.identity.subgid.empty()) return;
  uids = create_id_map(h.identity.subuid);
  gids = create_id_map(h.identity.subgid);
}

// pkg/util/utils.go:GetKeepIDMapping (podman aa47e05ae4; the 4.3.1 subid error per §7.2)
UserMapping get_keep_id_mapping(const host::HostProfile& h, const KeepIDOptions& opts) {
  if (!h.identity.rootless) fail("keep-id is only supported in rootless mode");
  UserMapping out;
  out.mappings.host_uid_mapping = false;
  out.mappings.host_gid_mapping = false;
  GoInt uid = h.identity.uid;  // rootless.GetRootlessUID
  GoInt gid = h.identity.gid;  // rootless.GetRootlessGID
  if (opts.uid) uid = *opts.uid;
  if (opts.gid) gid = *opts.gid;

  std::vector<specgen::IDMap> uids, gids;
  get_configured_mappings(h, uids, gids);
  if (!ns::is_seed_engine(h) && (uids.empty() || gids.empty())) {
    // fmt.Errorf("...: %w", nil): err is nil here, which Go renders as %!w(<nil>).
    fail("keep-id requires additional UIDs or GIDs defined in /etc/subuid and /etc/subgid to function "
         "correctly: %!w(<nil>)");
  }
  const GoInt max_uid = total_size(uids);
  const GoInt max_gid = total_size(gids);

  // Both engines: the 4.3.1 unconditional 0→1 range is only reached with subids present.
  auto build = [](bool have_subids, GoInt id, GoInt max) {
    std::vector<specgen::IDMap> m;
    if (have_subids) m.push_back(specgen::IDMap{0, 1, std::min(id, max)});
    m.push_back(specgen::IDMap{id, 0, 1});
    if (max > id) m.push_back(specgen::IDMap{id + 1, id + 1, max - id});
    return m;
  };
  out.mappings.uid_map = build(!uids.empty(), uid, max_uid);
  out.mappings.gid_map = build(!gids.empty(), gid, max_gid);
  out.uid = uid;
  out.gid = gid;
  return out;
}

// pkg/util/utils.go:GetNoMapMapping (podman aa47e05ae4)
UserMapping get_no_map_mapping(const host::HostProfile& h) {
  if (!h.identity.rootless) fail("nomap is only supported in rootless mode");
  std::vector<specgen::IDMap> uids, gids;
  get_configured_mappings(h, uids, gids);
  if (uids.empty() || gids.empty()) {
    fail("nomap requires additional UIDs or GIDs defined in /etc/subuid and /etc/subgid to function "
         "correctly: %!w(<nil>)");
  }
  UserMapping out;
  out.mappings.host_uid_mapping = false;
  out.mappings.host_gid_mapping = false;
  // The host side starts at 1 (the user's own ID is 0 in the rootless namespace), not at the range start.
  auto build = [](const std::vector<specgen::IDMap>& ranges) {
    std::vector<specgen::IDMap> m;
    GoInt id = 0;
    for (const auto& r : ranges) {
      m.push_back(specgen::IDMap{id, id + 1, r.size});
      id += r.size;
    }
    return m;
  };
  out.mappings.uid_map = build(uids);
  out.mappings.gid_map = build(gids);
  return out;
}

// pkg/util/utils.go:ParseIDMapping(mode, nil, nil, "", "") (podman aa47e05ae4)
specgen::IDMappingOptions parse_id_mapping(const std::string& mode) {
  specgen::IDMappingOptions options;
  options.host_uid_mapping = true;
  options.host_gid_mapping = true;
  const std::string head = mode_head(mode);
  if (head == ns::kAuto) {
    options.host_uid_mapping = false;
    options.host_gid_mapping = false;
    options.auto_userns = true;
    // GetAutoOptions on the bare "auto" gives zero options; MakeContainer never passes a value.
    return options;
  }
  if (head == ns::kKeepID || mode == "nomap") {
    options.host_uid_mapping = false;
    options.host_gid_mapping = false;
  }
  return options;
}

}  // namespace specconf::ref::idmap
