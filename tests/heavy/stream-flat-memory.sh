#!/usr/bin/env bash
# A 2 GB JSON Lines stream through `entente sentences` on stdin: memory stays
# flat (peak RSS under 200 MB) and every article comes out.
set -eu
n=900000
body=$(printf 'Russia and North Korea signed a treaty on mutual assistance in Pyongyang. %.0s' $(seq 1 30))
line=$(printf '{"date":"2025-01-01","lang":"en","text":"%s"}' "$body")
out=$( { yes "$line" | head -n $n; } | /usr/bin/time -f 'rss_kb=%M' entente sentences --input-format jsonl 2>/tmp/heavy-rss | wc -l)
rss=$(grep -o 'rss_kb=[0-9]*' /tmp/heavy-rss | cut -d= -f2)
echo "lines=$out peak_rss_kb=$rss bytes=$(( ${#line} * n ))"
[ "$out" -eq $((n * 30)) ] && [ "$rss" -lt 200000 ]
