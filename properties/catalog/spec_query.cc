#include "properties/catalog/spec_query.h"

#include "reference/goport/path.h"

namespace specconf::props {

std::vector<const oci::Mount*> mounts_at(const oci::Spec& spec, const std::string& dest) {
  std::vector<const oci::Mount*> out;
  const std::string want = goport::path_clean(dest);
  for (const auto& m : spec.mounts) {
    if (goport::path_clean(m.destination) == want) out.push_back(&m);
  }
  return out;
}

const oci::Mount* mount_at(const oci::Spec& spec, const std::string& dest) {
  const auto all = mounts_at(spec, dest);
  return all.size() == 1 ? all[0] : nullptr;
}

bool has_option(const oci::Mount& m, const std::string& option) {
  for (const auto& o : m.options)
    if (o == option) return true;
  return false;
}

std::string list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + items[i];
  return out + "]";
}

std::string describe(const oci::Mount& m) {
  return m.destination + " " + m.type + " " + m.source + " " + list(m.options);
}

const std::vector<std::string>& masked_paths(const oci::Spec& spec) {
  static const std::vector<std::string> none;
  return spec.linux_ ? spec.linux_->masked_paths : none;
}

const std::vector<oci::LinuxDeviceCgroup>& device_rules(const oci::Spec& spec) {
  static const std::vector<oci::LinuxDeviceCgroup> none;
  if (!spec.linux_ || !spec.linux_->resources || !spec.linux_->resources->devices) return none;
  return *spec.linux_->resources->devices;
}

bool is_deny_all(const oci::LinuxDeviceCgroup& rule) {
  return !rule.allow && rule.access == "rwm" && (rule.type.empty() || rule.type == "a") && !rule.major &&
         !rule.minor;
}

bool has_namespace(const oci::Spec& spec, const std::string& type) {
  if (!spec.linux_) return false;
  for (const auto& n : spec.linux_->namespaces)
    if (n.type.str() == type) return true;
  return false;
}

const std::string* annotation(const oci::Spec& spec, const std::string& key) {
  const auto it = spec.annotations.find(key);
  return it == spec.annotations.end() ? nullptr : &it->second;
}

std::optional<std::string> env_value(const oci::Spec& spec, const std::string& name) {
  if (!spec.process) return std::nullopt;
  for (const auto& e : spec.process->env) {
    if (e.size() > name.size() && e.compare(0, name.size(), name) == 0 && e[name.size()] == '=') {
      return e.substr(name.size() + 1);
    }
  }
  return std::nullopt;
}

}  // namespace specconf::props
