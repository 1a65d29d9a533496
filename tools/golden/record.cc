#include "tools/golden/record.h"

#include "reference/gojson/codec.h"
#include "reference/model/oci_spec_json.h"

namespace specconf::gojson {

SPECCONF_GO_STRUCT(golden::PodmanErrorBody, "golden.PodmanErrorBody");
SPECCONF_GO_STRUCT(golden::Record, "golden.Record");

const FieldTable& GoStruct<golden::PodmanErrorBody>::fields() {
  using T = golden::PodmanErrorBody;
  static const FieldTable table{
      field<&T::cause>("cause"),
      field<&T::message>("message"),
      field<&T::response>("response"),
  };
  return table;
}

const FieldTable& GoStruct<golden::Record>::fields() {
  using T = golden::Record;
  static const FieldTable table{
      field<&T::case_name>("case"),
      field<&T::profile>("profile"),
      field<&T::podman>("podman"),
      field<&T::captured>("captured"),
      field<&T::specgen_sha256>("specgen_sha256"),
      field<&T::status>("status"),
      field<&T::warnings, kOmitEmpty>("warnings"),
      field<&T::spec, kOmitEmpty>("spec"),
      field<&T::error, kOmitEmpty>("error"),
  };
  return table;
}

}  // namespace specconf::gojson

namespace specconf::golden {

std::string parse_record(std::string_view json, Record& out) {
  out = Record{};
  if (std::string err = gojson::go_unmarshal(json, out); !err.empty()) return err;
  if (out.case_name.empty() || out.profile.empty()) return "not a golden record: \"case\" or \"profile\" missing";
  if (out.spec.has_value() == out.error.has_value())
    return "not a golden record: exactly one of \"spec\" and \"error\" must be present";
  return "";
}

std::string format_record(const Record& r) { return gojson::go_indent(gojson::go_marshal(r), " ") + "\n"; }

}  // namespace specconf::golden
