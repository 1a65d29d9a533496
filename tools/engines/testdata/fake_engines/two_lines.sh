#!/bin/sh
# Both answers in one write (printf is a builtin), so they always arrive together.
while IFS= read -r line; do
  printf '{"error":"first"}\n{"error":"second"}\n'
done
