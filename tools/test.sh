#!/bin/bash
# README command 2: install what is missing, build, run the whole test suite, and end with the line
# "N passed, N failed", counted from the individual test cases.
#   tools/test.sh [BAZEL TEST FLAGS...]
# Three stages, all counted in the last line:
#   1. bazel test //...                      (gcc; test cases counted from Bazel's test.xml files)
#   2. the fuzz targets' replay tests under ASan+UBSan (clang-14, --config=libfuzzer, an output base of
#      their own so stage 1's cache stays): every seed and every fuzz/regressions/ input
#   3. the bounded fuzz smoke, fuzz/smoke.sh: each target fuzzed for SPECCONF_SMOKE_SECONDS (default 60);
#      one case per target
# SPECCONF_SKIP_FUZZ=1 runs stage 1 only (for quick local runs; CI runs all three).
set -uo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh || exit 2

fuzz_base=${SPECCONF_FUZZ_OUTPUT_BASE:-$HOME/.cache/bazel-fuzz}
counts=$(mktemp)
trap 'rm -f "$counts"' EXIT

# Adds "<passed> <failed>" to $counts from the test.xml files of the given test targets under a testlogs
# directory. A target without a test.xml did not build or run: one failed case.
count_testlogs() {  # TESTLOGS_DIR TARGETS...
  local logs=$1
  shift
  TARGETS="$*" LOGS="$logs" python3 - >>"$counts" <<'PY'
import glob, os, re
passed = failed = 0
root = os.path.realpath(os.environ["LOGS"])
for label in os.environ["TARGETS"].split():
    pkg, name = label.lstrip("/").split(":")
    d = os.path.join(root, pkg, name)
    found = glob.glob(os.path.join(d, "test.xml")) + glob.glob(os.path.join(d, "shard_*", "test.xml"))
    if not found:
        failed += 1
    for path in found:
        head = open(path, encoding="utf-8", errors="replace").read(4096)
        m = re.search(r"<testsuites\b([^>]*)>", head)
        attrs = dict(re.findall(r'(\w+)="(\d+)"', m.group(1))) if m else {}
        tests = int(attrs.get("tests", 0)) - int(attrs.get("disabled", 0))
        bad = int(attrs.get("failures", 0)) + int(attrs.get("errors", 0))
        if not m:  # no XML from the test itself: Bazel counts the target as one case
            tests, bad = 1, int("<failure" in head)
        passed += max(tests - bad, 0)
        failed += bad
print(passed, failed)
PY
}

# Only the targets of this run count, not leftovers of earlier runs in the testlogs.
query_tests() {  # [BAZEL STARTUP FLAGS...] -- PATTERN
  local startup=()
  while [[ "$1" != -- ]]; do startup+=("$1"); shift; done
  bazel "${startup[@]}" query --noshow_progress "tests($2) except attr(tags, \"manual\", tests($2))" 2>/dev/null
}

status=0
echo "== stage 1: bazel test //..."
bazel test //... "$@" || status=1
count_testlogs bazel-testlogs $(query_tests -- //...)

if [[ "${SPECCONF_SKIP_FUZZ:-0}" != 1 ]]; then
  echo "== stage 2: fuzz replays under ASan+UBSan (clang-14)"
  bazel --output_base="$fuzz_base" test --config=libfuzzer //fuzz:all || status=1
  fuzz_logs=$(bazel --output_base="$fuzz_base" info --config=libfuzzer bazel-testlogs 2>/dev/null)
  count_testlogs "$fuzz_logs" $(query_tests --output_base="$fuzz_base" -- //fuzz:all)

  echo "== stage 3: fuzz smoke, ${SPECCONF_SMOKE_SECONDS:-60} s per target"
  smoke=$(SPECCONF_FUZZ_OUTPUT_BASE="$fuzz_base" fuzz/smoke.sh) || status=1
  echo "$smoke"
  # One line per target, ending in ok when nothing was found; a build failure prints no lines.
  ok=$(grep -c ' ok$' <<<"$smoke")
  bad=$(grep -c -v -e ' ok$' -e '^$' <<<"$smoke")
  ((ok + bad == 0)) && bad=1
  echo "$ok $bad" >>"$counts"
fi

awk '{ p += $1; f += $2 } END { printf "%d passed, %d failed\n", p, f }' "$counts"
exit $status
