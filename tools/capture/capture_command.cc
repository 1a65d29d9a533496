#include "tools/capture/capture_command.h"

#include <dirent.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <set>

#include "tools/capture/atomic_file.h"
#include "tools/capture/case_capture.h"
#include "tools/capture/golden_store.h"
#include "tools/capture/interrupt.h"
#include "tools/capture/probe_command.h"
#include "tools/capture/run_context.h"
#include "tools/capture/session.h"
#include "tools/capture/sha256.h"

namespace specconf::capture {
namespace {

struct Tally {
  int cases = 0, created = 0, refused = 0;
  int fresh = 0, unchanged = 0, renamed = 0, updated = 0, changed_kept = 0;
  int unstable = 0, failed = 0;
};

const char* kUsage =
    "usage: specconf capture [--profiles P,...] [--cases C,...] [--update] [--corpus DIR] [--golden DIR] [--repo DIR]\n";

// Records of the profile not rewritten in this run that still name ids of the previous donors.
void warn_about_old_ids(const std::string& dir, const std::set<std::string>& touched, const IdRenames& renames,
                        const std::string& profile) {
  if (renames.empty()) return;
  DIR* d = opendir(dir.c_str());
  if (!d) return;
  std::vector<std::string> stale;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.size() < 6 || name.compare(name.size() - 5, 5, ".json") != 0) continue;
    name = name.substr(0, name.size() - 5);
    if (touched.count(name)) continue;
    std::string text;
    if (!read_file(dir + "/" + name + ".json", text).empty()) continue;
    for (const auto& [id, unused] : renames) {
      if (text.find(id) != std::string::npos) {
        stale.push_back(name);
        break;
      }
    }
  }
  closedir(d);
  std::sort(stale.begin(), stale.end());
  for (const auto& s : stale)
    std::cerr << "[" << profile << "] " << s << ": names a donor id that no longer exists; recapture it\n";
}

// Captures one case twice and files the record. Returns false when the machinery failed badly enough
// that the profile's service cannot be trusted any more.
bool capture_case(ProfileSession& session, const CorpusCase& c, const CommonOptions& opt, const std::string& podman,
                  const std::string& date, const IdRenames& renames, Tally& t, std::set<std::string>& touched) {
  const std::string& profile = session.profile();
  auto say = [&](const std::string& what) { std::cerr << "[" << profile << "] " << c.name << ": " << what << "\n"; };
  ++t.cases;
  Capture first, second;
  std::string err = capture_once(session, c.body, first);
  if (err.empty()) err = capture_once(session, c.body, second);
  if (!err.empty()) {
    ++t.failed;
    say("capture failed: " + err);
    return session.client().ping().empty();
  }
  (first.status == 201 ? t.created : t.refused)++;
  if (std::string why = disagreement(first, second); !why.empty()) {
    ++t.unstable;
    say("two captures disagree, not written: " + why);
    return true;
  }
  golden::Record record;
  const RecordMeta meta{c.name, profile, podman, date, sha256_hex(c.body)};
  if (std::string e = make_record(meta, first, record); !e.empty()) {
    ++t.failed;
    say(e);
    return true;
  }
  const std::string path = opt.golden_dir + "/" + profile + "/" + c.name + ".json";
  const RecordCheck check = check_against_existing(path, record, renames);
  touched.insert(c.name);
  if (check.state == RecordState::kUnchanged) {
    ++t.unchanged;
    return true;
  }
  if (check.state == RecordState::kChanged && !opt.update) {
    ++t.changed_kept;
    say("differs from the record (kept; --update replaces it): " + check.why);
    return true;
  }
  if (std::string e = write_record(path, record); !e.empty()) {
    ++t.failed;
    say(e);
    return true;
  }
  if (check.state == RecordState::kNew) {
    ++t.fresh;
  } else if (check.state == RecordState::kRenamed) {
    ++t.renamed;
  } else {
    ++t.updated;
    say("updated: " + check.why);
  }
  return true;
}

}  // namespace

int run_capture(const std::vector<std::string>& args) {
  CommonOptions opt;
  if (std::string err = parse_common_options(args, true, opt); !err.empty()) {
    std::cerr << "specconf capture: " << err << "\n" << kUsage;
    return 2;
  }
  install_interrupt_handlers();
  auto fail = [](const std::string& err) {
    std::cerr << "specconf capture: " << err << "\n";
    return 1;
  };
  std::string podman;
  if (std::string err = podman_package_version(podman); !err.empty()) return fail(err);
  Corpus corpus;
  if (std::string err = load_corpus(opt.corpus_dir, corpus); !err.empty()) return fail(err);
  if (!opt.cases.empty()) {
    if (std::string err = select_cases(opt.cases, corpus); !err.empty()) return fail(err);
  }
  for (const auto& w : corpus.warnings) std::cerr << "specconf capture: warning: " << w << "\n";
  const std::string date = utc_date();

  const ProfileScript script(opt.repo + "/tools/capture/podman-profile.sh");
  HostPreparation host(script);
  if (std::string err = host.begin(corpus); !err.empty()) return fail(err);

  int failures = 0;
  Tally total;
  for (const auto& profile : opt.profiles) {
    if (interrupted()) break;
    const auto started = std::chrono::steady_clock::now();
    ProfileSession session(script, profile);
    std::string err = session.start();
    if (err.empty()) err = session.prepare(corpus, host.tarball());
    IdRenames renames;
    std::string host_state;
    if (err.empty()) err = probe_and_write(session, corpus, opt, podman, renames, host_state);
    Tally t;
    std::set<std::string> touched;
    if (err.empty()) {
      for (const auto& c : corpus.cases) {
        if (interrupted()) break;
        if (!c.runs_on(profile)) continue;
        if (!capture_case(session, c, opt, podman, date, renames, t, touched)) {
          err = profile + ": the service stopped answering; its remaining cases were skipped";
          break;
        }
      }
    }
    const std::string stop_err = session.stop();
    for (const auto& e : {err, stop_err}) {
      if (!e.empty()) {
        ++failures;
        std::cerr << "specconf capture: " << e << "\n";
      }
    }
    warn_about_old_ids(opt.golden_dir + "/" + profile, touched, renames, profile);
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cerr << "[" << profile << "] " << t.cases << " cases (" << t.created << " created, " << t.refused
              << " refused): " << t.fresh << " new, " << t.unchanged << " unchanged, " << t.renamed << " with new donor ids, "
              << t.updated << " updated, "
              << t.changed_kept << " differ (kept), " << t.unstable << " unstable, " << t.failed
              << " failed; host profile " << (host_state.empty() ? "not written" : host_state) << "; "
              << static_cast<int>(secs) << " s\n";
    total.cases += t.cases;
    total.changed_kept += t.changed_kept;
    total.unstable += t.unstable;
    total.failed += t.failed;
  }
  if (std::string err = host.end(); !err.empty()) {
    ++failures;
    std::cerr << "specconf capture: " << err << "\n";
  }
  if (interrupted()) {
    std::cerr << "specconf capture: interrupted; everything started was stopped\n";
    return 128 + interrupt_signal();
  }
  return failures || total.failed || total.unstable || total.changed_kept ? 1 : 0;
}

}  // namespace specconf::capture
