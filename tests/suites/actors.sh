#!/usr/bin/env bash
# Actor-mention tests: every item of tests/actors/*.txt is coded with
# `entente actors` and must give exactly its expected mentions.
#   @ LANG DATE               an item: language and article date
#   TEXT                      one line of text
#   = WORDS | CODE | KIND | CASE   an expected mention (CASE - for null)
#   -                         no mention expected
set -u
cd "$(dirname "$0")/../.."
export PATH="$PWD/${ENTENTE_BUILD:-build}:$PATH"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
items=0 mentions=0 failed=0
for f in tests/actors/*.txt; do
  [ -f "$f" ] || continue
  # items -> JSONL articles + expected lines keyed by item number
  awk -v base="$(basename "$f" .txt)" -v jl="$tmp/in.jsonl" -v ex="$tmp/expected" '
    function flush() { if (id != "") { printf "{\"id\":\"%s\",\"date\":\"%s\",\"lang\":\"%s\",\"text\":%s}\n", id, date, lang, text >> jl } }
    function jstr(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
    /^#/ { next }
    /^@ / { flush(); n++; id = base ":" n; lang = $2; date = $3; text = ""; next }
    /^= / { sub(/^= /, ""); gsub(/ *\| */, "|"); print id "|" $0 >> ex; next }
    /^-$/ { next }
    /^$/ { next }
    { if (text == "") text = jstr($0); }
    END { flush() }' "$f"
done
[ -s "$tmp/in.jsonl" ] || { echo "FAIL no actor items"; exit 1; }
entente actors "$tmp/in.jsonl" >"$tmp/out.jsonl" 2>"$tmp/err" || { echo "FAIL entente actors exited $?"; cat "$tmp/err"; exit 1; }
jq -r '"\(.article)|\(.text)|\(.code)|\(.kind)|\(.case // "-")"' "$tmp/out.jsonl" | sort >"$tmp/got"
touch "$tmp/expected"; sort "$tmp/expected" -o "$tmp/expected"
items=$(wc -l <"$tmp/in.jsonl"); mentions=$(wc -l <"$tmp/expected")
for id in $(jq -r .id "$tmp/in.jsonl"); do
  e=$(grep -F "$id|" "$tmp/expected" | grep "^$id|" || true)
  g=$(grep -F "$id|" "$tmp/got" | grep "^$id|" || true)
  if [ "$e" != "$g" ]; then
    failed=$((failed + 1))
    echo "FAIL $id: $(jq -r "select(.id == \"$id\") | .text" "$tmp/in.jsonl")"
    diff <(echo "$e") <(echo "$g") | grep '^[<>]' | sed 's/^</  expected/; s/^>/  got     /'
  fi
done
echo "actors: $items items, $mentions expected mentions, $failed items failed"
[ "$failed" -eq 0 ]
