#!/bin/bash
# Judges the example engine with `specconf conform` through the exec protocol, as a CI gate would:
#  1. one process per request, on one profile: the same verdict, testcase for testcase, as the built-in
#     reference it wraps (whatever the catalog currently says about the reference);
#  2. persistent mode on another profile: the same;
#  3. the deliberately simplified variant (--simplify-devpts) fails, on the golden records and on the
#     invariants that encode podman's gid-5 check, and its JUnit report names them.
set -uo pipefail
SPECCONF=$1
ENGINE=$2
out=${TEST_TMPDIR:-$(mktemp -d)}
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# The failing testcase IDs of a JSON report, one per line (the engine's name aside, nothing else differs).
failing_ids() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("\n".join(sorted(f["id"] for g in r["groups"] for f in g["failures"])))' "$1"; }

judge() {  # judge NAME ENGINE PROFILE: runs conform, keeps its exit status in $NAME.rc
  local name=$1 engine=$2 profile=$3
  "$SPECCONF" conform --engine "$engine" --profiles "$profile" --cases 60 --seed 7 \
    --junit "$out/$name.xml" --json "$out/$name.json" >"$out/$name.txt" 2>"$out/$name.err"
  echo $? >"$out/$name.rc"
}

judge ref-3gids reference rootless-3gids
judge exec-3gids "exec:$ENGINE" rootless-3gids
judge ref-v2 reference root-cgroupv2
judge persistent-v2 "exec-persistent:$ENGINE" root-cgroupv2
judge simplified "exec-persistent:$ENGINE --simplify-devpts" rootless-3gids

for pair in "ref-3gids exec-3gids" "ref-v2 persistent-v2"; do
  set -- $pair
  [[ $(cat "$out/$1.rc") == $(cat "$out/$2.rc") ]] || fail "$2 exits $(cat "$out/$2.rc"), the reference $(cat "$out/$1.rc")"
  [[ "$(failing_ids "$out/$1.json")" == "$(failing_ids "$out/$2.json")" ]] || fail "$2 fails other testcases than the reference: $(diff <(failing_ids "$out/$1.json") <(failing_ids "$out/$2.json") | tr '\n' ' ')"
  grep -q "golden records *3[0-9][0-9] passed" "$out/$2.txt" || fail "$2: no golden line with 300+ passed records: $(head -5 "$out/$2.txt")"
  grep -q 'engine-faults' "$out/$2.xml" || fail "$2: JUnit lacks the engine-faults testcase"
done

[[ $(cat "$out/simplified.rc") == 1 ]] || fail "the simplified engine exits $(cat "$out/simplified.rc"), not 1"
grep -q '^FAIL golden/rootless-3gids/' "$out/simplified.txt" || fail "no golden record failed for the simplified engine"
grep -q '^FAIL invariant/GID5-' "$out/simplified.txt" || fail "no GID5 invariant failed for the simplified engine"
grep -q 'reproduce: specconf conform --engine' "$out/simplified.txt" || fail "no reproduce line"
grep -q '<failure message=' "$out/simplified.xml" || fail "the JUnit report carries no failure"
python3 -c 'import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1])' "$out/simplified.xml" || fail "the JUnit report is not well-formed XML"

if ((fails)); then
  echo "--- simplified engine summary:"; head -40 "$out/simplified.txt"
  exit 1
fi
echo "PASS: the example engine is judged like the reference it wraps, and its simplified variant fails"
