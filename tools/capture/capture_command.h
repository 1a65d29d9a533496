// `specconf capture [--profiles P,...] [--cases C,...] [--update] [--corpus DIR] [--golden DIR] [--repo DIR]`:
// every corpus case on every profile it runs on, against real podman, into golden/<profile>/<case>.json
// (and golden/hosts/<profile>.json from the same live service, so donor ids in records and host
// profile agree). Each case is captured twice and must agree with itself before it is written.
#pragma once

#include <string>
#include <vector>

namespace specconf::capture {

int run_capture(const std::vector<std::string>& args);

}  // namespace specconf::capture
