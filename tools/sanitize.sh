#!/bin/bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer (gcc; --config=asan
# --config=ubsan), in an output base of its own so that the main build's cache stays. Not part of
# tools/test.sh: it rebuilds everything instrumented (about 35 minutes on 2 cores from a cold cache).
# tools/test.sh runs the fuzz targets' replays sanitized; this covers the CLI, capture and judge code too.
#   tools/sanitize.sh [BAZEL TEST FLAGS...]
set -uo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh || exit 2
base=${SPECCONF_SANITIZE_OUTPUT_BASE:-$HOME/.cache/bazel-asan}

# //... spelled out as the checkout's top-level packages: under another output base, the main build's
# bazel-<workspace> symlink is not a convenience symlink to Bazel, and //... would descend into it.
patterns=()
for d in */; do
  d=${d%/}
  [[ -L $d || -z $(find "$d" -name BUILD -print -quit) ]] || patterns+=("//$d/...")
done

# --symlink_prefix=/: bazel-bin and bazel-testlogs keep pointing at the main build.
exec bazel --output_base="$base" test --config=asan --config=ubsan --symlink_prefix=/ "$@" -- "${patterns[@]}"
