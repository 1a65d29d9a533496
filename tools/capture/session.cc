#include "tools/capture/session.h"

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "tools/capture/images.h"

namespace specconf::capture {

ProfileSession::~ProfileSession() {
  if (running_) (void)stop();
}

std::string ProfileSession::start() {
  running_ = true;  // from here on, stop() must run even if starting fails half way
  if (std::string err = script_.start(profile_); !err.empty()) return err;
  if (std::string err = script_.describe(profile_, info_); !err.empty()) return err;
  client_ = std::make_unique<PodmanClient>(info_.socket);
  std::string err;
  for (int i = 0; i < 50; ++i) {
    err = client_->ping();
    if (err.empty()) return "";
    usleep(100 * 1000);
  }
  return profile_ + ": service does not answer: " + err;
}

std::string ProfileSession::list_containers(std::set<std::string>& ids) const {
  ids.clear();
  std::string body;
  if (std::string err = client_->get(std::string(kApiPrefix) + "/containers/json?all=true", body); !err.empty())
    return err;
  try {
    for (const auto& c : nlohmann::json::parse(body)) ids.insert(c.at("Id").get<std::string>());
  } catch (const std::exception& e) {
    return std::string("containers/json: ") + e.what();
  }
  return "";
}

std::string ProfileSession::prepare(const Corpus& corpus, const std::string& tarball) {
  corpus_ = &corpus;
  if (std::string err = import_images(script_, profile_, corpus, tarball); !err.empty()) return err;
  for (const auto& d : corpus.donors) {
    HttpReply r;
    const std::string path = std::string(kApiPrefix) + (d.kind == "pod" ? "/pods/create" : "/containers/create");
    if (std::string err = client_->request("POST", path, &d.specgen, r); !err.empty()) return err;
    if (r.status != 201) return profile_ + ": donor " + d.kind + " " + d.name + ": HTTP " + std::to_string(r.status) +
                                " " + r.body;
  }
  return list_containers(baseline_);
}

std::string ProfileSession::remove_strays() {
  std::set<std::string> now;
  if (std::string err = list_containers(now); !err.empty()) return err;
  for (const auto& id : now) {
    if (baseline_.count(id)) continue;
    if (std::string err = client_->remove_container(id); !err.empty()) return err;
  }
  return "";
}

std::string ProfileSession::stop() {
  if (!running_) return "";
  running_ = false;
  std::string first_error;
  if (client_ && corpus_) {
    // Donors in reverse order (containers that join a pod before the pod); errors do not stop the stop.
    for (auto it = corpus_->donors.rbegin(); it != corpus_->donors.rend(); ++it) {
      const std::string err = it->kind == "pod" ? client_->remove_pod(it->name) : client_->remove_container(it->name);
      if (!err.empty() && first_error.empty()) first_error = profile_ + ": " + err;
    }
  }
  if (std::string err = script_.stop(profile_); !err.empty() && first_error.empty()) first_error = err;
  if (std::string left = script_.check(profile_); !left.empty() && first_error.empty()) first_error = left;
  return first_error;
}

}  // namespace specconf::capture
