#!/usr/bin/env bash
# `make bench`: every benchmark, and bench/REPORT.md with the figures and the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=bench/REPORT.md
scripts/build.sh > /dev/null 2>&1
# The import benchmark reads the 10,000-row sheets this test writes.
cargo test -q --release --test import > /dev/null
# Criterion puts a long benchmark name on a line of its own, then "time:" on the next.
engine=$(cargo bench -q --bench engine -- --warm-up-time 1 --measurement-time 3 2>/dev/null \
  | awk '/time:/ { if ($1 == "time:") { print prev " " $0 } else { print $0 } } { prev = $0 }')
size=$(scripts/size.sh)
# 11 cold loads: single loads vary by tens of milliseconds on a 2-core machine.
browser=$(node scripts/bench-browser.mjs 11)
import=$(node scripts/bench-import.mjs 5 2>/dev/null)
section() { printf '\n## %s\n\n```\n%s\n```\n' "$1" "$2"; }
{
  echo "# Benchmark report"
  echo
  echo "$(date -u +%Y-%m-%d) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(rustc --version), $(chromium --version 2>/dev/null)."
  section "Engine (criterion, native; lower bound, estimate, upper bound)" "$engine"
  section "Bundle (bytes, gzip -9, brotli -q 11)" "$size"
  section "Browser (release build, loopback, headless Chromium, cold cache, no compression)" "$browser"
  section "Rate-sheet import (10,000 rows)" "$import"
} > "$out"
cat "$out"
