#!/bin/bash
# Proves fuzz/oss-fuzz/projects/specconf/build.sh outside Docker: runs it with OSS-Fuzz's variables set
# to local values (clang-14, -fsanitize=fuzzer,address, libc++ when its headers are installed, as
# OSS-Fuzz builds), then runs every target it produced once over its seed corpus (-runs=0) with its
# dictionary and options, as ClusterFuzz would start it. Fails on a build error, a missing artifact,
# or a target that crashes, leaks or rejects its dictionary.
#   fuzz/oss-fuzz/local_build_test.sh [OUT_DIR]     (default: a temporary directory, removed after)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
# Bazel runs this from its runfiles tree; the build needs the real checkout (golden/, corpus/).
[[ -L "$repo/fuzz/oss-fuzz/local_build_test.sh" ]] && repo=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)

scratch=$(mktemp -d "${TEST_TMPDIR:-/tmp}/ossfuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export SRC=$scratch/src WORK=$scratch/work OUT=${1:-$scratch/out}
mkdir -p "$SRC" "$WORK" "$OUT"
ln -s "$repo" "$SRC/specconf"

export CC=clang-14 CXX=clang++-14
flags="-O1 -fno-omit-frame-pointer -gline-tables-only -fsanitize=address -fsanitize-address-use-after-scope -fsanitize=fuzzer-no-link"
stdlib=
if echo '#include <vector>' | clang++-14 -stdlib=libc++ -x c++ -fsyntax-only - 2>/dev/null; then
  stdlib=-stdlib=libc++
fi
# OSS-Fuzz's libFuzzer carries its own libc++; Debian's is built against libstdc++, so a libc++ build
# links that too (the two libraries' symbols live in different namespaces). Our own objects are checked
# below for libstdc++ references instead.
engine=-fsanitize=fuzzer
[[ -n "$stdlib" ]] && engine="$engine -l:libstdc++.so.6"  # clang rewrites a plain -lstdc++ to -lc++
export CFLAGS="$flags" CXXFLAGS="$flags $stdlib" LIB_FUZZING_ENGINE=$engine
export SPECCONF_JOBS=${SPECCONF_JOBS:-2}
echo "local_build_test: building with ${stdlib:-the default C++ library (libc++-14-dev is not installed)}"
nice -n 15 bash "$repo/fuzz/oss-fuzz/projects/specconf/build.sh"

failed=0
# In a libc++ build nothing of ours may need libstdc++ (std::__cxx11 names, libstdc++'s __throw_* helpers).
if [[ -n "$stdlib" ]]; then
  if nm -uC "$WORK/specconf-build/libspecconf.a" | grep -E 'std::__cxx11::|std::__throw_' | sort -u | head -5 | grep .; then
    echo "local_build_test: the library references libstdc++ in a libc++ build" >&2
    failed=1
  fi
fi
for src in "$repo"/fuzz/*_fuzzer.cc; do
  t=$(basename "$src" .cc)
  for f in "$t" "${t}_seed_corpus.zip" "$t.dict" "$t.options"; do
    [[ -s "$OUT/$f" ]] || { echo "local_build_test: $OUT/$f is missing" >&2; failed=1; }
  done
  [[ -x "$OUT/$t" ]] || continue
  corpus=$scratch/corpus/$t
  mkdir -p "$corpus"
  unzip -q "$OUT/${t}_seed_corpus.zip" -d "$corpus"
  opts=()
  while IFS='=' read -r key value; do
    key=$(echo "$key" | tr -d ' ') value=$(echo "$value" | sed 's/^ *//;s/ *$//')
    [[ -z "$key" || "$key" == \[* ]] && continue
    [[ "$key" == dict ]] && value=$OUT/$value
    opts+=("-$key=$value")
  done < <(sed -n '/^\[libfuzzer\]/,/^\[/p' "$OUT/$t.options")
  if (cd "$scratch" && nice -n 15 "$OUT/$t" "${opts[@]}" -runs=0 "$corpus" >"$scratch/$t.log" 2>&1); then
    seeds=$(find "$corpus" -type f | wc -l)
    echo "local_build_test: $t ran its $seeds seeds: $(grep -oE 'cov: [0-9]+' "$scratch/$t.log" | tail -1)"
  else
    echo "local_build_test: $t failed on its seeds:" >&2
    tail -20 "$scratch/$t.log" >&2
    failed=1
  fi
done
exit $failed
