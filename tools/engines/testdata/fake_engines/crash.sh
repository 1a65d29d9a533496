#!/bin/sh
cat >/dev/null
echo "fake engine: about to crash" >&2
kill -SEGV $$
