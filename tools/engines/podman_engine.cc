#include "tools/engines/podman_engine.h"

#include <algorithm>
#include <stdexcept>

#include "tools/capture/case_capture.h"
#include "tools/capture/corpus.h"
#include "tools/capture/host_probe.h"
#include "tools/capture/interrupt.h"
#include "tools/capture/profiles.h"
#include "tools/capture/run_context.h"
#include "tools/capture/session.h"

namespace specconf::engine {

struct PodmanEngine::Live {
  capture::CommonOptions options;
  capture::Corpus corpus;
  std::unique_ptr<capture::ProfileScript> script;
  std::unique_ptr<capture::HostPreparation> host;
  std::unique_ptr<capture::ProfileSession> session;
};

PodmanEngine::PodmanEngine(std::string profile, Options options)
    : profile_(std::move(profile)), options_(std::move(options)) {
  const auto& known = capture::all_profiles();
  if (std::find(known.begin(), known.end(), profile_) == known.end()) {
    std::string names;
    for (const auto& n : known) names += (names.empty() ? "" : ", ") + n;
    throw std::invalid_argument("unknown podman profile \"" + profile_ + "\" (profiles: " + names + ")");
  }
}

PodmanEngine::~PodmanEngine() { (void)stop(); }

std::string PodmanEngine::start() {
  if (state_) return "";
  state_ = std::make_unique<Live>();
  Live& s = *state_;
  std::vector<std::string> args = {"--profiles", profile_};
  if (!options_.repo.empty()) args.insert(args.end(), {"--repo", options_.repo});
  if (std::string err = capture::parse_common_options(args, false, s.options); !err.empty()) return err;
  std::string package;
  if (std::string err = capture::podman_package_version(package); !err.empty()) return err;
  if (std::string err = capture::load_corpus(s.options.corpus_dir, s.corpus); !err.empty()) return err;
  // Ctrl-C then only raises a flag: judges stop between requests and stop() tears the service down.
  capture::install_interrupt_handlers();
  s.script = std::make_unique<capture::ProfileScript>(s.options.repo + "/tools/capture/podman-profile.sh");
  s.host = std::make_unique<capture::HostPreparation>(*s.script);
  if (std::string err = s.host->begin(s.corpus); !err.empty()) return err;
  s.session = std::make_unique<capture::ProfileSession>(*s.script, profile_);
  if (std::string err = s.session->start(); !err.empty()) return err;
  if (std::string err = s.session->prepare(s.corpus, s.host->tarball()); !err.empty()) return err;
  capture::ProbeInput in;
  in.profile = s.session->info();
  in.client = &s.session->client();
  in.corpus = &s.corpus;
  in.podman_package = package;
  auto live = std::make_unique<host::HostProfile>();
  if (std::string err = capture::probe_host(in, *live); !err.empty()) return profile_ + ": probe: " + err;
  live_ = std::move(live);
  return "";
}

Result PodmanEngine::run(const Request& request) {
  Result r;
  r.kind = Result::Kind::kFault;
  if (!state_ || !live_) {
    r.fault = "the podman service is not running (start() failed or was not called)";
    return r;
  }
  if (capture::interrupted()) {
    r.fault = "interrupted";
    return r;
  }
  capture::Capture c;
  if (std::string err = capture::capture_once(*state_->session, std::string(request.body), c); !err.empty()) {
    r.fault = err;
    return r;
  }
  if (c.error) {
    r.kind = Result::Kind::kError;
    r.error = c.error->message;
  } else {
    r.kind = Result::Kind::kSpec;
    r.spec_json = std::move(c.spec);
  }
  return r;
}

std::string PodmanEngine::stop() {
  if (!state_) return "";
  std::string first;
  if (state_->session) first = state_->session->stop();
  if (state_->host) {
    if (std::string err = state_->host->end(); !err.empty() && first.empty()) first = err;
  }
  state_.reset();
  return first;
}

}  // namespace specconf::engine
