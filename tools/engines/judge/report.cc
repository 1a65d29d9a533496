#include "tools/engines/judge/report.h"

#include <cstdio>
#include <sstream>

namespace specconf::engine::judge {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxDetailLines = 12;

std::string fixed(double v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// Long one-line JSON (a request body, a host summary) is cut for the terminal; the reports keep it all.
std::string clip(std::string s, std::size_t max) {
  if (s.size() > max) s = s.substr(0, max) + "...";
  return s;
}

std::string pad(std::string s, std::size_t width) {
  if (s.size() < width) s += std::string(width - s.size(), ' ');
  return s;
}

// The counterexample lines of the summary, from the JSON form the reports carry.
void counterexample_lines(const json& c, std::ostream& os) {
  if (!c.is_object()) return;
  if (c.contains("host")) os << "    host:    " << clip(dump(c["host"]), 300) << "\n";
  if (c.contains("specgen")) {
    const json& s = c["specgen"];
    os << "    specgen: " << clip(s.is_string() ? s.get<std::string>() : dump(s), 600) << "\n";
  }
  if (c.contains("shrink")) {
    const json& s = c["shrink"];
    os << "    (shrunk in " << s.value("steps", 0) << " steps, " << s.value("tries", 0) << " tries"
       << (s.value("exhausted", false) ? "; budget spent, may shrink further" : "") << ")\n";
  }
}

}  // namespace

long Group::passed() const {
  long n = 0;
  for (const auto& c : cases) n += !c.failed;
  return n;
}

long Group::failed() const { return static_cast<long>(cases.size()) - passed(); }

bool Report::passed() const {
  for (const auto& g : groups) {
    if (g.failed()) return false;
  }
  return true;
}

std::string shell_quote(const std::string& word) {
  bool plain = !word.empty();
  for (char c : word) {
    if (!(isalnum(static_cast<unsigned char>(c)) || std::string("-_./:=,+@%").find(c) != std::string::npos)) plain = false;
  }
  if (plain) return word;
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string xml_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        case '\t': case '\n': case '\r': out += static_cast<char>(c); break;
        default: out += c < 0x20 ? std::string("\xEF\xBF\xBD") : std::string(1, static_cast<char>(c));
      }
      ++i;
      continue;
    }
    // Multi-byte: copy a valid sequence, replace anything else (XML must be well-formed UTF-8).
    std::size_t n = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
    bool ok = n > 0;
    for (std::size_t k = 1; ok && k <= n; ++k) ok = i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok) {
      out.append(s, i, n + 1);
      i += n + 1;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

std::string summary_text(const Report& r, std::size_t max_failures) {
  std::ostringstream os;
  os << "specconf " << r.command << ": engine " << r.engine;
  if (!r.vs.empty()) os << " vs " << r.vs;
  os << ", seed " << r.seed << "\n\n";
  long total = 0, failed = 0;
  for (const auto& g : r.groups) {
    total += static_cast<long>(g.cases.size());
    failed += g.failed();
    os << "  " << pad(g.title, 18) << pad(std::to_string(g.passed()) + " passed" +
                                              (g.failed() ? ", " + std::to_string(g.failed()) + " failed" : ""),
                                          24)
       << (g.note.empty() ? "" : "(" + g.note + ")") << "\n";
  }
  if (!r.known_bugs.empty()) {
    os << "  " << pad("known podman bugs", 18) << r.known_bugs.size()
       << " invariant(s) podman itself breaks, seen here too (reported, not failures):\n";
    for (const auto& k : r.known_bugs) {
      os << "    " << pad(k.invariant, 11) << clip(k.summary, 90) << " (" << k.occurrences << " input"
         << (k.occurrences == 1 ? "" : "s") << ")\n";
    }
  }
  for (const auto& n : r.notes) os << "  " << n << "\n";
  for (const auto& g : r.groups) {
    std::size_t shown = 0;
    for (const auto& c : g.cases) {
      if (!c.failed) continue;
      if (shown++ == max_failures) {
        os << "\n... and " << (g.failed() - static_cast<long>(max_failures)) << " more failures in " << g.title
           << " (--junit/--json list them all)\n";
        break;
      }
      os << "\nFAIL " << c.id << ": " << c.message << "\n";
      if (!c.title.empty() && c.id.rfind("invariant/", 0) == 0) os << "    invariant: " << c.title << "\n";
      counterexample_lines(c.counterexample, os);
      for (std::size_t i = 0; i < c.details.size() && i < kMaxDetailLines; ++i) os << "    " << clip(c.details[i], 400) << "\n";
      if (c.details.size() > kMaxDetailLines) os << "    ... " << (c.details.size() - kMaxDetailLines) << " more lines\n";
      if (!c.reproduce.empty()) os << "    reproduce: " << c.reproduce << "\n";
    }
  }
  os << "\n" << (failed ? "FAIL: " + std::to_string(failed) + " of " + std::to_string(total) + " checks failed"
                        : "PASS: all " + std::to_string(total) + " checks passed")
     << " in " << fixed(r.seconds, 1) << " s\n";
  return os.str();
}

std::string junit_xml(const Report& r) {
  std::ostringstream os;
  long total = 0, failed = 0;
  for (const auto& g : r.groups) {
    total += static_cast<long>(g.cases.size());
    failed += g.failed();
  }
  os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  os << "<testsuites name=\"" << xml_escape("specconf " + r.command + " " + r.engine) << "\" tests=\"" << total
     << "\" failures=\"" << failed << "\" errors=\"0\" time=\"" << fixed(r.seconds, 3) << "\">\n";
  for (const auto& g : r.groups) {
    double seconds = 0;
    for (const auto& c : g.cases) seconds += c.seconds;
    os << "  <testsuite name=\"" << xml_escape(g.name) << "\" tests=\"" << g.cases.size() << "\" failures=\""
       << g.failed() << "\" errors=\"0\" skipped=\"0\" time=\"" << fixed(seconds, 3) << "\">\n";
    for (const auto& c : g.cases) {
      const std::size_t slash = c.id.rfind('/');
      const std::string classname = slash == std::string::npos ? g.name : c.id.substr(0, slash);
      const std::string name = slash == std::string::npos ? c.id : c.id.substr(slash + 1);
      std::string classname_dots = classname;
      for (char& ch : classname_dots) {
        if (ch == '/') ch = '.';
      }
      os << "    <testcase classname=\"" << xml_escape(classname_dots) << "\" name=\"" << xml_escape(name)
         << "\" time=\"" << fixed(c.seconds, 3) << "\"";
      if (!c.failed) {
        os << "/>\n";
        continue;
      }
      os << ">\n      <failure message=\"" << xml_escape(c.message) << "\" type=\"" << xml_escape(g.name) << "\">";
      std::string body;
      if (!c.title.empty()) body += c.title + "\n";
      for (const auto& d : c.details) body += d + "\n";
      if (!c.counterexample.is_null()) body += "counterexample: " + c.counterexample.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
      if (!c.reproduce.empty()) body += "reproduce: " + c.reproduce + "\n";
      os << xml_escape(body) << "</failure>\n    </testcase>\n";
    }
    os << "  </testsuite>\n";
  }
  if (!r.known_bugs.empty()) {
    // Shown as skipped cases: visible in every CI's test view, never failing the job.
    os << "  <testsuite name=\"known-podman-bugs\" tests=\"" << r.known_bugs.size()
       << "\" failures=\"0\" errors=\"0\" skipped=\"" << r.known_bugs.size() << "\" time=\"0\">\n";
    for (const auto& k : r.known_bugs) {
      os << "    <testcase classname=\"known-podman-bugs\" name=\"" << xml_escape(k.invariant) << "\" time=\"0\">\n"
         << "      <skipped message=\"" << xml_escape("known podman bug: " + k.summary + " (" +
                                                      std::to_string(k.occurrences) + " inputs)")
         << "\">" << xml_escape("reproducer: " + k.reproducer + "\nexample: " + dump(k.example)) << "</skipped>\n"
         << "    </testcase>\n";
    }
    os << "  </testsuite>\n";
  }
  os << "</testsuites>\n";
  return os.str();
}

json to_json(const Report& r) {
  json j = {{"command", r.command}, {"engine", r.engine}, {"seed", r.seed}, {"cases", r.cases},
            {"profiles", r.profiles}, {"passed", r.passed()}, {"seconds", r.seconds}};
  if (!r.vs.empty()) j["vs"] = r.vs;
  j["groups"] = json::array();
  for (const auto& g : r.groups) {
    json jg = {{"name", g.name}, {"title", g.title}, {"note", g.note}, {"passed", g.passed()}, {"failed", g.failed()}};
    jg["failures"] = json::array();
    for (const auto& c : g.cases) {
      if (!c.failed) continue;
      json jc = {{"id", c.id}, {"title", c.title}, {"message", c.message}, {"details", c.details},
                 {"reproduce", c.reproduce}, {"checked", c.checked}, {"failures", c.failures}};
      if (!c.counterexample.is_null()) jc["counterexample"] = c.counterexample;
      jg["failures"].push_back(std::move(jc));
    }
    j["groups"].push_back(std::move(jg));
  }
  j["known_bugs"] = json::array();
  for (const auto& k : r.known_bugs) {
    j["known_bugs"].push_back({{"invariant", k.invariant}, {"summary", k.summary}, {"reproducer", k.reproducer},
                               {"occurrences", k.occurrences}, {"example", k.example}});
  }
  if (!r.notes.empty()) j["notes"] = r.notes;
  return j;
}

}  // namespace specconf::engine::judge
