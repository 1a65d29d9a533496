#!/bin/bash
# Differential test of the gojson replica against real Go 1.19 (Debian's golang-go): the same inputs,
# decoded into the same struct by both, must give the same error text or the same re-encoded bytes,
# in json.Unmarshal mode and in podman's json.NewDecoder mode.
set -euo pipefail
CPP=$1
GO_SRC=$2
COUNT=${3:-3000}
export GOCACHE="$TEST_TMPDIR/gocache" GOPATH="$TEST_TMPDIR/gopath" GOFLAGS=-mod=mod GO111MODULE=off HOME="$TEST_TMPDIR"
command -v go >/dev/null || { echo "go not found: tools/setup.sh installs golang-go"; exit 1; }
go build -o "$TEST_TMPDIR/oracle" "$GO_SRC"
"$CPP" --generate "$COUNT" 20261129 > "$TEST_TMPDIR/inputs"
status=0
for mode in "" --decoder; do
  "$TEST_TMPDIR/oracle" $mode < "$TEST_TMPDIR/inputs" > "$TEST_TMPDIR/go.out"
  "$CPP" $mode < "$TEST_TMPDIR/inputs" > "$TEST_TMPDIR/cpp.out"
  total=$(wc -l < "$TEST_TMPDIR/go.out")
  if ! cmp -s "$TEST_TMPDIR/go.out" "$TEST_TMPDIR/cpp.out"; then
    echo "mode ${mode:-unmarshal}: differences from Go (line numbers are input numbers, 1-based):"
    diff "$TEST_TMPDIR/go.out" "$TEST_TMPDIR/cpp.out" | head -40
    status=1
  else
    echo "mode ${mode:-unmarshal}: $total inputs, all identical to Go 1.19"
  fi
done
exit $status
