#!/bin/bash
# Fails when the checked-in docs/invariants.md is not what the catalog generates.
generated="$1"
checked_in="$2"
if ! diff -u "$checked_in" "$generated"; then
  echo
  echo "docs/invariants.md is stale. Regenerate it from the catalog with:"
  echo "  tools/specconf.sh list invariants --markdown > docs/invariants.md"
  exit 1
fi
