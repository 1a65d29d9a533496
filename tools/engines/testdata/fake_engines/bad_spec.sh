#!/bin/sh
cat >/dev/null
echo '{"spec":{"ociVersion":"1.0.2-dev","process":"not an object"}}'
