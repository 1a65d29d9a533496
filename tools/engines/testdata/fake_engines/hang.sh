#!/bin/sh
# $1: a file to write the grandchild's pid to (the test checks it was killed with the engine).
sleep 1000 &
[ -n "$1" ] && echo $! > "$1"
cat >/dev/null
sleep 1000
