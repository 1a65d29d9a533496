#include "properties/schema/oci_schema.h"

#include <memory>
#include <set>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include "reference/gojson/nesting.h"

#if defined(__SANITIZE_ADDRESS__)
#define SPECCONF_LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SPECCONF_LSAN 1
#endif
#endif
#ifdef SPECCONF_LSAN
#include <sanitizer/lsan_interface.h>
#endif

namespace specconf::schema {
namespace {

// Deeper documents are refused before rapidjson's recursive Accept walks them (specs are about 8 deep).
constexpr std::size_t kMaxDepth = 256;

// Serves the $ref'd schema files from the embedded copies. rapidjson 1.1.0 hands over the file name one
// character short ("defs.jso" for "defs.json#/definitions/..."), so a name is completed to the embedded file
// it is a one-character prefix of; an exact name (a fixed rapidjson) is taken as is.
class EmbeddedProvider : public rapidjson::IRemoteSchemaDocumentProvider {
 public:
  const rapidjson::SchemaDocument* GetRemoteDocument(const char* uri, rapidjson::SizeType length) override {
    const std::string name = complete(std::string(uri, length));
    if (name.empty()) return nullptr;
    if (auto it = loaded_.find(name); it != loaded_.end()) return it->second->schema.get();
    if (!loading_.insert(name).second) return nullptr;  // a $ref cycle between files: none in the OCI schema
    auto doc = load(name);
    loading_.erase(name);
    const rapidjson::SchemaDocument* out = doc ? doc->schema.get() : nullptr;
    loaded_[name] = std::move(doc);
    return out;
  }

  const rapidjson::SchemaDocument* root() {
    return GetRemoteDocument("config-schema.json", static_cast<rapidjson::SizeType>(18));
  }

 private:
  struct Loaded {
    rapidjson::Document json;  // the schema keeps pointers into it
    std::unique_ptr<rapidjson::SchemaDocument> schema;
  };

  static std::string complete(const std::string& given) {
    std::string one_longer;
    for (const auto& [base, text] : oci_schema_files()) {
      const std::string file = base + ".json";
      if (file == given) return file;
      if (file.size() == given.size() + 1 && file.compare(0, given.size(), given) == 0) one_longer = file;
    }
    return one_longer;
  }

  std::unique_ptr<Loaded> load(const std::string& file) {
    const auto& files = oci_schema_files();
    const auto it = files.find(file.substr(0, file.size() - 5));
    if (it == files.end()) return nullptr;
    auto doc = std::make_unique<Loaded>();
    doc->json.Parse(it->second.data(), it->second.size());
    if (doc->json.HasParseError()) return nullptr;
    doc->schema = std::make_unique<rapidjson::SchemaDocument>(doc->json, this);
    return doc;
  }

  std::map<std::string, std::unique_ptr<Loaded>> loaded_;
  std::set<std::string> loading_;
};

const rapidjson::SchemaDocument* build_config_schema() {
  // rapidjson 1.1.0's Schema constructor loses a few hundred bytes (its allProperties scratch array). The
  // schemas live as long as the process anyway; hiding that one-time loss keeps leak checks (libFuzzer's
  // -detect_leaks, ASan builds) about the code under test.
#ifdef SPECCONF_LSAN
  __lsan_disable();
#endif
  static EmbeddedProvider* provider = new EmbeddedProvider();  // lives as long as the schemas it serves
  const rapidjson::SchemaDocument* root = provider->root();
#ifdef SPECCONF_LSAN
  __lsan_enable();
#endif
  return root;
}

const rapidjson::SchemaDocument& config_schema() {
  static const rapidjson::SchemaDocument* root = build_config_schema();
  return *root;
}

std::string pointer_text(const rapidjson::Pointer& p) {
  rapidjson::StringBuffer sb;
  p.Stringify(sb);
  const std::string s = sb.GetString();
  return s.empty() ? "/" : s;
}

}  // namespace

std::optional<std::string> validate_spec_json(std::string_view json) {
  if (gojson::nesting_depth(json, kMaxDepth) > kMaxDepth) {
    return "/: nested deeper than " + std::to_string(kMaxDepth) + " levels";
  }
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size());
  if (doc.HasParseError()) {
    return "/: not JSON: " + std::string(rapidjson::GetParseError_En(doc.GetParseError())) + " at offset " +
           std::to_string(doc.GetErrorOffset());
  }
  rapidjson::SchemaValidator validator(config_schema());
  if (doc.Accept(validator)) return std::nullopt;
  // The schema pointer is relative to the schema file holding the rule, which rapidjson does not name; it
  // only helps when it points below that file's root.
  const std::string where = pointer_text(validator.GetInvalidSchemaPointer());
  return pointer_text(validator.GetInvalidDocumentPointer()) + ": fails \"" + validator.GetInvalidSchemaKeyword() +
         "\"" + (where == "/" ? "" : " (schema " + where + ")");
}

}  // namespace specconf::schema
