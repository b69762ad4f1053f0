#!/usr/bin/env bash
# Prints the release bundle's size per file (raw, gzip -9 and brotli -q 11): what every visitor loads at
# start-up, and what loads on demand (the rate-sheet importer worker, on first import).
# With --check, fails when the start-up gzip total exceeds bench/size-budget.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d dist ] || { echo "size: no dist/ (run: trunk build --release)" >&2; exit 1; }
check=${1:-}
# Brotli at its best quality, by Node's zlib (there is no brotli command on a fresh machine).
brotli() {
  node -e 'const z = require("zlib"); const q = z.constants.BROTLI_PARAM_QUALITY;
    process.stdout.write(String(z.brotliCompressSync(require("fs").readFileSync(process.argv[1]), { params: { [q]: 11 } }).length))' "$1"
}
report() {
  local label=$1; shift
  local raw_total=0 gz_total=0 br_total=0
  for f in "$@"; do
    [ -e "$f" ] || continue
    raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli "$f")
    raw_total=$((raw_total + raw)); gz_total=$((gz_total + gz)); br_total=$((br_total + br))
    printf '%-44s %10d %10d %10d\n' "${f#dist/}" "$raw" "$gz" "$br"
  done
  printf '%-44s %10d %10d %10d\n' "$label" "$raw_total" "$gz_total" "$br_total"
  last_gz=$gz_total
}
printf '%-44s %10s %10s %10s\n' file bytes gzip-9 brotli-11
shopt -s nullglob
report "start-up total (html+js+wasm+css)" dist/index.html dist/prerender-guard-*.js dist/init-*.js dist/app-*.js dist/app-*_bg.wasm dist/*.css
startup=$last_gz
report "on demand: importer worker total" dist/importer*.js dist/importer_bg.wasm
report "host pages only: embed.js" dist/embed.js
if [ "$check" = --check ]; then
  budget=$(tr -d '[:space:]' < bench/size-budget)
  if [ "$startup" -gt "$budget" ]; then
    echo "size: the start-up bundle is $startup bytes gzipped, over the budget of $budget (bench/size-budget)" >&2
    exit 1
  fi
  echo "size: start-up $startup bytes gzipped, within the budget of $budget"
fi
