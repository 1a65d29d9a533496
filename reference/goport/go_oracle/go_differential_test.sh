#!/bin/bash
# Differential test of goport against real Go 1.19 (Debian's golang-go): the same random inputs must give
# the same lines, and every rune the same unicode answers.
set -euo pipefail
CPP=$1
GO_SRC=$2
COUNT=${3:-20000}
export GOCACHE="$TEST_TMPDIR/gocache" GOPATH="$TEST_TMPDIR/gopath" GO111MODULE=off HOME="$TEST_TMPDIR"
command -v go >/dev/null || { echo "go not found: tools/setup.sh installs golang-go"; exit 1; }
go build -o "$TEST_TMPDIR/oracle" "$GO_SRC"
status=0
"$CPP" --generate "$COUNT" 20261130 > "$TEST_TMPDIR/inputs"
"$TEST_TMPDIR/oracle" < "$TEST_TMPDIR/inputs" > "$TEST_TMPDIR/go.out"
"$CPP" < "$TEST_TMPDIR/inputs" > "$TEST_TMPDIR/cpp.out"
if ! cmp -s "$TEST_TMPDIR/go.out" "$TEST_TMPDIR/cpp.out"; then
  echo "differences from Go (line numbers are input numbers, 1-based):"
  diff "$TEST_TMPDIR/go.out" "$TEST_TMPDIR/cpp.out" | head -40
  paste -d'|' "$TEST_TMPDIR/inputs" "$TEST_TMPDIR/go.out" "$TEST_TMPDIR/cpp.out" | awk -F'|' '$2 != $3' | head -20
  status=1
else
  echo "$(wc -l < "$TEST_TMPDIR/go.out") inputs, all identical to Go 1.19"
fi
"$TEST_TMPDIR/oracle" -unicode > "$TEST_TMPDIR/go.unicode"
"$CPP" --unicode > "$TEST_TMPDIR/cpp.unicode"
if ! cmp -s "$TEST_TMPDIR/go.unicode" "$TEST_TMPDIR/cpp.unicode"; then
  echo "unicode tables differ from Go's:"
  diff "$TEST_TMPDIR/go.unicode" "$TEST_TMPDIR/cpp.unicode" | head -40
  status=1
else
  echo "unicode: $(wc -l < "$TEST_TMPDIR/go.unicode") ranges and mappings, all identical to Go 1.19"
fi
exit $status
