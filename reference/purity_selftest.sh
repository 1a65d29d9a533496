#!/bin/bash
# The purity check must be able to fail: it has to flag an archive that calls getenv.
set -uo pipefail
CHECK=$1
shift
if "$CHECK" "$@" > "$TEST_TMPDIR/out" 2>&1; then
  echo "purity_test.sh accepted an archive that calls getenv:"
  cat "$TEST_TMPDIR/out"
  exit 1
fi
grep -q "references getenv" "$TEST_TMPDIR/out" || { echo "unexpected output:"; cat "$TEST_TMPDIR/out"; exit 1; }
echo "purity_test.sh flags getenv as it should"
