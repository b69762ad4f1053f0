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
size_top=$(scripts/size-top.sh)
# The phone profile in two rounds of 5 cold loads, one before and one after the loopback timings,
# so that the two medians show how much a round varies with the machine's moment.
mobile1=$(node scripts/bench-mobile.mjs 5 'round 1')
# 11 cold loads: single loads vary by tens of milliseconds on a 2-core machine.
browser=$(node scripts/bench-browser.mjs 11)
mobile2=$(node scripts/bench-mobile.mjs 5 'round 2')
import=$(node scripts/bench-import.mjs 5 2>/dev/null)
usage=$(scripts/bench-usage.sh)
# A section: its title, its figures, and a note below them if any.
section() { printf '\n## %s\n\n```\n%s\n```\n' "$1" "$2"; [ -z "${3:-}" ] || printf '\n%s\n' "$3"; }
size_top_note="The module rebuilt as Trunk builds it, with wasm-opt -g to keep the function names; the
name section that keeps them (the \"function names\" subsection and the like) isn't shipped and is
left out. By crate: each function under the first crate its name mentions, so generic code counts
where it is defined (yew's component \`view\`s hold the app's inlined view functions)."
mobile_note="DevTools emulation (scripts/bench-mobile.mjs): 150 ms added to each request, 1.6 Mbit/s down,
750 kbit/s up, the page's CPU slowed 4x; served gzip -9 (Content-Encoding: gzip); a fresh
context, so a cold cache, for each load. Round 1 ran before the loopback timings, round 2 after
them. From navigation start: **first paint of the quote**, as in the loopback timings (the
total's Element Timing, or the first contentful paint when the prerendered screen showed it);
**interactive**, when the live app first answers input: as soon as the app's organizers field
(the first group's; not the prerendered copy) is in the page and enabled, polled every 50 ms, it
is focused and one real key, \"1\", is typed; interactive is when the total per user then first
shows another text. Below it, when that field appeared and when the key was sent: the poll
answers only when the page's main thread is free, so the gap is mostly start-up work a real key
would wait for too; interactive may be late by up to one poll interval and a DevTools round trip."
{
  echo "# Benchmark report"
  echo
  echo "$(date -u +%Y-%m-%d) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(rustc --version), $(chromium --version 2>/dev/null)."
  section "Engine (criterion, native; lower bound, estimate, upper bound)" "$engine"
  section "Bundle (bytes, gzip -9, brotli -q 11)" "$size"
  section "Start-up wasm: largest items and crates (twiggy, uncompressed; the name section left out)" "$size_top" "$size_top_note"
  section "Browser (release build, loopback, headless Chromium, cold cache, no compression)" "$browser"
  section "Browser, mobile profile (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4x CPU slowdown, gzip, cold cache; a first visit in English)" "$mobile1
$mobile2" "$mobile_note"
  section "Rate-sheet import (10,000 rows)" "$import"
  section "Usage import (generated PSTN usage reports; scripts/bench-usage.sh)" "$usage"
} > "$out"
cat "$out"
