#!/bin/bash
# golden/README.md's summary block must equal what golden/summary.cc computes from the corpus and records.
set -euo pipefail
SUMMARY=$1
README=$2
"$SUMMARY" . > "$TEST_TMPDIR/expected"
sed -n '/<!-- BEGIN generated/,/<!-- END generated -->/p' "$README" > "$TEST_TMPDIR/actual"
if ! diff -u "$TEST_TMPDIR/expected" "$TEST_TMPDIR/actual"; then
  echo "golden/README.md's summary is stale; regenerate it: bazel build //golden:summary && ./bazel-bin/golden/summary . and paste the block over the old one"
  exit 1
fi
echo "golden/README.md summary is current"
