#!/bin/bash
# No quadratic path in the create pipeline: for each kind of list a request can make long (env, mounts,
# devices, masks, rlimits, unmask, ...), count the instructions of one create_container call under
# callgrind at N and 10·N items. A linear path costs about 10 times more, n·log n about 13; a
# quadratic one heads for 100. The limit, 25, fails a quadratic term well before it dominates.
# Instruction counts, not time: the result is the same on a loaded machine.
#   cost_test.sh COST_DRIVER [KIND...]
set -uo pipefail

driver=$1
shift
kinds=("$@")
if ((${#kinds[@]} == 0)); then
  kinds=(env envmerge mounts devices masks unmask rlimits groups cap_add dns sysctl annotations hostadd)
fi
small=${SPECCONF_COST_N:-300}
limit=25

if ! command -v valgrind >/dev/null; then
  echo "cost_test: valgrind is missing (tools/setup.sh installs it)" >&2
  exit 2
fi
# valgrind cannot run an AddressSanitizer binary (its shadow memory clashes with valgrind's): under
# --config=asan the counts do not exist, and the plain build of `bazel test //...` measures them.
if grep -qa '__asan_init' "$driver"; then
  echo "cost_test: SKIPPED: the driver is built with AddressSanitizer, which valgrind cannot run; run it without --config=asan"
  exit 0
fi
work=$(mktemp -d "${TEST_TMPDIR:-/tmp}/cost.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Instructions executed inside measured_create, for KIND at N.
instructions() {
  local kind=$1 n=$2 out="$work/$1.$2"
  if ! valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect='*measured_create*' \
    "$driver" "$kind" "$n" >"$out.stdout" 2>"$out.stderr"; then
    echo "cost_test: $kind x$n was not accepted: $(cat "$out.stdout") $(tail -n 3 "$out.stderr")" >&2
    return 1
  fi
  sed -n 's/^summary: *\([0-9]*\).*/\1/p' "$out"
}

failed=0
for kind in "${kinds[@]}"; do
  a=$(instructions "$kind" "$small") || { failed=1; continue; }
  b=$(instructions "$kind" "$((small * 10))") || { failed=1; continue; }
  if [[ -z "$a" || -z "$b" || "$a" -eq 0 ]]; then
    echo "cost_test: $kind: no instruction count from callgrind" >&2
    failed=1
    continue
  fi
  ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", b / a }')
  verdict=ok
  awk -v r="$ratio" -v l="$limit" 'BEGIN { exit !(r > l) }' && { verdict="QUADRATIC (limit $limit)"; failed=1; }
  printf '%-12s n=%-5d %12d instructions   n=%-6d %13d instructions   x%s  %s\n' \
    "$kind" "$small" "$a" "$((small * 10))" "$b" "$ratio" "$verdict"
done
exit $failed
