#!/bin/bash
# A long fuzzing campaign: each target in turn for --minutes (default 30) on one core (nice 15), with a
# corpus kept between campaigns in $SPECCONF_FUZZ_WORK/corpus/<target> (default ~/.cache/specconf-fuzz).
# Prints one summary line per target (the figures of fuzz/README.md "Measured") and appends them to
# $SPECCONF_FUZZ_WORK/campaigns.log. Findings go to $SPECCONF_FUZZ_WORK/artifacts; minimize them with
#   <bin_dir>/fuzz/<target> -minimize_crash=1 -runs=100000 <file>
# and check them in under fuzz/regressions/<target>/ (fuzz/README.md says how).
#   fuzz/campaign.sh [--minutes N] [--fresh] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")/.."
minutes=30 fresh=0 targets=()
while (($# > 0)); do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --fresh) fresh=1; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
work=${SPECCONF_FUZZ_WORK:-$HOME/.cache/specconf-fuzz}

bin_dir=$(fuzz/libfuzzer_build.sh "${targets[@]}") || { echo "campaign: build failed" >&2; exit 2; }
if ((${#targets[@]} == 0)); then
  for src in fuzz/*_fuzzer.cc; do targets+=("$(basename "$src" .cc)"); done
fi

failed=0
for t in "${targets[@]}"; do
  ((fresh)) && rm -rf "$work/corpus/$t"
  line=$(fuzz/run_target.sh "$bin_dir" "$t" "$((minutes * 60))" "$work/corpus/$t" "$work/artifacts") || failed=1
  echo "$line"
  echo "$(date -u +%FT%TZ) $(git rev-parse --short HEAD 2>/dev/null) $line" >>"$work/campaigns.log"
done
exit $failed
