#!/bin/bash
# README command 1 and every other specconf subcommand: installs what is missing, builds the CLI with
# Bazel, then runs it from the caller's directory. `tools/specconf.sh conform` runs the conformance
# suite against the reference engine.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "$ROOT/tools/setup.sh" >"$log" 2>&1; then cat "$log" >&2; exit 2; fi
if ! (cd "$ROOT" && bazel build --noshow_progress //tools/specconf) >"$log" 2>&1; then cat "$log" >&2; exit 2; fi
# The CLI finds corpus/ and golden/ through SPECCONF_ROOT when run outside the checkout.
export SPECCONF_ROOT="$ROOT"
"$ROOT/bazel-bin/tools/specconf/specconf" "$@"
