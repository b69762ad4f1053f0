#!/usr/bin/env bash
# Prints the release bundle's size per file (raw and gzip -9) and the start-up total.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d dist ] || { echo "size: no dist/ (run: trunk build --release)" >&2; exit 1; }
total_raw=0; total_gz=0
printf '%-40s %10s %10s\n' file bytes gzip-9
for f in dist/*.html dist/*.js dist/*.wasm dist/*.css; do
  [ -e "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-40s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done
printf '%-40s %10d %10d\n' "start-up total (html+js+wasm+css)" "$total_raw" "$total_gz"
