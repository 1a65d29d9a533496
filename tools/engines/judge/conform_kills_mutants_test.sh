#!/bin/bash
# Every mutant engine fails a default `specconf conform` run (seed 1, CI case counts): what a user sees
# when trying `--engine mutant:NAME` to watch the suite catch a buggy engine. The kill matrix
# (properties/tests) proves each mutant is killable; this proves the default run kills it.
# Sharded: shard K of N judges the mutants whose index is K modulo N.
set -uo pipefail
SPECCONF=$1
shard=${TEST_SHARD_INDEX:-0} shards=${TEST_TOTAL_SHARDS:-1}
[[ -n "${TEST_SHARD_STATUS_FILE:-}" ]] && touch "$TEST_SHARD_STATUS_FILE"

mapfile -t mutants < <("$SPECCONF" list mutants | cut -f1)
((${#mutants[@]} > 0)) || { echo "FAIL: specconf list mutants listed nothing"; exit 1; }
fails=0 judged=0
for i in "${!mutants[@]}"; do
  ((i % shards == shard)) || continue
  m=${mutants[$i]}
  "$SPECCONF" conform --engine "mutant:$m" >"$TEST_TMPDIR/$m.out" 2>&1
  status=$?
  judged=$((judged + 1))
  if ((status != 1)); then
    echo "FAIL: mutant:$m: conform exited $status, want 1 (caught)"
    tail -3 "$TEST_TMPDIR/$m.out"
    fails=$((fails + 1))
  fi
done
echo "shard $shard/$shards: $judged mutants judged, $fails not caught"
((fails == 0))
