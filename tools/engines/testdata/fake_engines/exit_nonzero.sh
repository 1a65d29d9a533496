#!/bin/sh
cat >/dev/null
echo '{"error":"fine answer, bad exit"}'
exit 3
