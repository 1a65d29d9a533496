#!/bin/bash
# Builds the libFuzzer binaries (clang-14, ASan+UBSan, .bazelrc's --config=libfuzzer) in an output base of
# their own, so that the shared gcc one is not reconfigured, and prints the directory that holds them
# (<dir>/fuzz/<target>, plus the derived seed corpora <dir>/fuzz/<name>_seeds).
#   fuzz/libfuzzer_build.sh [TARGET...]      default: every fuzz/*_fuzzer.cc
# SPECCONF_FUZZ_OUTPUT_BASE overrides the output base (default ~/.cache/bazel-fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."

output_base=${SPECCONF_FUZZ_OUTPUT_BASE:-$HOME/.cache/bazel-fuzz}
flags=(--config=libfuzzer)  # .bazelrc: ASan+UBSan, libFuzzer, and the per-file exceptions

targets=()
if (($# > 0)); then
  for t in "$@"; do targets+=("//fuzz:$t" "//fuzz:${t%_fuzzer}_seeds"); done
else
  for src in fuzz/*_fuzzer.cc; do
    t=$(basename "$src" .cc)
    targets+=("//fuzz:$t" "//fuzz:${t%_fuzzer}_seeds")
  done
fi
bazel --output_base="$output_base" build "${flags[@]}" "${targets[@]}" >&2
bazel --output_base="$output_base" info "${flags[@]}" bazel-bin 2>/dev/null
