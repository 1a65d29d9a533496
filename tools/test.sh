#!/bin/bash
# README command 2: install what is missing, build, run the whole test suite, and end with the line
# "N passed, N failed", counted from the individual test cases in Bazel's test.xml files.
set -uo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh || exit 2

bazel test //... "$@"
status=$?

# One test.xml per test target (per shard); each <testsuites> root carries the case counts. Only the
# targets of this run count, not leftovers of earlier runs in bazel-testlogs.
targets=$(bazel query --noshow_progress 'tests(//...) except attr(tags, "manual", tests(//...))' 2>/dev/null)
TARGETS="$targets" python3 - <<'PY'
import glob, os, re
passed = failed = 0
root = os.path.realpath("bazel-testlogs")
paths = []
for label in os.environ["TARGETS"].split():
    pkg, name = label.lstrip("/").split(":")
    d = os.path.join(root, pkg, name)
    found = glob.glob(os.path.join(d, "test.xml")) + glob.glob(os.path.join(d, "shard_*", "test.xml"))
    if not found:  # the target did not build or run
        failed += 1
    paths += found
for path in paths:
    head = open(path, encoding="utf-8", errors="replace").read(4096)
    m = re.search(r"<testsuites\b([^>]*)>", head)
    attrs = dict(re.findall(r'(\w+)="(\d+)"', m.group(1))) if m else {}
    tests = int(attrs.get("tests", 0)) - int(attrs.get("disabled", 0))
    bad = int(attrs.get("failures", 0)) + int(attrs.get("errors", 0))
    if not m:  # no XML from the test itself: Bazel counts the target as one case
        tests, bad = 1, int("<failure" in head)
    passed += max(tests - bad, 0)
    failed += bad
print(f"{passed} passed, {failed} failed")
PY
exit $status
