#!/bin/bash
# Fuzzes one target for a bounded time on one core (nice 15) and prints one summary line:
#   <target> <seconds>s runs=<N> exec/s=<wall> exec/cpu-s=<N per CPU second> cov=<edges> ft=<features>
#   corpus=<files>/<bytes> <ok|crash|leak|timeout|oom|error>
#   fuzz/run_target.sh BIN_DIR TARGET SECONDS CORPUS_DIR ARTIFACT_DIR
# BIN_DIR is what fuzz/libfuzzer_build.sh prints. CORPUS_DIR is grown in place (seeded from the derived
# seed corpus when empty); crash, leak, timeout and OOM inputs land in ARTIFACT_DIR; the full libFuzzer
# log in ARTIFACT_DIR/<target>.log. Options come from fuzz/<target>.options ([libfuzzer] section).
# Exit status: 0 when nothing was found, 1 otherwise.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin_dir=$1 target=$2 seconds=$3 corpus=$4 artifacts=$5

mkdir -p "$corpus" "$artifacts"
if [[ -z "$(ls -A "$corpus")" ]]; then
  cp -r "$bin_dir/fuzz/${target%_fuzzer}_seeds/." "$corpus/"
fi

# [libfuzzer] key = value lines of <target>.options become -key=value (dict relative to fuzz/).
flags=()
if [[ -f "$here/$target.options" ]]; then
  while IFS='=' read -r key value; do
    key=$(echo "$key" | tr -d ' ') value=$(echo "$value" | sed 's/^ *//;s/ *$//')
    [[ -z "$key" || "$key" == \[* || "$key" == \#* ]] && continue
    [[ "$key" == dict ]] && value="$here/$value"
    flags+=("-$key=$value")
  done < <(sed -n '/^\[libfuzzer\]/,/^\[/p' "$here/$target.options")
fi

log="$artifacts/$target.log"
# Smaller allocation stacks than ASan's default 30 frames: unwinding them is a tenth of the run time.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=10}
/usr/bin/time -f "%U %S" -o "$log.cpu" nice -n 15 "$bin_dir/fuzz/$target" "${flags[@]}" \
  -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$artifacts/$target-" "$corpus" >"$log" 2>&1
status=$?

result=ok
if ((status != 0)); then
  result=error
  grep -q "ERROR: LeakSanitizer" "$log" && result=leak
  grep -q "ERROR: libFuzzer: timeout" "$log" && result=timeout
  grep -q "ERROR: libFuzzer: out-of-memory" "$log" && result=oom
  grep -qE "ERROR: AddressSanitizer|runtime error:|specconf fuzz check failed|deadly signal" "$log" && result=crash
fi
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
wall=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
last=$(grep -E '^#[0-9]+.*(pulse|DONE|NEW|REDUCE|INITED)' "$log" | tail -1)
cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
# time(1) writes "Command exited with non-zero status N" first when the fuzzer found something.
cpu=$(tail -1 "$log.cpu" 2>/dev/null | awk '{ print $1 + $2 }')
per_cpu=$(awk -v r="${runs:-0}" -v c="${cpu:-0}" 'BEGIN { if (c > 0) printf "%d", r / c; else print 0 }')
files=$(find "$corpus" -type f | wc -l)
bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
echo "$target ${seconds}s runs=${runs:-0} exec/s=${wall:-0} exec/cpu-s=$per_cpu cov=${cov:-?} ft=${ft:-?} corpus=$files/$bytes $result"
[[ "$result" == ok ]]
