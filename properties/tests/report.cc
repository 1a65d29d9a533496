#include "properties/tests/report.h"

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "reference/model/host_profile_json.h"
#include "tools/diff/semantic_diff.h"

namespace specconf::props::test {

namespace {

bool make_dirs(const std::string& path) {
  for (std::size_t i = 1; i <= path.size(); ++i) {
    if (i < path.size() && path[i] != '/') continue;
    const std::string part = path.substr(0, i);
    if (::mkdir(part.c_str(), 0755) != 0 && errno != EEXIST) return false;
  }
  return true;
}

bool write(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << data;
  return static_cast<bool>(out);
}

std::string writable_dir(const std::string& slug) {
  std::vector<std::string> roots;
  if (const char* d = std::getenv("SPECCONF_CEX_DIR")) roots.push_back(d);
  roots.push_back("/tmp/specconf-props");
  if (const char* d = std::getenv("TEST_TMPDIR")) roots.push_back(d);
  for (const auto& root : roots) {
    const std::string dir = root + "/" + slug;
    if (make_dirs(dir) && write(dir + "/.probe", "")) return dir;
  }
  return "";
}

}  // namespace

std::string outcome_diff(const EngineRun& expected, const EngineRun& actual) {
  std::string out;
  const auto e = nlohmann::json::parse(expected.outcome_json());
  const auto a = nlohmann::json::parse(actual.outcome_json());
  for (const auto& d : diff::compare_results(e, a)) out += "  " + diff::format_difference(d) + "\n";
  return out;
}

std::string report(const Failure& f, const EngineRun& run, const std::string& slug) {
  std::ostringstream os;
  const gen::Case& c = *run.c;
  os << "\n" << f.what << "\n  " << f.message << "\n";
  os << "host: " << c.host.summary().dump() << "\n";
  if (!c.request.scenario.empty()) os << "scenario: " << c.request.scenario << "\n";
  os << "specgen: " << run.body << "\n";
  os << "outcome: " << (run.result.ok() ? "spec" : "error: " + run.result.error) << "\n";
  if (!f.diff.empty()) os << "expected vs actual:\n" << f.diff;
  const std::string dir = writable_dir(slug);
  if (dir.empty()) {
    os << "(could not write the reproducer files: no writable directory)\n";
    return os.str();
  }
  write(dir + "/host.json", host::to_go_json(*c.host.profile) + "\n");
  write(dir + "/specgen.json", run.body + "\n");
  write(dir + "/outcome.json", run.outcome_json() + "\n");
  const std::string host_arg = c.host.edits.empty() ? c.host.base : dir + "/host.json";
  os << "files: " << dir << "/{host,specgen,outcome}.json\n";
  os << "reproduce: tools/specconf.sh generate --host " << host_arg << " " << dir << "/specgen.json\n";
  os << "judge:     tools/specconf.sh check --host " << host_arg << " " << dir << "/specgen.json " << dir
     << "/outcome.json\n";
  return os.str();
}

}  // namespace specconf::props::test
