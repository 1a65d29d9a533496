#!/bin/bash
# Installs the Debian 12 packages specconf needs, and nothing from anywhere else.
#   tools/setup.sh           build and test dependencies (what tools/test.sh and tools/specconf.sh need)
#   tools/setup.sh --podman  also the live-podman oracle (podman, uidmap, Debian's seccomp.json/containers.conf)
# Idempotent: a package already installed is left alone; the script says what it installs.
set -euo pipefail

# Why each package is here:
PACKAGES=(
  bazel-bootstrap                      # Bazel 4.2.3, the build (offline; see third_party/README.md)
  build-essential                      # g++ 12, the default compiler
  clang-14 libclang-rt-14-dev          # clang for fuzzing and sanitizers
  lld-14                               # links the fuzz binaries (.bazelrc: gold floods the log with ASan warnings)
  libfuzzer-14-dev                     # libFuzzer
  libc++-14-dev libc++abi-14-dev       # libc++, as OSS-Fuzz builds the fuzzers (fuzz/oss-fuzz/local_build_test.sh)
  librapidcheck-dev                    # property-based tests (properties/)
  nlohmann-json3-dev                   # generic JSON (diff, reports, engine protocol)
  libgtest-dev libgmock-dev            # unit tests
  libbenchmark-dev                     # benchmarks (bench/)
  libcurl4-openssl-dev                 # REST client of the capture tool and the podman engine
  rapidjson-dev                        # JSON-schema (draft-04) validation of specs against the OCI schema
  golang-github-opencontainers-specs-dev  # the OCI runtime-spec JSON schema
  zip unzip                            # OSS-Fuzz seed corpora
  valgrind                             # instruction counts for the cost tests
  python3                              # summarising test.xml files in tools/test.sh
  golang-go                            # Go 1.19, podman's compiler: the judge of reference/gojson (go_oracle/)
)
if [[ "${1:-}" == "--podman" ]]; then
  PACKAGES+=(podman uidmap catatonit golang-github-containers-common)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "setup: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi
echo "setup: installing ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "setup: must run as root to install packages" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: done"
