#!/bin/bash
# The bounded fuzz smoke for CI: builds the libFuzzer binaries (fuzz/libfuzzer_build.sh), then fuzzes
# every target for SPECCONF_SMOKE_SECONDS (default 60) on one core, one after the other, from its seed
# corpus, and fails if any finds a crash, leak, timeout or OOM. About 9 minutes plus the first build.
#   fuzz/smoke.sh [TARGET...]
# Findings and logs stay in $SPECCONF_FUZZ_WORK/smoke (default ~/.cache/specconf-fuzz/smoke).
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${SPECCONF_SMOKE_SECONDS:-60}
work=${SPECCONF_FUZZ_WORK:-$HOME/.cache/specconf-fuzz}/smoke

bin_dir=$(fuzz/libfuzzer_build.sh "$@") || { echo "smoke: build failed" >&2; exit 2; }
targets=("$@")
if ((${#targets[@]} == 0)); then
  for src in fuzz/*_fuzzer.cc; do targets+=("$(basename "$src" .cc)"); done
fi

rm -rf "$work"
failed=0
for t in "${targets[@]}"; do
  # A fresh corpus each time: the smoke checks the seeds and what a minute of mutation reaches.
  fuzz/run_target.sh "$bin_dir" "$t" "$seconds" "$work/corpus/$t" "$work/artifacts" || failed=1
done
if ((failed)); then
  echo "smoke: findings in $work/artifacts (reproduce: $bin_dir/fuzz/<target> <file>)" >&2
fi
exit $failed
