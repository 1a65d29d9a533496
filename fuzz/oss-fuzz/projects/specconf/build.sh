#!/bin/bash -eu
# OSS-Fuzz / ClusterFuzzLite build of specconf's fuzz targets. No Bazel: the sources are compiled
# directly with $CXX $CXXFLAGS and linked with $LIB_FUZZING_ENGINE, and two small native tools make what
# Bazel's genrules make (the embedded host profiles and OCI schema, the seed corpora). Installs into
# $OUT, per target: <target>, <target>_seed_corpus.zip, <target>.dict, <target>.options.
# Nothing linked into a target is built against libstdc++ only (no GoogleTest, no RapidCheck), so the
# targets build with OSS-Fuzz's libc++. fuzz/oss-fuzz/local_build_test.sh runs this script outside Docker.
#
# Inputs besides OSS-Fuzz's variables:
#   SPECCONF_SRC         the checkout (default $SRC/specconf)
#   SPECCONF_SCHEMA_DIR  runtime-spec schema/ (default: a pinned checkout in $SRC, else Debian's package)
#   SPECCONF_JSON_INCLUDE a directory with nlohmann/json.hpp >= 3.9 (default: $SRC/json/single_include if
#                        present, else the system's)
#   SPECCONF_JOBS        parallel compiles (default nproc)

src=${SPECCONF_SRC:-$SRC/specconf}
build=$WORK/specconf-build
jobs=${SPECCONF_JOBS:-$(nproc)}
schema_dir=${SPECCONF_SCHEMA_DIR:-}
if [[ -z "$schema_dir" ]]; then
  for d in "$SRC/runtime-spec/schema" /usr/share/gocode/src/github.com/opencontainers/runtime-spec/schema; do
    [[ -f "$d/config-schema.json" ]] && { schema_dir=$d; break; }
  done
fi
json_include=${SPECCONF_JSON_INCLUDE:-}
[[ -z "$json_include" && -f "$SRC/json/single_include/nlohmann/json.hpp" ]] && json_include=$SRC/json/single_include
includes=(-I"$src" -I"$build/gen")
[[ -n "$json_include" ]] && includes=(-I"$json_include" "${includes[@]}")

rm -rf "$build"
mkdir -p "$build/gen" "$build/obj" "$build/seeds"
cd "$src"

# ---- Native tools: built for this machine, without the sanitizer and coverage flags ----
host_flags=(-std=c++17 -O1)
for f in $CXXFLAGS; do [[ "$f" == -stdlib=* ]] && host_flags+=("$f"); done
$CXX "${host_flags[@]}" tools/embed/embed.cc -o "$build/embed"
$CXX "${host_flags[@]}" "${includes[@]}" fuzz/seeds/make_seeds.cc fuzz/seeds/sources.cc -o "$build/make_seeds"

# ---- Generated sources (Bazel: //golden:builtin_hosts_cc, //properties/schema:oci_schema_files_cc) ----
"$build/embed" "$build/gen/builtin_hosts.cc" specconf::golden builtin_host_profiles golden/hosts/*.json
"$build/embed" "$build/gen/oci_schema_files.cc" specconf::schema oci_schema_files "$schema_dir"/*.json

# ---- The library: reference, the invariant catalog and OCI schema, the semantic diff, fuzz helpers ----
library=(
  $(find reference -name '*.cc' ! -name '*_test.cc' ! -path '*/testdata/*' ! -path '*/go_oracle/*' \
      ! -path '*/testing/*' ! -path '*/gen/*' | sort)
  $(find properties/catalog fuzz/common -maxdepth 1 -name '*.cc' ! -name '*_test.cc' | sort)
  properties/schema/oci_schema.cc
  tools/diff/canonical_json.cc tools/diff/mount_order.cc tools/diff/multiset.cc tools/diff/outcome.cc
  tools/diff/semantic_diff.cc
  "$build/gen/builtin_hosts.cc" "$build/gen/oci_schema_files.cc"
)

# Per-file flags, as fuzz/libfuzzer_build.sh gives Bazel: coverage feedback from the code under test
# only (the oracles stay sanitized but uninstrumented); rapidjson 1.1.0's null-pointer offset is not
# ours to fix.
extra_flags() {
  case "$1" in
    properties/*|fuzz/common/*) [[ "$CXXFLAGS" == *fuzzer-no-link* ]] && echo -fno-sanitize=fuzzer-no-link ;;
  esac
  [[ "$1" == properties/schema/oci_schema.cc ]] && echo -fno-sanitize=pointer-overflow
  return 0
}
export CXX CXXFLAGS build
export -f extra_flags
inc="${includes[*]}"
printf '%s\n' "${library[@]}" | xargs -P "$jobs" -I{} bash -c '
  f={}; o="$build/obj/$(echo "$f" | tr / _).o"
  $CXX $CXXFLAGS -std=c++17 '"$inc"' $(extra_flags "$f") -c "$f" -o "$o"'
ar rcs "$build/libspecconf.a" "$build"/obj/*.o

# ---- The targets, their seeds, dictionaries and options ----
data=(corpus/specgen/*.json golden/hosts/*.json $(find golden -mindepth 2 -maxdepth 2 -name '*.json' ! -path 'golden/hosts/*' | sort))
for target_src in fuzz/*_fuzzer.cc; do
  target=$(basename "$target_src" .cc)
  $CXX $CXXFLAGS -std=c++17 "${includes[@]}" "$target_src" "$build/libspecconf.a" $LIB_FUZZING_ENGINE -pthread \
    -o "$OUT/$target"
  "$build/make_seeds" "${target%_fuzzer}" "$build/seeds/$target" "${data[@]}"
  rm -f "$OUT/${target}_seed_corpus.zip"
  (cd "$build/seeds/$target" && zip -q -r "$OUT/${target}_seed_corpus.zip" .)
  cp "fuzz/$target.dict" "fuzz/$target.options" "$OUT/"
done
