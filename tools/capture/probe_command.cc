#include "tools/capture/probe_command.h"

#include <iostream>
#include <map>

#include "reference/model/host_profile_json.h"
#include "tools/capture/atomic_file.h"
#include "tools/capture/host_probe.h"
#include "tools/capture/interrupt.h"

namespace specconf::capture {
namespace {

// Each donor's ids by its name: "c:<name>" a container, "p:<name>" a pod, "i:<name>" a pod's infra.
std::map<std::string, std::string> donor_ids(const host::HostProfile& h) {
  std::map<std::string, std::string> ids;
  for (const auto& c : h.containers) ids["c:" + c.name] = c.id;
  for (const auto& p : h.pods) {
    ids["p:" + p.name] = p.id;
    if (!p.infra_id.empty()) ids["i:" + p.name] = p.infra_id;
  }
  return ids;
}

}  // namespace

std::string probe_and_write(const ProfileSession& session, const Corpus& corpus, const CommonOptions& options,
                            const std::string& podman_package, IdRenames& renames, std::string& what_happened) {
  renames.clear();
  ProbeInput in;
  in.profile = session.info();
  in.client = &session.client();
  in.corpus = &corpus;
  in.podman_package = podman_package;
  host::HostProfile h;
  if (std::string err = probe_host(in, h); !err.empty()) return session.profile() + ": probe: " + err;
  const std::string path = host_profile_path(options, session.profile());
  const std::string text = format_host_profile(h);
  std::string old_text;
  if (read_file(path, old_text).empty()) {
    if (old_text == text) {
      what_happened = "unchanged";
      return "";
    }
    host::HostProfile old_profile;
    if (host::from_go_json(old_text, old_profile).empty()) {
      const auto now = donor_ids(h);
      for (const auto& [name, old_id] : donor_ids(old_profile)) {
        auto it = now.find(name);
        if (it != now.end() && it->second != old_id && !old_id.empty()) renames[old_id] = it->second;
      }
    }
    what_happened = "updated";
  } else {
    what_happened = "new";
  }
  if (std::string err = write_file_atomically(path, text); !err.empty()) return err;
  return "";
}

int run_probe(const std::vector<std::string>& args) {
  CommonOptions opt;
  if (std::string err = parse_common_options(args, false, opt); !err.empty()) {
    std::cerr << "specconf probe: " << err << "\n"
              << "usage: specconf probe [--profiles P,...] [--corpus DIR] [--golden DIR] [--repo DIR]\n";
    return 2;
  }
  install_interrupt_handlers();
  std::string podman;
  if (std::string err = podman_package_version(podman); !err.empty()) {
    std::cerr << "specconf probe: " << err << "\n";
    return 1;
  }
  Corpus corpus;
  if (std::string err = load_corpus(opt.corpus_dir, corpus); !err.empty()) {
    std::cerr << "specconf probe: " << err << "\n";
    return 1;
  }
  const ProfileScript script(opt.repo + "/tools/capture/podman-profile.sh");
  HostPreparation host(script);
  int failures = 0;
  if (std::string err = host.begin(corpus); !err.empty()) {
    std::cerr << "specconf probe: " << err << "\n";
    return 1;
  }
  for (const auto& profile : opt.profiles) {
    if (interrupted()) break;
    ProfileSession session(script, profile);
    std::string err = session.start();
    if (err.empty()) err = session.prepare(corpus, host.tarball());
    IdRenames renames;
    std::string what;
    if (err.empty()) err = probe_and_write(session, corpus, opt, podman, renames, what);
    const std::string stop_err = session.stop();
    if (!err.empty() || !stop_err.empty()) {
      ++failures;
      std::cerr << "specconf probe: " << (err.empty() ? stop_err : err) << "\n";
      if (!err.empty() && !stop_err.empty()) std::cerr << "specconf probe: " << stop_err << "\n";
      continue;
    }
    std::cerr << "[" << profile << "] " << host_profile_path(opt, profile) << ": " << what;
    if (!renames.empty()) std::cerr << " (new donor ids: records that name the old ones need a capture)";
    std::cerr << "\n";
  }
  if (std::string err = host.end(); !err.empty()) {
    ++failures;
    std::cerr << "specconf probe: " << err << "\n";
  }
  if (interrupted()) {
    std::cerr << "specconf probe: interrupted; everything started was stopped\n";
    return 128 + interrupt_signal();
  }
  return failures ? 1 : 0;
}

}  // namespace specconf::capture
