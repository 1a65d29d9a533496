#!/bin/bash
# `specconf conform` and `specconf campaign` end to end, as users run them: exit statuses, the one-line
# usage errors, faulty engines reported and survived, a mutant caught, reproduce lines that reproduce,
# and reports that parse.
set -uo pipefail
SPECCONF=$1
EXAMPLE=$2
FAKES=$3
out=${TEST_TMPDIR:-$(mktemp -d)}
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

run() {  # run NAME ARGS...: stdout, stderr and status into $out/NAME.{out,err,rc}
  local name=$1
  shift
  "$SPECCONF" "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo $? >"$out/$name.rc"
}
rc() { cat "$out/$1.rc"; }
expect_rc() { [[ $(rc "$1") == "$2" ]] || fail "$1: exit $(rc "$1"), want $2; stderr: $(head -3 "$out/$1.err")"; }
expect_usage_error() {  # NAME PATTERN: exit 2, one line "specconf: <cmd>: ..." matching PATTERN
  expect_rc "$1" 2
  [[ $(wc -l <"$out/$1.err") == 1 ]] || fail "$1: stderr is not one line: $(cat "$out/$1.err")"
  grep -q "^specconf: $2" "$out/$1.err" || fail "$1: stderr does not match '^specconf: $2': $(cat "$out/$1.err")"
}

# Usage and infrastructure errors: exit 2, one line, before anything runs.
run unknown-engine conform --engine nonsense
expect_usage_error unknown-engine 'conform: --engine: unknown engine "nonsense"'
run bad-quote conform --engine "exec:./engine 'open"
expect_usage_error bad-quote "conform: --engine: engine \"exec:./engine 'open\": unterminated ' in the command"
run missing-program conform --engine exec:./no/such/engine
expect_usage_error missing-program 'conform: engine exec:./no/such/engine: cannot run ./no/such/engine: No such file or directory'
run unknown-profile conform --profiles root-cgroupv9
expect_usage_error unknown-profile 'conform: --profiles: unknown profile "root-cgroupv9"'
run zero-cases conform --cases 0
expect_usage_error zero-cases 'conform: --cases must be between 1 and 100000000'
run bad-seed conform --seed -3
expect_usage_error bad-seed 'conform: --seed needs a non-negative integer'
run unknown-flag conform --frobnicate
expect_usage_error unknown-flag 'conform: unknown argument "--frobnicate"'
run unknown-mutant conform --engine mutant:no-such
expect_usage_error unknown-mutant 'conform: --engine: unknown mutant "no-such"'
run campaign-no-engine campaign --cases 3
expect_usage_error campaign-no-engine 'campaign: need --engine ENGINE'
run unwritable-junit conform --only golden/root-cgroupv1/default-rootfs --junit /no/such/dir/x.xml
expect_usage_error unwritable-junit 'conform: --junit /no/such/dir/x.xml: no directory /no/such/dir'
run help conform --help
expect_rc help 0
grep -q '^usage: specconf conform' "$out/help.out" || fail "conform --help prints no usage"

# The reference passes its own suite (the default engine), with reports that parse.
run reference conform --profiles rootless-3gids --only golden,generated --cases 30 --junit "$out/ref.xml" --json "$out/ref.json"
expect_rc reference 0
head -1 "$out/reference.out" | grep -q '^specconf conform: engine reference, seed 1$' || fail "reference: header $(head -1 "$out/reference.out")"
tail -1 "$out/reference.out" | grep -q '^PASS: all [0-9]* checks passed in' || fail "reference: last line $(tail -1 "$out/reference.out")"
python3 - "$out/ref.xml" "$out/ref.json" <<'PY' || fail "reference: reports do not parse or do not add up"
import json, sys, xml.dom.minidom
doc = xml.dom.minidom.parse(sys.argv[1])
cases = doc.getElementsByTagName("testcase")
report = json.load(open(sys.argv[2]))
assert report["passed"] is True, report
assert len([c for c in cases if c.getAttribute("classname") == "golden.rootless-3gids"]) > 300
assert any(c.getAttribute("name") == "engine-faults" for c in cases)
PY

# A crashing engine: every answer is a fault, the run goes on to the end and fails.
run crash conform --engine "exec:$FAKES/crash.sh" --profiles rootless-3gids --only golden/rootless-3gids/default-rootfs,golden/rootless-3gids/sys-nethost,generated --cases 3
expect_rc crash 1
[[ $(grep -c '^FAIL golden/rootless-3gids/.*: engine fault: was killed by signal 11' "$out/crash.out") == 2 ]] || fail "crash: not two golden faults: $(head -20 "$out/crash.out")"
grep -q '^FAIL generated/engine-faults: the engine faulted on 3 of 3 inputs' "$out/crash.out" || fail "crash: no engine-faults failure"

# A hanging engine is cut off by --timeout and does not stop the run.
run hang conform --engine "exec:$FAKES/hang_unread.sh" --timeout 0.3 --only golden/root-cgroupv1/default-rootfs,golden/root-cgroupv2/default-rootfs
expect_rc hang 1
[[ $(grep -c 'engine fault: no answer within 0.3 s (killed)' "$out/hang.out") == 2 ]] || fail "hang: $(cat "$out/hang.out")"

# A mutant is caught by the golden records, the invariants and the differential.
run mutant conform --engine mutant:gid5-kept-when-unmapped --profiles rootless-3gids --vs reference --cases 100
expect_rc mutant 1
grep -q '^FAIL golden/rootless-3gids/' "$out/mutant.out" || fail "mutant: no golden failure"
grep -q '^FAIL invariant/GID5-' "$out/mutant.out" || fail "mutant: no invariant failure"
grep -q '^FAIL differential/reference' "$out/mutant.out" || fail "mutant: no differential failure"

# A campaign stops at the first disagreement, shrinks it, and its reproduce line shows it again.
run campaign campaign --engine mutant:privileged-sysfs-ro --vs reference --cases 300 --seed 5
expect_rc campaign 1
line=$(grep -m1 '    reproduce: ' "$out/campaign.out" | sed 's/^    reproduce: specconf //')
[[ -n $line ]] || fail "campaign: no reproduce line: $(cat "$out/campaign.out")"
eval "run campaign-again $line"
expect_rc campaign-again 1
diff <(grep -A3 '^FAIL differential' "$out/campaign.out" | tail -3) <(grep -A3 '^FAIL differential' "$out/campaign-again.out" | tail -3) >/dev/null ||
  fail "campaign: the reproduce line shows another input"
grep -q '^seed 5; ' "$out/campaign.out" || fail "campaign: no closing line with the seed"

# --all runs to the end and counts; two engines that agree pass (persistent example engine vs reference).
run campaign-all campaign --engine mutant:privileged-sysfs-ro --vs reference --cases 200 --seed 5 --all --json "$out/all.json"
expect_rc campaign-all 1
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["drawn"]==200 and r["disagreements"]>=1 and len(r["disagreeing"])==r["disagreements"], r["disagreements"]' "$out/all.json" ||
  fail "campaign --all: report does not add up"
run campaign-agree campaign --engine "exec-persistent:$EXAMPLE" --vs reference --cases 40 --seed 9 --profiles root-cgroupv2,rootless-cgroupv1
expect_rc campaign-agree 0

if ((fails)); then exit 1; fi
echo "PASS: conform and campaign behave as documented"
