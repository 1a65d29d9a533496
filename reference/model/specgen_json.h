// Go encoding/json behaviour of the SpecGenerator model: field tables in specgen_json.cc.
#pragma once

#include <string>
#include <string_view>

#include "reference/gojson/codec.h"
#include "reference/model/oci_spec_json.h"
#include "reference/model/specgen.h"

namespace specconf::gojson {

SPECCONF_GO_STRUCT(specgen::Namespace, "specgen.Namespace");
SPECCONF_GO_STRUCT(specgen::LogConfig, "specgen.LogConfig");
SPECCONF_GO_STRUCT(specgen::NamedVolume, "specgen.NamedVolume");
SPECCONF_GO_STRUCT(specgen::OverlayVolume, "specgen.OverlayVolume");
SPECCONF_GO_STRUCT(specgen::ImageVolume, "specgen.ImageVolume");
SPECCONF_GO_STRUCT(specgen::Secret, "specgen.Secret");
SPECCONF_GO_STRUCT(specgen::PortMapping, "types.PortMapping");
SPECCONF_GO_STRUCT(specgen::PerNetworkOptions, "types.PerNetworkOptions");
SPECCONF_GO_STRUCT(specgen::IDMap, "idtools.IDMap");
SPECCONF_GO_STRUCT(specgen::AutoUserNsOptions, "types.AutoUserNsOptions");
SPECCONF_GO_STRUCT(specgen::IDMappingOptions, "types.IDMappingOptions");
SPECCONF_GO_STRUCT(specgen::Schema2HealthConfig, "manifest.Schema2HealthConfig");
SPECCONF_GO_STRUCT(specgen::SpecGenerator, "specgen.SpecGenerator");

}  // namespace specconf::gojson

namespace specconf::specgen {

// json.Marshal(s).
std::string to_go_json(const SpecGenerator& s);

// Decodes a SpecGenerator the way podman's REST handler does (json.NewDecoder(body).Decode(&s)) into
// `s`, which may hold pre-filled defaults. Returns Go's error text, or "" on success.
std::string from_go_json(std::string_view body, SpecGenerator& s, std::string* error_path = nullptr);

}  // namespace specconf::specgen
