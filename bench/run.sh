#!/bin/bash
# Reproduces the tables of docs/PERFORMANCE.md: the reference's cost against the JSON floor over every
# golden record, the seccomp cache's effect, and optionally the per-case table and callgrind counts.
#   bench/run.sh [--repetitions N] [--cases] [--callgrind] [--out DIR]
# --cases adds BM_Case for every corpus case (about 4 minutes at 5 repetitions); --callgrind adds
# instruction counts per record (valgrind, about 3 minutes). Raw benchmark JSON goes to DIR (default: a
# new temporary directory, printed at the end). SPECCONF_ROOT picks another copy of golden/ and corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."

reps=5 with_cases=0 with_callgrind=0 out=""
while (($#)); do
  case $1 in
    --repetitions) reps=$2; shift 2 ;;
    --cases) with_cases=1; shift ;;
    --callgrind) with_callgrind=1; shift ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: bench/run.sh [--repetitions N] [--cases] [--callgrind] [--out DIR]" >&2; exit 2 ;;
  esac
done
out=${out:-$(mktemp -d)}
mkdir -p "$out"
export SPECCONF_ROOT=${SPECCONF_ROOT:-$PWD}

bazel build --noshow_progress //bench:reference_bench //bench:profile_driver >&2
bin=$(bazel info bazel-bin 2>/dev/null)/bench

echo "## Machine"
echo
echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
echo "- compiler: $(${CC:-gcc} --version | head -1); bench/ and everything it links at -O2 (bench/o2.bzl)"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- golden records: $(find "$SPECCONF_ROOT/golden" -mindepth 2 -name '*.json' -not -path '*/hosts/*' | wc -l)"
echo

bench_json() {  # FILE FILTER [extra flags...]
  local file=$1 filter=$2
  shift 2
  "$bin/reference_bench" --benchmark_filter="$filter" --benchmark_repetitions="$reps" \
    --benchmark_report_aggregates_only=false --benchmark_display_aggregates_only=true \
    --benchmark_out="$file" --benchmark_out_format=json "$@" >&2
}

echo "## Reference end to end against the floor (median of $reps repetitions)"
echo
bench_json "$out/corpus.json" '^BM_Corpus/|^BM_CorpusUncached/|^BM_SeccompSection/'
python3 bench/report.py corpus "$out/corpus.json"
echo

if ((with_cases)); then
  echo "## Per case (median of $reps repetitions, 0.05 s each)"
  echo
  bench_json "$out/cases.json" '^BM_Case/' --benchmark_min_time=0.05
  python3 bench/report.py cases "$out/cases.json"
  echo
fi

if ((with_callgrind)); then
  echo "## Instructions per record (callgrind, one pass over every record)"
  echo
  counts=()
  for mode in generate floor generate-uncached; do
    valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.$mode.out" --collect-atstart=no \
      --toggle-collect='*run_passes*' "$bin/profile_driver" "$mode" 1 >"$out/driver.$mode.txt" 2>"$out/valgrind.$mode.txt"
    counts+=("$(sed -n 's/.*Collected : *//p' "$out/valgrind.$mode.txt")")
  done
  records=$(sed -n 's/^generate: \([0-9]*\) records.*/\1/p' "$out/driver.generate.txt")
  python3 bench/report.py callgrind "${counts[@]}" "$records"
  echo
fi

echo "raw results: $out" >&2
