#!/usr/bin/env bash
# Hostile input: each case must end with a clear message (or a normal
# result), an exit status below 128, bounded time and bounded memory.
#   10 000 actors in one sentence; JSON nested 100 000 deep; NUL bytes inside
#   a JSONL file past the first block; a dictionary of one million entries.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
run() { # name max_seconds max_rss_mb command...
  local name=$1 secs=$2 mb=$3; shift 3
  /usr/bin/time -f '%e %M' -o "$T/time" timeout "$secs" "$@" >"$T/out" 2>"$T/err"
  local rc=$? el rss
  read -r el rss <"$T/time" 2>/dev/null || { el=?; rss=0; }
  tail -1 "$T/time" | grep -q '^[0-9]' && read -r el rss < <(tail -1 "$T/time")
  echo "$name: exit $rc, ${el}s, $((rss / 1024)) MB; $(head -c 160 "$T/err" | tr '\n' ' ')"
  if [ $rc -ge 124 ] || [ "$((rss / 1024))" -gt "$mb" ]; then echo "FAIL $name"; fail=1; fi
}
# 10 000 actors in one sentence
{ printf '{"date":"2025-01-01","lang":"en","text":"'; for i in $(seq 1 2500); do printf 'Russia, China, Ukraine and Iran '; done; printf 'attacked Japan."}\n'; } >"$T/many.jsonl"
run "10000 actors in one sentence" 60 500 entente code -j 1 "$T/many.jsonl"
echo "  events: $(wc -l <"$T/out") (at most 64 a sentence)"
[ "$(wc -l <"$T/out")" -le 64 ] || { echo "FAIL more than 64 events from one sentence"; fail=1; }
# deeply nested JSON
{ printf '{"date":"2025-01-01","text":"x","deep":'; head -c 100000 /dev/zero | tr '\0' '['; head -c 100000 /dev/zero | tr '\0' ']'; printf '}\n{"date":"2025-01-01","text":"After the deep line."}\n'; } >"$T/deep.jsonl"
run "JSON nested 100000 deep" 30 500 entente sentences "$T/deep.jsonl"
grep -q 'After the deep line' "$T/out" || { echo "FAIL the line after the deep one was lost"; fail=1; }
# NUL bytes after the first block of a JSONL file
{ for i in $(seq 1 2000); do printf '{"date":"2025-01-01","text":"Line %d is fine."}\n' "$i"; done; printf '{"date":"2025-01-01","text":"nul\0here"}\n{"date":"2025-01-01","text":"The last line."}\n'; } >"$T/nul.jsonl"
run "NUL bytes inside a JSONL file" 30 300 entente sentences "$T/nul.jsonl"
grep -q 'The last line' "$T/out" || { echo "FAIL the line after the NUL was lost"; fail=1; }
# a dictionary with one million entries
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "RUS country en Placename%d\n", i }' >"$T/million.txt"
run "a dictionary of 1 000 000 entries" 300 4000 entente dict check "$T/million.txt"
exit $fail
