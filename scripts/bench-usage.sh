#!/usr/bin/env bash
# The usage import, natively (quote --usage, release build): a generated PSTN usage report of
# 100,000 rows (timed, median of 3) and of 1,000,000 rows (~200 MB: time and peak memory, which
# must stay far below the file's size since the reader keeps aggregates, not rows), then the same
# files in headless Chromium through the page's worker (scripts/bench-usage-browser.mjs, against
# dist/). Prints one line per measure; scripts/bench.sh puts them in bench/REPORT.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d /tmp/usage-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT
cargo build -q --release --bin quote

# n rows in the report's documented columns: 85 % conferencing (dial-in to a toll and a
# toll-free bridge, dial-out to 12 countries), the rest Calling Plan calls; 5,000 organizers
# in 6 usage locations; durations 1 s to 1 h.
generate() {
  awk -v n="$1" 'BEGIN {
    split("United States,United Kingdom,Germany,France,Canada,Spain,Italy,Netherlands,Japan,Australia,Brazil,India", to, ",")
    split("United States,United Kingdom,Germany,France,Canada,Japan", home, ",")
    print "Time stamp (UTC),Display name,Username,Phone number,Call type,Called to,To country or region,Called from,From country or region,Charge,Currency,Duration,Domestic/International,Call ID,Number type,Country or region,Conference ID,Capability"
    for (i = 1; i <= n; i++) {
      u = i % 5000; day = 1 + i % 30; dur = 1 + (i * 7919) % 3600; kind = i % 20
      user = "user" u "@contoso.example"; loc = home[1 + u % 6]
      if (kind < 9) {
        bridge = (kind < 6) ? "+14255550100" : "+18005550199"
        printf "2026-11-%02dT10:00:00Z,User %d,%s,%s,conf_in,%s,United States,+1206555%04d,%s,%s,USD,%d,Domestic,c-%d,,%s,%d,%s\n", day, u, user, bridge, bridge, i % 10000, to[1 + i % 12], (kind < 6) ? "0" : "0.0152", dur, i, loc, u, (kind < 6) ? "MCOMEETADD" : "MCOPSTNPP"
      } else if (kind < 17) {
        printf "2026-11-%02dT11:00:00Z,User %d,%s,+4930%06d,conf_out,+4930%06d,%s,+14255550100,United States,0.0525,USD,%d,International,c-%d,,%s,%d,MCOPSTNPP\n", day, u, user, i % 1000000, i % 1000000, to[1 + i % 12], dur, i, loc, u
      } else {
        printf "2026-11-%02dT12:00:00Z,User %d,%s,+12065550114,user_out,+12065550114,United States,+14255550120,United States,0,USD,%d,Domestic,c-%d,Subscriber,%s,,MCOPSTN1\n", day, u, user, dur, i, loc
      }
    }
  }' > "$2"
}

for n in 100000 1000000; do
  file="$dir/usage-$n.csv"
  generate "$n" "$file"
  mb=$(( $(stat -c %s "$file") / 1024 / 1024 ))
  runs=$([ "$n" = 100000 ] && echo 3 || echo 1)
  times=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$dir/time" target/release/quote --usage "$file" --json > /dev/null
    times+=("$(cat "$dir/time")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  read -r seconds kb <<< "$median"
  printf '%9d rows (%d MB): %s s, peak memory %d MB (native, release, whole CLI run)\n' \
    "$n" "$mb" "$seconds" "$(( kb / 1024 ))"
done
for n in 100000 1000000; do
  node scripts/bench-usage-browser.mjs "$dir/usage-$n.csv" "$([ "$n" = 100000 ] && echo 5 || echo 1)"
done
