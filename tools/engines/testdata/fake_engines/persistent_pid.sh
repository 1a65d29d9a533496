#!/bin/sh
n=0
while IFS= read -r line; do
  n=$((n + 1))
  case "$line" in
    *crash-now*) exit 1 ;;
  esac
  printf '{"error":"pid %s line %s"}\n' "$$" "$n"
done
